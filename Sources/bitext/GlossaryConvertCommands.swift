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
            let glossary = try file.map { try GlossaryFormat.detect(path: $0).read(path: $0, direction: format.direction) } ?? curated.load()
            var sink = OutputSink(path: output.output)
            sink.write(format.write(glossary))
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
        @Option(help: "An OmegaT input's source language: en-de (English first, the default) or de-en.") var direction: TMXDirection = .enDe
        @OptionGroup var output: OutputOption
        @Argument(help: "The glossary to import.") var file: String

        /// Two streaming passes: the first validates the file and finds the widest context list (the
        /// TSV's column count), the second writes each entry as it is read. So memory does not grow
        /// with the glossary, and nothing is written unless the whole file reads.
        func run() throws {
            let format = try from ?? GlossaryFormat.detect(path: file)
            var contexts = 0
            try format.forEachEntry(path: file, direction: direction) { contexts = max(contexts, $0.contexts.count) }
            let sink = try StreamingOutput(path: output.output)
            sink.write(GlossaryTSV.headerLine(contextCount: contexts))
            try format.forEachEntry(path: file, direction: direction) { sink.write(GlossaryTSV.line($0, contextCount: contexts)) }
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
            let glossary = try (from ?? GlossaryFormat.detect(path: file)).read(path: file, direction: format.direction)
            var sink = OutputSink(path: output.output)
            sink.write(format.write(glossary))
            try sink.commit()
        }
    }
}
