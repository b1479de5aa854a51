/// Receives the files of a run as they are rendered, so that no step holds all of them:
/// `write` makes a file, `append` adds to one written before.
public protocol RunFileSink {
    func write(_ path: String, _ bytes: [UInt8]) throws
    func append(_ path: String, _ bytes: [UInt8]) throws
}

/// The files a run writes, as relative paths: `pairs.tsv`; per pair `alignments/<german>__<english>.ladder`,
/// and `.tmx` for translations; `aligned.tmx` with the translations' segments; `comparable.tmx` with the
/// sentence matches of comparable pairs (marked `x-relation`, no translation memory: a CAT tool would
/// fill segments with sentences that are not their translation), in the translation memories too only
/// when `RunOptions.comparableInTranslationMemories` says so; `glossary.tbx` (TBX-Basic v3),
/// `glossary.tmx` and `glossary.tsv`; per German article `qa/<german>.jsonl` and `qa/<german>.html`;
/// `index.html` linking and summarizing everything.
///
/// The per-pair and per-article files are rendered where the pair or article is at hand (in a
/// corpus run, by the chunk that aligned it); the run-wide files from a `RunOverview`.
public enum RunReport {
    /// Writes every file of a run made in one process.
    public static func write(_ result: RunResult, options: RunOptions, to sink: RunFileSink) throws {
        let alignmentBases = alignmentBases(result.aligned.map { (result.german[$0.german].name, result.english[$0.english].name) })
        let qaBases = qaBases(result.qa.map(\.name))
        var overview = RunOverview()
        overview.germanCount = result.german.count
        overview.englishCount = result.english.count
        overview.pairs = zip(result.aligned, alignmentBases).map { pairRow($0.0, german: result.german[$0.0.german].name,
                                                                            english: result.english[$0.0.english].name, base: $0.1) }
        overview.unpaired = result.pairing.unpairedGerman.map { RunOverview.Unpaired(name: result.german[$0.index].name, bestScore: $0.bestScore) }
            + result.pairing.unpairedEnglish.map { RunOverview.Unpaired(name: result.english[$0.index].name, bestScore: $0.bestScore) }
        overview.unpairedGerman = result.pairing.unpairedGerman.count
        overview.skipped = result.skipped.map(\.description)
        overview.edits = (result.german + result.english).map(RunOverview.Edits.init)
        overview.qa = zip(result.qa, qaBases).map { RunOverview.QARow($0.0, base: $0.1) }
        for (pair, base) in zip(result.aligned, alignmentBases) {
            for file in alignmentFiles(pair, german: result.german[pair.german], english: result.english[pair.english], base: base,
                                       options: options) {
                try sink.write(file.path, file.bytes)
            }
        }
        for (report, base) in zip(result.qa, qaBases) {
            for file in qaFiles(report, base: base) { try sink.write(file.path, file.bytes) }
        }
        let units = result.aligned.lazy.map { alignedUnits($0, german: result.german[$0.german], english: result.english[$0.english], options: options) }
        try writeSummary(overview, glossary: result.glossary, alignedUnits: units, options: options, to: sink)
    }

    /// A pair's row in `pairs.tsv` and on the index page.
    public static func pairRow(_ pair: AlignedPair, german: String, english: String, base: String) -> RunOverview.PairRow {
        RunOverview.PairRow(german: german, english: english, score: pair.pair.score, mode: pair.mode, modeReason: pair.modeReason,
                            linkedBeads: pair.linkedBeads.count, evidence: RunOverview.shownEvidence(pair.pair.evidence), base: base)
    }

    /// A pair's alignment as a ladder file, and as TMX for a translation (or any pair with
    /// `comparableInTranslationMemories`).
    public static func alignmentFiles(_ pair: AlignedPair, german: PreparedArticle, english: PreparedArticle, base: String,
                                      options: RunOptions) -> [(path: String, bytes: [UInt8])] {
        let writer = AlignmentWriter(source: german.document, target: english.document, creationDate: options.creationDate,
                                     direction: options.direction, relation: pair.mode)
        var files = [(path: base + ".ladder", bytes: Array(writer.render(pair.beads, as: .ladder).utf8))]
        if pair.mode == .parallel || options.comparableInTranslationMemories {
            files.insert((base + ".tmx", Array(writer.render(pair.beads, as: .tmx).utf8)), at: 0)
        }
        return files
    }

