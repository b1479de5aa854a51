/// The run's `index.html`: one self-contained page (inline CSS, no scripts, no server) that summarizes
/// the run and links every file it wrote.
struct RunIndexPage {
    let result: RunResult
    /// Per aligned pair, the base path of its alignment files.
    let alignmentBases: [String]
    /// Per German article, the base path of its QA reports.
    let qaBases: [String]
    /// Whether comparable pairs have their own TMX (`RunOptions.comparableInTranslationMemories`).
    let comparableInTranslationMemories: Bool

    var html: String {
        var body = "<h1>bitext run</h1>\n"
        body += "<p class=\"summary\">\(result.german.count) German and \(result.english.count) English articles; "
        body += "\(result.aligned.count) pair(s); \(result.pairing.unpairedGerman.count) German and "
        body += "\(result.pairing.unpairedEnglish.count) English article(s) unpaired; \(result.skipped.count) file(s) skipped.</p>\n"
        body += "<p><a href=\"pairs.tsv\">pairs.tsv</a> · <a href=\"aligned.tmx\">aligned.tmx</a> (the translations' aligned segments, "
            + "TMX 1.4b) · <a href=\"comparable.tmx\">comparable.tmx</a> (sentence matches of comparable articles: no translation memory)</p>\n"
        body += pairsTable(result)
        body += glossaryTable(result)
        body += qaTables(result)
        body += unpairedList(result)
        body += skippedList(result)
        body += editsTable(result)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>bitext run</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .summary { font-size: 1.1em; }
            .muted { color: #777; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private func pairsTable(_ result: RunResult) -> String {
        guard !result.aligned.isEmpty else { return "<h2>Pairs</h2>\n<p class=\"muted\">No pairs above the threshold.</p>\n" }
        var out = "<h2>Pairs</h2>\n<table>\n<tr><th>German</th><th>English</th><th>score</th><th>alignment</th><th>aligned segments</th><th>shared evidence</th><th>files</th></tr>\n"
        for (pair, base) in zip(result.aligned, alignmentBases) {
            let evidence = pair.pair.evidence
            let shown = (evidence.names.map { "\($0.german)/\($0.english)" } + evidence.numbers + evidence.terms.map { "\($0.german)/\($0.english)" })
                .prefix(8).joined(separator: ", ")
            out += "<tr><td>\(Self.escape(RunReport.stem(result.german[pair.german].name)))</td>"
            out += "<td>\(Self.escape(RunReport.stem(result.english[pair.english].name)))</td>"
            out += "<td class=\"num\">\(JSONLine.format(pair.pair.score, decimals: 3))</td>"
            out += "<td>\(Self.escape(pair.mode.rawValue))<br><span class=\"muted\">\(Self.escape(pair.modeReason))</span></td>"
            out += "<td class=\"num\">\(pair.linkedBeads.count)</td>"
            out += "<td>\(Self.escape(shown))</td>"
            let tmx = pair.mode == .parallel || comparableInTranslationMemories ? "<a href=\"\(Self.escape(base)).tmx\">TMX</a> · " : ""
            out += "<td>\(tmx)<a href=\"\(Self.escape(base)).ladder\">ladder</a></td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func unpairedList(_ result: RunResult) -> String {
        let unpaired = result.pairing.unpairedGerman.map { (result.german[$0.index].name, $0.bestScore) }
            + result.pairing.unpairedEnglish.map { (result.english[$0.index].name, $0.bestScore) }
        guard !unpaired.isEmpty else { return "" }
        var out = "<h2>Unpaired articles</h2>\n<table>\n<tr><th>article</th><th>best candidate score</th></tr>\n"
        for (name, best) in unpaired {
            out += "<tr><td>\(Self.escape(name))</td><td class=\"num\">\(JSONLine.format(best, decimals: 3))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func skippedList(_ result: RunResult) -> String {
        guard !result.skipped.isEmpty else { return "" }
        return "<h2>Skipped files</h2>\n<ul>\n" + result.skipped.map { "<li>\(Self.escape($0.description))</li>\n" }.joined() + "</ul>\n"
    }

    private func editsTable(_ result: RunResult) -> String {
        var out = "<h2>Normalizer edits</h2>\n<table>\n<tr><th>article</th><th>edits</th><th>by rule</th></tr>\n"
        for article in result.german + result.english {
            var counts: [String: Int] = [:]
            for edit in article.edits { counts[edit.rule, default: 0] += 1 }
            let byRule = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out += "<tr><td>\(Self.escape(RunReport.stem(article.name)))</td><td class=\"num\">\(article.edits.count)</td><td>\(Self.escape(byRule))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// Findings per check over all German articles, then per article with links to the reports.
    private func qaTables(_ result: RunResult) -> String {
        var out = "<h2>QA findings</h2>\n"
        var perCheck: [String: Int] = [:]
        for report in result.qa {
            for finding in report.findings { perCheck[finding.check, default: 0] += 1 }
        }
        out += "<table>\n<tr><th>check</th><th>title</th><th>severity</th><th>findings</th></tr>\n"
        for check in QARegistry.checks {
            out += "<tr><td>\(Self.escape(check.id))</td><td>\(Self.escape(check.title))</td><td>\(Self.escape(check.severity.rawValue))</td>"
            out += "<td class=\"num\">\(perCheck[check.id] ?? 0)</td></tr>\n"
        }
        out += "</table>\n<table>\n<tr><th>German article</th><th>errors</th><th>warnings</th><th>info</th><th>reports</th></tr>\n"
        for (report, base) in zip(result.qa, qaBases) {
            let count = { (severity: QASeverity) in report.findings.filter { $0.severity == severity }.count }
            out += "<tr><td>\(Self.escape(RunReport.stem(report.name)))</td><td class=\"num\">\(count(.error))</td>"
            out += "<td class=\"num\">\(count(.warning))</td><td class=\"num\">\(count(.info))</td>"
            out += "<td><a href=\"\(Self.escape(base)).html\">HTML</a> · <a href=\"\(Self.escape(base)).jsonl\">JSONL</a></td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// HTML shares XML's escaping for text and attribute values.
    static func escape(_ text: String) -> String {
        XMLEscaper.attribute(text)
    }

    /// The glossary's best entries, curated ones first as the builder ranks them.
    private func glossaryTable(_ result: RunResult, limit: Int = 25) -> String {
        var out = "<h2>Glossary</h2>\n<p>\(result.glossary.entries.count) term pair(s): "
        out += "<a href=\"glossary.tbx\">TBX</a> · <a href=\"glossary.tmx\">TMX</a> · <a href=\"glossary.tsv\">TSV</a></p>\n"
        guard !result.glossary.entries.isEmpty else { return out }
        out += "<table>\n<tr><th>German</th><th>English</th><th>confidence</th><th>frequency</th><th>status</th><th>evidence</th></tr>\n"
        for entry in result.glossary.entries.prefix(limit) {
            out += "<tr><td>\(Self.escape(entry.german))</td><td>\(Self.escape(entry.english))</td>"
            out += "<td class=\"num\">\(entry.confidence.map { JSONLine.format($0, decimals: 3) } ?? "")</td>"
            out += "<td class=\"num\">\(entry.frequency.map(String.init) ?? "")</td>"
            out += "<td>\(Self.escape(entry.status?.rawValue ?? ""))</td>"
            out += "<td>\(Self.escape(entry.evidence.map(\.rawValue).joined(separator: ", ")))</td></tr>\n"
        }
        return out + "</table>\n"
    }
}
