import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    /// `bitext bench glossary`: export and import time of a large synthetic glossary in every format.
    struct GlossaryBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glossary",
            abstract: "Export/import time of a synthetic glossary (default 100,000 entries) per format, as JSON lines."
        )

        @Option(help: "Entries in the synthetic glossary.") var entries: Int = 100_000
        @Option(help: "Timed runs of each; the best is reported.") var runs: Int = 3

        func validate() throws {
            if entries < 1 { throw ValidationError("--entries must be at least 1") }
        }

        func run() throws {
            let glossary = Self.synthetic(entries)
            var sink = OutputSink(path: nil)
            for format in GlossaryFormat.allCases {
                var bytes: [UInt8] = []
                let writeSeconds = Stopwatch.best(of: runs) { bytes = format.write(glossary) }
                let file = try TextFile(name: "bench.\(format.rawValue)", bytes: bytes)
                var readCount = 0
                let readSeconds = try Stopwatch.best(of: runs) { readCount = try format.read(file).count }
                var line = JSONLine()
                line.field("format", format.rawValue)
                line.field("entries", entries)
                line.field("bytes", bytes.count)
                line.field("export_seconds", writeSeconds, decimals: 3)
                line.field("import_seconds", readSeconds, decimals: 3)
                line.field("entries_read", readCount)
                sink.write(line.finished())
            }
            try sink.commit()
        }

        /// Entries with every field set and two context pairs, and characters that need escaping.
        static func synthetic(_ count: Int) -> Glossary {
            Glossary(entries: (0..<count).map { k in
                GlossaryEntry(
                    german: "Botschaftsbeamter \(k)", english: "embassy official \(k)", partOfSpeech: .noun, domain: "diplomacy",
                    note: "note \(k) with \"quotes\", commas & <angle brackets>", status: .preferred,
                    confidence: Double(k % 1000) / 1000, frequency: k % 50, evidence: [.lexicon, .cooccurrence],
                    contexts: [
                        SentencePair(german: "Der Botschaftsbeamte \(k) reiste gestern ab.", english: "Embassy official \(k) left yesterday."),
                        SentencePair(german: "Die Botschaft bestätigte die Abreise.", english: "The embassy confirmed the departure."),
                    ])
            })
        }
    }
}
