import ArgumentParser
import BitextKit

extension Bitext {
    struct Tokenize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split text into word tokens (ICU word rules) with their class and offsets, as JSONL."
        )

        @OptionGroup var language: LanguageOption
        @OptionGroup var output: OutputOption
        @Argument(help: "Input file, or - for standard input.") var file: String = "-"

        func run() throws {
            let input = try TextFile.read(path: file)
            let tokenizer = try WordTokenizer(language: language.lang)
            var sink = OutputSink(path: output.output)
            for token in try tokenizer.tokenize(bytes: input.bytes) {
                var line = JSONLine()
                line.field("text", String(decoding: input.bytes[token.bytes], as: UTF8.self))
                line.field("kind", token.kind.rawValue)
                line.field("start", token.scalars.lowerBound)
                line.field("end", token.scalars.upperBound)
                sink.write(line.finished())
            }
            try sink.commit()
        }
    }
}
