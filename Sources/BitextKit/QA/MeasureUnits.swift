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
        let word = text.words[index]
        if text.tokens[index].kind == .word, word.first?.isNumber == true {
            let unit = String(word.drop { $0.isNumber || $0 == "." || $0 == "," })
            return system(of: unit, glued: true).map { ($0, index) }
        }
        var next = index + 1
        var glued = false
        if next < text.tokens.count, text.tokens[next].kind == .punctuation {
            // "90°F": a unit joined to its number by a sign is glued to it.
            glued = next + 1 < text.tokens.count && text.tokens[index].scalars.upperBound == text.tokens[next].scalars.lowerBound
                && text.tokens[next].scalars.upperBound == text.tokens[next + 1].scalars.lowerBound
            next += 1
        }
        guard next < text.tokens.count, text.tokens[next].kind == .word else { return nil }
        return system(of: text.words[next], glued: glued).map { ($0, next) }
    }

    private func system(of unit: String, glued: Bool) -> String? {
        let lower = unit.lowercased()
        guard !eitherSystem.contains(lower), let section = sections[lower] else { return nil }
        if section.hasSuffix(Self.gluedSuffix) { return glued ? String(section.dropLast(Self.gluedSuffix.count)) : nil }
        return section == Self.dimensionSigns ? nil : section
    }
}
