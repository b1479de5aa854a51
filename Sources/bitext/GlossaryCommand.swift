import ArgumentParser
import BitextKit

extension GlossaryFormat: ExpressibleByArgument {}

extension Bitext {
    /// `bitext glossary`: build, export, import and convert bilingual glossaries.
    struct GlossaryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glossary",
            abstract: "Build a German-English glossary from article pairs; export, import and convert glossaries.",
            subcommands: [GlossaryBuild.self, GlossaryExport.self, GlossaryImport.self, GlossaryConvert.self]
        )
    }
}

/// `--glossary FILE` (repeatable) and `--no-default-glossary`: the curated glossaries to use.
struct CuratedGlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "A curated glossary (TSV, CSV, TMX, TBX, …) added to the default one; repeatable.")
    var glossaries: [String] = []
    @Flag(help: "Do not load the bundled diplomacy-news glossary.") var noDefaultGlossary = false

    func load() throws -> Glossary {
        try CuratedGlossary.load(includeDefault: !noDefaultGlossary, paths: glossaries)
    }
}

/// `--format` for glossary output, with the formats' one-line descriptions in the help, and
/// `--direction` for the CAT formats (the spelling `bitext align` and `run` use for their TMX).
struct GlossaryFormatOption: ParsableArguments {
    @Option(help: "Output format: tsv (lossless, curated layout), omegat (source, target, comment), csv, jsonl, tmx, tbx (TBX-Basic v3) or tbx2 (martif).")
    var format: GlossaryFormat = .tsv
    @Option(help: "Source language of the CAT formats: en-de (English source, the default) or de-en; sets the OmegaT file's first column and TMX srclang.")
    var direction: TMXDirection = .enDe

    /// The glossary in the chosen format; a CSV's context pairs past `GlossaryCSV.maximumContexts` per
    /// entry are left out, and a line on standard error says how many, so nothing goes missing unsaid.
    func write(_ glossary: Glossary) -> [UInt8] {
        if format == .csv {
            let (contexts, entries) = GlossaryCSV.contextsLeftOut(glossary)
            if contexts > 0 {
                warn("csv keeps at most \(GlossaryCSV.maximumContexts) context pairs per entry: \(contexts) pair\(contexts == 1 ? "" : "s") "
                    + "of \(entries) entr\(entries == 1 ? "y" : "ies") left out (tsv and jsonl keep all)")
            }
        }
        return format.write(glossary, direction: direction)
    }
}
