/// The run's `index.html`: one self-contained page (inline CSS, no scripts, no server) that summarizes
/// the run and links every file it wrote.
struct RunIndexPage {
    let overview: RunOverview
    let glossary: Glossary
    /// Whether comparable pairs have their own TMX (`RunOptions.comparableInTranslationMemories`).
    let comparableInTranslationMemories: Bool

    var html: String {
        let result = overview
        var body = "<h1>bitext run</h1>\n"
        body += "<p class=\"summary\">\(result.germanCount) German and \(result.englishCount) English articles; "
        body += "\(result.pairs.count) pair(s); \(result.unpairedGerman) German and "
        body += "\(result.unpaired.count - result.unpairedGerman) English article(s) unpaired; \(result.skipped.count) file(s) skipped.</p>\n"
        body += "<p><a href=\"pairs.tsv\">pairs.tsv</a> · <a href=\"aligned.tmx\">aligned.tmx</a> (the translations' aligned segments, "
            + "TMX 1.4b) · <a href=\"comparable.tmx\">comparable.tmx</a> (sentence matches of comparable articles: no translation memory)</p>\n"
        body += pairsTable(result)
        body += glossaryTable(glossary)
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

    private func pairsTable(_ result: RunOverview) -> String {
        guard !result.pairs.isEmpty else { return "<h2>Pairs</h2>\n<p class=\"muted\">No pairs above the threshold.</p>\n" }
        var out = "<h2>Pairs</h2>\n<table>\n<tr><th>German</th><th>English</th><th>score</th><th>alignment</th><th>aligned segments</th><th>shared evidence</th><th>files</th></tr>\n"
        for pair in result.pairs {
            out += "<tr><td>\(Self.escape(RunReport.stem(pair.german)))</td>"
            out += "<td>\(Self.escape(RunReport.stem(pair.english)))</td>"
            out += "<td class=\"num\">\(JSONLine.format(pair.score, decimals: 3))</td>"
            out += "<td>\(Self.escape(pair.mode.rawValue))<br><span class=\"muted\">\(Self.escape(pair.modeReason))</span></td>"
            out += "<td class=\"num\">\(pair.linkedBeads)</td>"
            out += "<td>\(Self.escape(pair.evidence))</td>"
            let tmx = pair.mode == .parallel || comparableInTranslationMemories ? "<a href=\"\(Self.escape(pair.base)).tmx\">TMX</a> · " : ""
            out += "<td>\(tmx)<a href=\"\(Self.escape(pair.base)).ladder\">ladder</a></td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func unpairedList(_ result: RunOverview) -> String {
        guard !result.unpaired.isEmpty else { return "" }
        var out = "<h2>Unpaired articles</h2>\n<table>\n<tr><th>article</th><th>best candidate score</th></tr>\n"
        for article in result.unpaired {
            out += "<tr><td>\(Self.escape(article.name))</td><td class=\"num\">\(JSONLine.format(article.bestScore, decimals: 3))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func skippedList(_ result: RunOverview) -> String {
        guard !result.skipped.isEmpty else { return "" }
        return "<h2>Skipped files</h2>\n<ul>\n" + result.skipped.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
    }

    private func editsTable(_ result: RunOverview) -> String {
        var out = "<h2>Normalizer edits</h2>\n<table>\n<tr><th>article</th><th>edits</th><th>by rule</th></tr>\n"
        for article in result.edits {
            out += "<tr><td>\(Self.escape(RunReport.stem(article.name)))</td><td class=\"num\">\(article.count)</td><td>\(Self.escape(article.byRule))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// Findings per check over all German articles, then per article with links to the reports.
    private func qaTables(_ result: RunOverview) -> String {
        var out = "<h2>QA findings</h2>\n"
        var perCheck: [String: Int] = [:]
        for row in result.qa {
            for (check, count) in row.perCheck { perCheck[check, default: 0] += count }
        }
        out += "<table>\n<tr><th>check</th><th>title</th><th>severity</th><th>findings</th></tr>\n"
        for check in QARegistry.checks {
            out += "<tr><td>\(Self.escape(check.id))</td><td>\(Self.escape(check.title))</td><td>\(Self.escape(check.severity.rawValue))</td>"
            out += "<td class=\"num\">\(perCheck[check.id] ?? 0)</td></tr>\n"
        }
        out += "</table>\n<table>\n<tr><th>German article</th><th>errors</th><th>warnings</th><th>info</th><th>reports</th></tr>\n"
        for row in result.qa {
            out += "<tr><td>\(Self.escape(RunReport.stem(row.name)))</td><td class=\"num\">\(row.errors)</td>"
            out += "<td class=\"num\">\(row.warnings)</td><td class=\"num\">\(row.infos)</td>"
            out += "<td><a href=\"\(Self.escape(row.base)).html\">HTML</a> · <a href=\"\(Self.escape(row.base)).jsonl\">JSONL</a></td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// HTML shares XML's escaping for text and attribute values.
    static func escape(_ text: String) -> String {
        XMLEscaper.attribute(text)
    }

    /// The glossary's best entries, curated ones first as the builder ranks them.
    private func glossaryTable(_ glossary: Glossary, limit: Int = 25) -> String {
        var out = "<h2>Glossary</h2>\n<p>\(glossary.entries.count) term pair(s): "
        out += "<a href=\"glossary.tbx\">TBX</a> · <a href=\"glossary.tmx\">TMX</a> · <a href=\"glossary.tsv\">TSV</a></p>\n"
        guard !glossary.entries.isEmpty else { return out }
        out += "<table>\n<tr><th>German</th><th>English</th><th>confidence</th><th>frequency</th><th>status</th><th>evidence</th></tr>\n"
        for entry in glossary.entries.prefix(limit) {
            out += "<tr><td>\(Self.escape(entry.german))</td><td>\(Self.escape(entry.english))</td>"
            out += "<td class=\"num\">\(entry.confidence.map { JSONLine.format($0, decimals: 3) } ?? "")</td>"
            out += "<td class=\"num\">\(entry.frequency.map(String.init) ?? "")</td>"
            out += "<td>\(Self.escape(entry.status?.rawValue ?? ""))</td>"
            out += "<td>\(Self.escape(entry.evidence.map(\.rawValue).joined(separator: ", ")))</td></tr>\n"
        }
        return out + "</table>\n"
    }
}
