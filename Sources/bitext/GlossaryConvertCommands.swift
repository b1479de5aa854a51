import ArgumentParser
import BitextKit

extension Bitext {
    /// `bitext glossary export`: a glossary (the curated ones by default) in an interchange format.
    struct GlossaryExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a glossary as TMX, TBX, TBX v2, TSV, OmegaT TSV, CSV or JSONL.",
            discussion: "Without FILE: the bundled curated glossary plus any --glossary files."
        )

        @OptionGroup var curated: CuratedGlossaryOptions
        @OptionGroup var format: GlossaryFormatOption
        @OptionGroup var output: OutputOption
        @Argument(help: "A glossary file in any supported format (format from its extension or content).") var file: String?

        func run() throws {
            let glossary = try file.map { try CuratedGlossary.load(path: $0) } ?? curated.load()
            var sink = OutputSink(path: output.output)
            sink.write(format.format.write(glossary))
            try sink.commit()
        }
    }

    /// `bitext glossary import`: reads any supported format into bitext's TSV (the curated layout).
    struct GlossaryImport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read a TMX, TBX, TSV, OmegaT, CSV or JSONL glossary and write it as glossary TSV."
        )

        @Option(help: "Input format (default: from the extension, then the content).") var from: GlossaryFormat?
        @OptionGroup var output: OutputOption
        @Argument(help: "The glossary to import.") var file: String

        func run() throws {
            let input = try TextFile.read(path: file)
            let glossary = try (from ?? GlossaryFormat.detect(path: file, bytes: input.bytes)).read(input)
            var sink = OutputSink(path: output.output)
            sink.write(GlossaryFormat.tsv.write(glossary))
            try sink.commit()
        }
    }

    /// `bitext glossary convert IN --format FORMAT`: between any two supported formats.
    struct GlossaryConvert: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract: "Convert a glossary between TMX, TBX, TBX v2, TSV, OmegaT, CSV and JSONL."
        )

        @Option(help: "Input format (default: from the extension, then the content).") var from: GlossaryFormat?
        @OptionGroup var format: GlossaryFormatOption
        @OptionGroup var output: OutputOption
        @Argument(help: "The glossary to convert.") var file: String

        func run() throws {
            let input = try TextFile.read(path: file)
            let glossary = try (from ?? GlossaryFormat.detect(path: file, bytes: input.bytes)).read(input)
            var sink = OutputSink(path: output.output)
            sink.write(format.format.write(glossary))
            try sink.commit()
        }
    }
}
