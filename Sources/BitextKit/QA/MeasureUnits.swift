/// The units of measurement a language writes beside a number, by system (`measure-units.txt`):
/// "feet" is imperial, "Meter" metric, "in" a unit only glued to its number ("6in"), "x" the sign
/// between the numbers of a size. `number-mismatch` reads them to tell a conversion ("60 Meter" for
/// "200 feet") from a unit changed without its number ("30 Meilen" for "30 km").
struct MeasureUnits: Sendable {
    /// Unit word (lower case) → its section: "imperial", "metric", "imperial-glued", "dimension-signs".
    private let sections: [String: String]
    /// Units listed in a system whose system the word alone does not tell (`[either-system]`:
    /// "degrees" is Celsius in British news and Fahrenheit in American).
    private let eitherSystem: Set<String>

    /// The section that lists units of either system, which no other section's reading overrides.
    static let eitherSystemSection = "either-system"
    /// The ending of a section whose units count only glued to a number ("6in").
    static let gluedSuffix = "-glued"
    /// The section that lists the sign between the numbers of a size ("x").
    static let dimensionSigns = "dimension-signs"

    init(language: Language) throws {
        var sections: [String: String] = [:]
        var eitherSystem: Set<String> = []
        for entry in try LanguageDataFile.loadIfPresent("measure-units", language: language).entries {
            if entry.section == Self.eitherSystemSection {
                eitherSystem.insert(entry.text.lowercased())
            } else {
                sections[entry.text.lowercased()] = entry.section
            }
        }
        self.sections = sections
        self.eitherSystem = eitherSystem
    }

    /// The section of a unit word (any case), nil for other words.
    subscript(word: String) -> String? { sections[word.lowercased()] }

    /// The system ("imperial", "metric") of the unit beside the number at token `index` of `text`:
    /// glued to it ("30km", "6in", "90°F") or after it, over one mark ("30 km", "32 °C"); with the unit's
    /// token. Nil without a unit, and for a unit of either system.
    ///
    /// - Complexity: O(1).
    func system(ofNumberAt index: Int, in text: QAText) -> (system: String, token: Int)? {
        if text.tokens[index].kind == .word {
            return system(ofUnitAt: index, in: text, eitherSystemToo: false).map { ($0, index) }
        }
        var next = index + 1
        if next < text.tokens.count, text.tokens[next].kind == .punctuation { next += 1 }
        guard next < text.tokens.count, text.tokens[next].kind == .word else { return nil }
        return system(ofUnitAt: next, in: text, eitherSystemToo: false).map { ($0, next) }
    }

    /// The system of the unit written at token `index`: a unit word ("km", "feet"), a unit glued to
    /// its number in one token ("30km", "6in"), or joined to it by a sign with no space ("90°F": the
    /// token after the sign). Units only glued to a number ("in") count only so. Nil for other
    /// tokens, for the sign of a size, and, unless `eitherSystemToo`, for a unit of either system
    /// ("degrees", whose system a conversion may still take as the other one).
    ///
    /// - Complexity: O(1).
    func system(ofUnitAt index: Int, in text: QAText, eitherSystemToo: Bool) -> String? {
        let word = text.words[index]
        let withNumber = word.first?.isNumber == true
        let unit = withNumber ? String(word.drop { $0.isNumber || $0 == "." || $0 == "," }) : word
        let lower = unit.lowercased()
        guard eitherSystemToo || !eitherSystem.contains(lower), let section = sections[lower] else { return nil }
        if section.hasSuffix(Self.gluedSuffix) {
            return withNumber || isJoinedBySign(index, in: text) ? String(section.dropLast(Self.gluedSuffix.count)) : nil
        }
        return section == Self.dimensionSigns ? nil : section
    }

    /// The tokens of the size that starts at token `index` ("5x8", "10 x 12 ft", "4×6"): numbers joined
    /// by the sign of a size, glued into one token or apart; with whether a unit follows the last.
    /// American sizes often leave their unit unsaid ("a 5x8 trailer" is in feet), so a translation
    /// that gives one in metres converts them. Nil when no size starts there.
    ///
    /// - Complexity: O(k) for the k tokens of the size.
    func size(startingAt index: Int, in text: QAText) -> (tokens: Range<Int>, hasUnit: Bool)? {
        guard text.tokens[index].kind == .number else { return nil }
        var last = index
        if !isGluedSize(text.words[index]) {
            while last + 2 < text.tokens.count, sections[text.words[last + 1].lowercased()] == Self.dimensionSigns,
                  text.tokens[last + 2].kind == .number {
                last += 2
            }
            guard last > index else { return nil }
        }
        let hasUnit = last + 1 < text.tokens.count && text.tokens[last + 1].kind == .word && sections[text.words[last + 1].lowercased()] != nil
        return (index..<(last + 1), hasUnit)
    }

    /// Whether `word` is numbers glued by the sign of a size ("5x8").
    private func isGluedSize(_ word: String) -> Bool {
        let parts = word.split(omittingEmptySubsequences: false) { sections[String($0).lowercased()] == Self.dimensionSigns }
        return parts.count > 1 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }
    }

    /// Whether a unit counts only glued to its number ("in", "F": other words alone).
    func isGluedOnly(_ unit: String) -> Bool {
        sections[unit.lowercased()]?.hasSuffix(Self.gluedSuffix) == true
    }

    /// Whether the token at `index` follows a number and a sign with no space between them ("90°F").
    func isJoinedBySign(_ index: Int, in text: QAText) -> Bool {
        index >= 2 && text.tokens[index - 1].kind == .punctuation && text.tokens[index - 2].kind == .number
            && text.tokens[index - 2].scalars.upperBound == text.tokens[index - 1].scalars.lowerBound
            && text.tokens[index - 1].scalars.upperBound == text.tokens[index].scalars.lowerBound
    }
}
