import ArgumentParser
import BitextKit

extension Bitext {
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split text into sentences (ICU rules plus bitext's abbreviation and date data).",
            discussion: """
                lines: one sentence per line. jsonl: {"text","start","end"} per sentence, with 0-based \
                Unicode scalar offsets into the input. --batch reads JSONL records {"id","text"} and writes \
                {"id","sentences":[…]} per record.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case lines, jsonl
        }

        @OptionGroup var language: LanguageOption
        @Option(help: "Output format: lines or jsonl.") var format: Format = .lines
        @Flag(help: "Input is JSONL records {\"id\",\"text\"}; output one record per input record.") var batch = false
        @OptionGroup var output: OutputOption
        @Argument(help: "Input file, or - for standard input.") var file: String = "-"

        func run() throws {
            let input = try TextFile.read(path: file)
            let splitter = try SentenceSplitter(language: language.lang)
            var sink = OutputSink(path: output.output)
            if batch {
                try JSONLRecords.forEach(in: input) { record in
                    let text = try record.string("text")
                    let bytes = Array(text.utf8)
                    let spans = try splitter.split(bytes: bytes)
                    var line = JSONLine()
                    line.field("id", raw: try record.rawID)
                    line.field("sentences", raw: JSONLine.array(spans.map { SentenceJSON.object(for: $0, in: bytes) }))
                    sink.write(line.finished())
                }
            } else {
                let spans = try splitter.split(bytes: input.bytes)
                for span in spans {
                    switch format {
                    case .lines:
                        sink.write(Array(input.bytes[span.bytes]))
                        sink.write([0x0A])
                    case .jsonl:
                        sink.write(SentenceJSON.object(for: span, in: input.bytes) + [0x0A])
                    }
                }
            }
            try sink.commit()
        }
    }
}

/// The JSON form of a sentence: {"text","start","end"}.
enum SentenceJSON {
    static func object(for span: SentenceSpan, in bytes: [UInt8]) -> [UInt8] {
        var line = JSONLine()
        line.field("text", String(decoding: bytes[span.bytes], as: UTF8.self))
        line.field("start", span.scalars.lowerBound)
        line.field("end", span.scalars.upperBound)
        return line.object()
    }
}