    /// A pair's translation units for `aligned.tmx` or `comparable.tmx`.
    public static func alignedUnits(_ pair: AlignedPair, german: PreparedArticle, english: PreparedArticle, options: RunOptions) -> String {
        TMXWriter(source: german.document, target: english.document, creationDate: nil, direction: options.direction,
                  relation: pair.mode).units(pair.linkedBeads)
    }

    /// A German article's QA report as JSON Lines and HTML.
    public static func qaFiles(_ report: RunQAReport, base: String) -> [(path: String, bytes: [UInt8])] {
        [(base + ".jsonl", report.jsonl), (base + ".html", report.html)]
    }

    /// The run-wide files: `pairs.tsv` (names escaped as `TabSeparatedRows` escapes fields: a file name
    /// may hold a tab or a line break), `aligned.tmx` and `comparable.tmx` (from each pair's units,
    /// given in the order of `overview.pairs`), the glossary in three formats and `index.html`.
    public static func writeSummary(_ overview: RunOverview, glossary: Glossary, alignedUnits: some Sequence<String>,
                                    options: RunOptions, to sink: RunFileSink) throws {
        var tsv = "german\tenglish\tscore\tmode\tlinked_beads\n"
        for pair in overview.pairs {
            tsv += "\(TabSeparatedRows.escape(pair.german))\t\(TabSeparatedRows.escape(pair.english))\t\(JSONLine.format(pair.score, decimals: 4))\t\(pair.mode.rawValue)\t\(pair.linkedBeads)\n"
        }
        try sink.write("pairs.tsv", Array(tsv.utf8))
        let header = Array(TMXWriter.header(sourceLanguage: options.direction.source, creationDate: options.creationDate).utf8)
        try sink.write("aligned.tmx", header)
        try sink.write("comparable.tmx", header)
        for (pair, units) in zip(overview.pairs, alignedUnits) where !units.isEmpty {
            if pair.mode == .parallel || options.comparableInTranslationMemories { try sink.append("aligned.tmx", Array(units.utf8)) }
            if pair.mode != .parallel { try sink.append("comparable.tmx", Array(units.utf8)) }
        }
        try sink.append("aligned.tmx", Array(TMXWriter.footer.utf8))
        try sink.append("comparable.tmx", Array(TMXWriter.footer.utf8))
        try sink.write("glossary.tbx", GlossaryFormat.tbx.write(glossary))
        try sink.write("glossary.tmx", GlossaryFormat.tmx.write(glossary))
        try sink.write("glossary.tsv", GlossaryFormat.tsv.write(glossary))
        try sink.write("index.html", Array(RunIndexPage(overview: overview, glossary: glossary,
                                                        comparableInTranslationMemories: options.comparableInTranslationMemories).html.utf8))
    }

    /// The file name stem of an article ("…/de/rede.txt" → "rede").
    public static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `alignments/<german stem>__<english stem>` per pair (German and English article names, in
    /// pairing order), unique.
    public static func alignmentBases(_ pairs: [(german: String, english: String)]) -> [String] {
        uniqueNames(pairs.map { "alignments/\(stem($0.german))__\(stem($0.english))" })
    }

    /// `qa/<german stem>` per German article, unique.
    public static func qaBases(_ germanNames: [String]) -> [String] {
        uniqueNames(germanNames.map { "qa/" + stem($0) })
    }

    /// The names with "-2", "-3" … appended to repeats ("rede.txt" and "rede.html" share a stem).
    static func uniqueNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { plain in
            var name = plain
            var counter = 2
            while !used.insert(name).inserted {
                name = "\(plain)-\(counter)"
                counter += 1
            }
            return name
        }
    }
}
