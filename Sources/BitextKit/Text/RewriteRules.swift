/// Ordered byte rewrite rules from a line file (`FROM TO`, or `FROM` alone to delete), each applied to
/// the output of the ones before: the folding of name keys (`common/name-folding.txt`) and of cognate
/// spellings (`de/cognate-folding.txt`).
struct RewriteRules: Sendable {
    private let rules: [(from: [UInt8], to: [UInt8])]

    /// - Parameters: `entries`, the rule lines (a whole file or one section); `name`, the file's path
    ///   for error messages ("de/x.txt").
    init(_ entries: [LanguageDataFile.Entry], name: String) throws {
        rules = try entries.map { entry in
            let fields = entry.text.split(separator: " ", omittingEmptySubsequences: true)
            guard (1...2).contains(fields.count) else {
                throw LanguageDataError.invalid(file: name, line: entry.line, message: "expected FROM [TO]")
            }
            return (Array(fields[0].utf8), fields.count == 2 ? Array(fields[1].utf8) : [])
        }
    }

    /// `text` with every rule applied in file order.
    ///
    /// - Complexity: O(r × n) for r rules and n bytes.
    func apply(to text: [UInt8]) -> [UInt8] {
        var result = text
        for rule in rules { result = Self.replace(rule.from, with: rule.to, in: result) }
        return result
    }

    private static func replace(_ pattern: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        guard !pattern.isEmpty, text.count >= pattern.count,
              let first = (0...(text.count - pattern.count)).first(where: { text[$0..<($0 + pattern.count)].elementsEqual(pattern) })
        else { return text }
        // Most rules do not apply to a given word: copy only when one does, from its first match on.
        var result = Array(text[..<first])
        result.reserveCapacity(text.count + replacement.count)
        var i = first
        while i < text.count {
            if i + pattern.count <= text.count, text[i..<(i + pattern.count)].elementsEqual(pattern) {
                result.append(contentsOf: replacement)
                i += pattern.count
            } else {
                result.append(text[i])
                i += 1
            }
        }
        return result
    }
}
