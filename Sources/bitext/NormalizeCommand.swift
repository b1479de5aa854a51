import ArgumentParser
import BitextKit

extension Bitext {
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clean article text: Unicode form, markup, boilerplate, spacing, MT detokenization artifacts.",
            discussion: "Every change is counted on standard error and, with --edits, written as JSONL {rule,start,end,line,column,before,after}."
        )

        @OptionGroup var language: LanguageOption
        @Flag(help: "Use NFKC instead of NFC (folds ligatures, superscripts, fractions).") var nfkc = false
        @Flag(help: "Keep no-break spaces instead of turning them into plain spaces.") var keepNoBreakSpaces = false
        @Flag(help: "Keep quotes, apostrophes and dashes as they are.") var keepPunctuation = false
        @Flag(help: "Keep boilerplate lines and repeated headlines.") var keepBoilerplate = false
        @Option(help: "Write the edits as JSONL to this file.") var edits: String?
        @OptionGroup var output: OutputOption
        @Argument(help: "Input file, or - for standard input.") var file: String = "-"

        func run() throws {
            let input = try TextFile.read(path: file)
            var options = NormalizationOptions()
            options.form = nfkc ? .nfkc : .nfc
            options.replaceNoBreakSpaces = !keepNoBreakSpaces
            options.normalizePunctuation = !keepPunctuation
            options.removeBoilerplate = !keepBoilerplate
            let result = try Normalizer(language: language.lang, options: options).normalize(input.string)
            var sink = OutputSink(path: output.output)
            sink.write(result.text)
            if let edits {
                var editSink = OutputSink(path: edits)
                for edit in result.edits {
                    editSink.write(EditJSON.line(for: edit))
                }
                try editSink.commit()
            }
            try sink.commit()
            warn("\(input.name): \(result.edits.count) edit(s)\(EditJSON.summary(result.edits))")
        }
    }
}

/// JSON and summary forms of normalization edits.
enum EditJSON {
    static func line(for edit: NormalizationEdit) -> [UInt8] {
        var line = JSONLine()
        line.field("rule", edit.rule)
        line.field("start", edit.start)
        line.field("end", edit.end)
        line.field("line", edit.line)
        line.field("column", edit.column)
        line.field("before", edit.before)
        line.field("after", edit.after)
        return line.finished()
    }

    /// " (boilerplate 4, detokenization-space 8)" — per-rule counts in rule order of first appearance.
    static func summary(_ edits: [NormalizationEdit]) -> String {
        guard !edits.isEmpty else { return "" }
        var order: [String] = []
        var counts: [String: Int] = [:]
        for edit in edits {
            if counts[edit.rule] == nil { order.append(edit.rule) }
            counts[edit.rule, default: 0] += 1
        }
        return " (" + order.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ") + ")"
    }
}
