/// The files a run writes, as relative path → bytes, so the caller can put them in place atomically:
/// `pairs.tsv`; per pair `alignments/<german>__<english>.ladder`, and `.tmx` for translations;
/// `aligned.tmx` with the translations' segments; `comparable.tmx` with the sentence matches of
/// comparable pairs (marked `x-relation`, no translation memory: a CAT tool would fill segments with
/// sentences that are not their translation), in the translation memories too only when
/// `RunOptions.comparableInTranslationMemories` says so; `glossary.tbx` (TBX-Basic v3), `glossary.tmx` and `glossary.tsv`; per German article
/// `qa/<german>.jsonl` and `qa/<german>.html`; `index.html` linking and summarizing everything.
public struct RunReport {
    public let files: [(path: String, bytes: [UInt8])]

    public init(result: RunResult, options: RunOptions) {
        let alignmentBases = Self.uniqueBases(result)
        var files: [(path: String, bytes: [UInt8])] = []
        var tsv = "german\tenglish\tscore\tmode\tlinked_beads\n"
        var merged = TMXWriter.header(sourceLanguage: options.direction.source, creationDate: options.creationDate)
        var comparable = merged
        for (pair, base) in zip(result.aligned, alignmentBases) {
            let german = result.german[pair.german], english = result.english[pair.english]
            let writer = AlignmentWriter(source: german.document, target: english.document, creationDate: options.creationDate,
                                         direction: options.direction, relation: pair.mode)
            let units = TMXWriter(source: german.document, target: english.document, creationDate: nil, direction: options.direction,
                                  relation: pair.mode).units(pair.linkedBeads)
            if pair.mode == .parallel || options.comparableInTranslationMemories {
                files.append((base + ".tmx", Array(writer.render(pair.beads, as: .tmx).utf8)))
                merged += units
            }
            if pair.mode != .parallel { comparable += units }
            files.append((base + ".ladder", Array(writer.render(pair.beads, as: .ladder).utf8)))
            tsv += "\(german.name)\t\(english.name)\t\(JSONLine.format(pair.pair.score, decimals: 4))\t\(pair.mode.rawValue)\t\(pair.linkedBeads.count)\n"
        }
        merged += TMXWriter.footer
        comparable += TMXWriter.footer
        files.append(("pairs.tsv", Array(tsv.utf8)))
        files.append(("aligned.tmx", Array(merged.utf8)))
        files.append(("comparable.tmx", Array(comparable.utf8)))
        files.append(("glossary.tbx", GlossaryFormat.tbx.write(result.glossary)))
        files.append(("glossary.tmx", GlossaryFormat.tmx.write(result.glossary)))
        files.append(("glossary.tsv", GlossaryFormat.tsv.write(result.glossary)))
        let qaBases = Self.uniqueNames(result.qa.map { "qa/" + Self.stem($0.name) })
        for (report, base) in zip(result.qa, qaBases) {
            files.append((base + ".jsonl", QAJSONReport.render(report)))
            files.append((base + ".html", QAHTMLReport.render([report], checks: QARegistry.checks)))
        }
        files.append(("index.html", Array(RunIndexPage(result: result, alignmentBases: alignmentBases, qaBases: qaBases,
                                                       comparableInTranslationMemories: options.comparableInTranslationMemories).html.utf8)))
        self.files = files
    }

    /// The file name stem of an article ("…/de/rede.txt" → "rede").
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `alignments/<german stem>__<english stem>` per pair, unique.
    private static func uniqueBases(_ result: RunResult) -> [String] {
        uniqueNames(result.aligned.map { "alignments/\(stem(result.german[$0.german].name))__\(stem(result.english[$0.english].name))" })
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
