import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    /// `bitext glossary build`: term pairs from German-English article pairs, ranked.
    struct GlossaryBuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Extract and pair terms from German-English article pairs.",
            discussion: """
                Inputs: FILES as German/English pairs (de1 en1 de2 en2 …), --pairs LIST (German<TAB>English \
                paths per line, relative to LIST), or --alignment FILE (JSONL of `bitext align --format jsonl`, \
                German as source). Articles are normalized, split and aligned: parallel for translations, \
                comparable for reports of the same events (only sentence pairs that say the same thing; term \
                pairs then need lexical evidence). --line-aligned takes line k of the German file as the \
                translation of line k of the English one instead. The Ding dictionary \
                (/usr/share/trans/de-en) is used when installed; curated glossary entries take precedence.
                """
        )

        @Option(help: "Languages of the files, in the order given: de,en (German first) or en,de.") var langs = LanguagePair(source: .de, target: .en)
        @Option(help: "parallel (translations), comparable (articles on the same events) or auto (decided per article pair).")
        var mode: TextRelation = .parallel
        @Option(help: "A TSV file listing German<TAB>English file paths, one pair per line.") var pairs: String?
        @Flag(help: "Files hold one sentence per line, line k of one translating line k of the other.") var lineAligned = false
        @Option(help: "Sentence pairs from `bitext align --format jsonl` (German = source).") var alignment: String?
        @OptionGroup var lexicon: LexiconOptions
        @OptionGroup var curated: CuratedGlossaryOptions
        @Option(help: ArgumentHelp("A reviewed glossary TSV: pairs with status 'rejected' are not offered again, 'accepted' ones are kept as curated; repeatable.", valueName: "FILE"))
        var decisions: [String] = []
        @Option(help: ArgumentHelp("Write the candidates held back because a QA check (calque-compound, spelling, spacing-artifact, untranslated) flags a word of theirs, with the finding as note, in --format.", valueName: "FILE"))
        var suspects: String?
        @Option(help: "Write only the best N pairs.") var top: Int?
        @Option(help: "Context sentence pairs kept per entry.") var contexts: Int = 3
        @Flag(help: "Write each entry's raw score as its confidence, not the calibrated confidence (what eval/glossary_calibration.py fits on).")
        var rawConfidence = false
        @OptionGroup var format: GlossaryFormatOption
        @OptionGroup var output: OutputOption
        @Argument(help: "Files in the two --langs languages, alternating (German, English, German, … by default).") var files: [String] = []

        func validate() throws {
            if !langs.isGermanEnglish { throw ValidationError("--langs: glossary build takes German and English (de,en or en,de)") }
            if files.count % 2 != 0 { throw ValidationError("FILES must come in German/English pairs") }
            if files.isEmpty && pairs == nil && alignment == nil { throw ValidationError("give FILES, --pairs or --alignment") }
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
            if contexts < 0 { throw ValidationError("--contexts must not be negative") }
            if (alignment != nil || lineAligned) && mode != .parallel {
                throw ValidationError("--alignment and --line-aligned input is aligned already: use --mode parallel")
            }
        }

        func run() throws {
            let filePairs = try inputFilePairs()
            try requireReadable(filePairs.flatMap { [$0.0, $0.1] } + [alignment].compactMap { $0 } + decisions)
            let curatedGlossary = try curated.load()
            let knowledge: TermKnowledge
            do {
                var reviewed = TermDecisions()
                for path in decisions { reviewed = reviewed.merging(try TermDecisions.read(TextFile.read(path: path))) }
                knowledge = try TermKnowledge.load(curated: curatedGlossary, dictionaryPaths: lexicon.paths(LanguagePair(source: .de, target: .en)),
                                                   decisions: reviewed)
            } catch let error as LexiconError {
                throw CLIError(error.description)
            }
            let builder = try GlossaryBuilder(knowledge: knowledge, maxContexts: contexts, rawConfidence: rawConfidence)
            var glossary: Glossary
            if lineAligned || alignment != nil {
                var sentencePairs: [SentencePair] = []
                for (german, english) in filePairs { sentencePairs += try Self.lineAligned(german: german, english: english) }
                if let alignment { sentencePairs += try Self.alignmentPairs(alignment) }
                glossary = try builder.build(pairs: sentencePairs)
            } else {
                let articles = try filePairs.map { german, english in
                    ArticlePair(german: try Self.sentences(german, language: .de), english: try Self.sentences(english, language: .en))
                }
                glossary = try builder.build(articles: articles, mode: mode)
            }
            if let top, glossary.entries.count > top { glossary.entries.removeLast(glossary.entries.count - top) }
            var sink = OutputSink(path: output.output)
            sink.write(format.write(glossary))
            if let suspects {
                var suspectSink = OutputSink(path: suspects)
                suspectSink.write(format.write(Glossary(entries: glossary.suspects)))
                try suspectSink.commit()
            }
            try sink.commit()
        }

        /// The (German, English) file pairs from FILES and --pairs (given in --langs order).
        private func inputFilePairs() throws -> [(String, String)] {
            var result: [(String, String)] = stride(from: 0, to: files.count, by: 2).map { (files[$0], files[$0 + 1]) }
            if let pairs {
                let list = try TextFile.read(path: pairs)
                let base = (pairs as NSString).deletingLastPathComponent
                for (number, line) in list.string.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let text = line.trimmingCharacters(in: .whitespaces)
                    if text.isEmpty || text.hasPrefix("#") { continue }
                    let fields = text.split(separator: "\t").map(String.init)
                    guard fields.count == 2 else {
                        throw InputError(file: pairs, reason: .malformed(line: number + 1, column: 1, message: "expected German-path<TAB>English-path"))
                    }
                    result.append(fields.map { $0.hasPrefix("/") || base.isEmpty ? $0 : base + "/" + $0 }.pairTuple)
                }
            }
            return langs.source == .de ? result : result.map { ($0.1, $0.0) }
        }

        /// Sentence pairs from two line-aligned files (empty lines on both sides are skipped).
        static func lineAligned(german: String, english: String) throws -> [SentencePair] {
            let g = try TextFile.read(path: german).string.split(separator: "\n", omittingEmptySubsequences: false)
            let e = try TextFile.read(path: english).string.split(separator: "\n", omittingEmptySubsequences: false)
            let gLines = g.last == "" ? g.dropLast() : g[...]
            let eLines = e.last == "" ? e.dropLast() : e[...]
            guard gLines.count == eLines.count else {
                throw CLIError("\(german) has \(gLines.count) lines, \(english) \(eLines.count): --line-aligned needs files with one sentence pair per line")
            }
            return zip(gLines, eLines).compactMap { a, b in
                a.isEmpty && b.isEmpty ? nil : SentencePair(german: String(a), english: String(b))
            }
        }

        /// Sentence pairs from `bitext align --format jsonl` records (beads with an empty side are skipped).
        static func alignmentPairs(_ path: String) throws -> [SentencePair] {
            try JSONLRecords.parse(try TextFile.read(path: path)).compactMap { record in
                let german = try record.string("source_text")
                let english = try record.string("target_text")
                return german.isEmpty || english.isEmpty ? nil : SentencePair(german: german, english: english)
            }
        }

        /// The sentences of an article, normalized and split.
        static func sentences(_ path: String, language: Language) throws -> [String] {
            let text = try Normalizer(language: language).normalize(try TextFile.read(path: path).string).text
            return try SentenceSplitter(language: language).split(text)
        }
    }
}

private extension Array where Element == String {
    var pairTuple: (String, String) { (self[0], self[1]) }
}
