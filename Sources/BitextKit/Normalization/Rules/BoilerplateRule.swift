/// Removes the boilerplate lines of scraped news pages (share counters, "Details" boxes, "Besuchen Sie uns
/// auf …", publication-date lines) as listed in `<lang>/boilerplate.txt`.
///
/// The data file's sections say how an entry matches a trimmed line: `[line]` the whole line, `[prefix]`
/// its start, `[pattern]` a regular expression over the whole line, `[block]` the whole line plus the
/// non-blank lines under it (a metadata box).
struct BoilerplateRule: NormalizationRule {
    let id = "boilerplate"
    /// Lines longer than this (in scalars) are article text, never boilerplate.
    static let maximumLineLength = 200
    private let lines: Set<String>
    private let prefixes: [String]
    private let patterns: [String]
    private let blocks: Set<String>

    init(language: Language) throws {
        let file = try LanguageDataFile.loadIfPresent("boilerplate", language: language)
        lines = Set(file.section("line").map { $0.lowercased() })
        prefixes = file.section("prefix").map { $0.lowercased() }
        blocks = Set(file.section("block").map { $0.lowercased() })
        patterns = file.section("pattern")
        for entry in file.entries where entry.section == "pattern" {
            do {
                _ = try Regex(entry.text)
            } catch {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/boilerplate.txt", line: entry.line, message: "invalid pattern")
            }
        }
    }

    func replacements(in buffer: NormalizationBuffer) throws -> [NormalizationBuffer.Replacement] {
        let compiled = try patterns.map { try Regex($0) }
        var result: [NormalizationBuffer.Replacement] = []
        let ranges = buffer.lineRanges
        var index = 0
        while index < ranges.count {
            let range = ranges[index]
            // Page furniture is short; a paragraph of article text never is, and skipping it keeps the
            // rule linear with a small constant.
            guard range.count <= Self.maximumLineLength else {
                index += 1
                continue
            }
            let text = buffer.string(range).trimmingSpaces()
            let lower = text.lowercased()
            if !text.isEmpty, blocks.contains(lower) {
                var end = index
                while end + 1 < ranges.count, !ranges[end + 1].isEmpty { end += 1 }
                result.append(.init(buffer.rangeWithLineFeed(range.lowerBound..<ranges[end].upperBound)))
                index = end + 1
                continue
            }
            if !text.isEmpty, lines.contains(lower) || prefixes.contains(where: { lower.hasPrefix($0) })
                || compiled.contains(where: { (try? $0.wholeMatch(in: text)) != nil }) {
                result.append(.init(buffer.rangeWithLineFeed(range)))
            }
            index += 1
        }
        return result
    }
}

/// Removes a line that repeats the previous non-blank line word for word: scraped pages often print the
/// headline twice (once as page title, once as article title).
struct DuplicateLineRule: NormalizationRule {
    let id = "duplicate-line"

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        var previous: ArraySlice<Unicode.Scalar>?
        for range in buffer.lineRanges where !range.isEmpty {
            let line = buffer.scalars[range]
            if let previous, previous.elementsEqual(line) {
                result.append(.init(buffer.rangeWithLineFeed(range)))
            }
            previous = line
        }
        return result
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (Foundation-free).
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, ScalarClass.isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, ScalarClass.isBlank(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
