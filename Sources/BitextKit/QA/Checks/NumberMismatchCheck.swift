/// `number-mismatch`: a number in the target that the compared source does not contain
/// ("2019" where the source says "2018"), with German and English number formats equated.
struct NumberMismatchCheck: QARule {
    static let check = QACheck(
        id: "number-mismatch",
        title: "Number differs from the source",
        explanation: """
            A number in the translation does not occur in the source (in its aligned sentences, or \
            anywhere when the texts are not aligned). Numbers are compared as values in their written \
            forms (`NumberReader`): German "3,5" and "1.000" equal English "3.5" and "1,000"; "21.30 \
            Uhr" equals "21:30" and "9.30 pm", "am 20." equals "20th", "44 Millionen" equals "44m", \
            "2018-19" includes 2019, so does a season's or fiscal year's code ("SS19", "FY19"), and a number word in the source ("sixty", "centennial") counts \
            as its value. A number the aligned sentences lack but another sentence of the source has \
            is not reported: sentence alignment of loose translations can pair the wrong sentences. An \
            amount in another currency than the source's ("5 Millionen Euro" for "$5m"), or a quantity whose \
            unit changed system without its number ("30 Meilen" for "30 km"), is reported too. \
            Numbers up to twelve without a scale or decimals are not checked: translations often write \
            them as words. A number with a scale word is compared by its scaled value: "5 Milliarden" does not \
            match "$5 million". Against a comparable article rather than the text translated, a missing number \
            is only a note (info).
            """,
        severity: .warning,
        needsSource: true)

    /// Values up to this are often spelled out on one side ("six-hour" / "sechs Stunden").
    static let spelledOutLimit = 12.0

    let targetNumbers: NumberReader
    let sourceNumbers: NumberReader
    let targetUnits: MeasureUnits
    let sourceUnits: MeasureUnits

    init(numbers: Sides<NumberReader>, units: Sides<MeasureUnits>) {
        targetNumbers = numbers.target
        sourceNumbers = numbers.source
        targetUnits = units.target
        sourceUnits = units.source
    }

    /// - Complexity: O(t + s) for t target and s source tokens (each scope's readings are read once).
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        let targetKinds = text.tokens.map(\.kind)
        let sourceKinds = source.tokens.map(\.kind)
        var result: [QAFinding] = []
        // Per scope, each reading of its numbers with what stands beside them.
        var cache: [Range<Int>: [Double: Set<Beside>]] = [:]
        func amounts(_ scope: Range<Int>) -> [Double: Set<Beside>] {
            if let known = cache[scope] { return known }
            var found: [Double: Set<Beside>] = [:]
            for token in scope {
                let readings = sourceNumbers.readings(at: token, words: source.words, kinds: sourceKinds)
                if readings.isEmpty { continue }
                let beside = Beside(currency: sourceNumbers.currency(at: token, words: source.words, kinds: sourceKinds)?.code ?? "",
                                    system: sourceUnits.system(ofNumberAt: token, in: source)?.system ?? "")
                for reading in readings { found[reading, default: []].insert(beside) }
            }
            cache[scope] = found
            return found
        }
        var unitCache: [Range<Int>: SourceUnits] = [:]
        // The size or range of the number last asked about: its later numbers share its unit.
        var measure = Measure(lastNumber: -1, unitToken: 0)
        var bareSourceWords: Set<String>?
        for index in text.tokens.indices where text.tokens[index].kind == .number {
            var readings = targetNumbers.readings(at: index, words: text.words, kinds: targetKinds, minutes: false)
            guard let value = readings.first else { continue }
            // "5 Milliarden" is five billion: against "$5 million" its 5 is no match, and a small
            // number with a scale, or with decimals in the language's own mark ("2,5"), is never
            // written as a word.
            let scaled = targetNumbers.hasScale(at: index, words: text.words, kinds: targetKinds)
            if scaled { readings.removeAll { $0 == value } }
            let decimal = value != value.rounded(.towardZero) && text.words[index].contains(targetNumbers.decimalMark)
            guard value > Self.spelledOutLimit || scaled || decimal, !readings.isEmpty else { continue }
            if let name = Self.nameBeforeNumber(index, in: text) {
                let bare = bareSourceWords ?? Self.wordsWithoutNumber(source)
                bareSourceWords = bare
                if bare.contains(name) { continue }
            }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            if scope.isEmpty { continue }
            // Elsewhere in the source: the alignment paired another sentence, the number is there.
            var matches = readings.compactMap { amounts(scope)[$0] }
            if matches.isEmpty, scope != source.tokens.indices { matches = readings.compactMap { amounts(source.tokens.indices)[$0] } }
            if !matches.isEmpty {
                let beside = matches.reduce(into: Set<Beside>()) { $0.formUnion($1) }
                if let finding = currencyMismatch(at: index, in: text, kinds: targetKinds, source: beside) ?? unitMismatch(at: index, in: text, source: beside) {
                    result.append(finding)
                }
                continue
            }
            let units = unitCache[scope] ?? sourceUnits(of: scope, in: source)
            unitCache[scope] = units
            if index > measure.lastNumber { measure = self.measure(startingAt: index, in: text) }
            if let converted = conversion(after: index, in: text, measure: measure, source: units) {
                result.append(text.finding(Self.check, text.tokens[index].scalars, severity: .info,
                                           message: "the number \(text.words[index]) does not occur in the source; it may convert \(converted)"))
                continue
            }
            result.append(input.sourceIsComparable
                ? text.finding(Self.check, text.tokens[index].scalars, severity: .info,
                               message: "the number \(text.words[index]) does not occur in the comparable source")
                : text.finding(Self.check, text.tokens[index].scalars, message: "the number \(text.words[index])"
                               + (scaled ? " with its scale (\(readings.map(Self.written).joined(separator: " or ")))" : "")
                               + " does not occur in the source"))
        }
        return result
    }
}

extension NumberMismatchCheck {
    /// What stands beside a source number: its currency's code and its unit's system ("" for none).
    struct Beside: Hashable {
        let currency: String
        let system: String
    }

    /// The finding for an amount the source states in another currency ("5 Millionen Euro" for
    /// "$5m"): the target number at `index` has a currency beside it, and every source number of
    /// its value (`source`) has a currency, none of them that one.
    private func currencyMismatch(at index: Int, in text: QAText, kinds: [WordToken.Kind], source: Set<Beside>) -> QAFinding? {
        guard let currency = targetNumbers.currency(at: index, words: text.words, kinds: kinds) else { return nil }
        let codes = Set(source.map(\.currency))
        guard !codes.contains(currency.code), !codes.contains("") else { return nil }
        let span = text.tokens[min(index, currency.token)].scalars.lowerBound..<text.tokens[max(index, currency.token)].scalars.upperBound
        return text.finding(Self.check, span, message: "the amount \"\(text.string(span))\" is in \(currency.code), the source's in \(codes.sorted().joined(separator: " or "))")
    }

    /// The finding for a quantity whose unit changed system without its number ("30 Meilen" for
    /// "30 km"): the target number at `index` has a unit of one system beside it, and every source
    /// number of its value (`source`) has a unit, none of them of that system. (A converted number
    /// differs from the source's and is noted by `conversion`.)
    private func unitMismatch(at index: Int, in text: QAText, source: Set<Beside>) -> QAFinding? {
        guard let unit = targetUnits.system(ofNumberAt: index, in: text) else { return nil }
        let systems = Set(source.map(\.system))
        guard !systems.contains(unit.system), !systems.contains("") else { return nil }
        let span = text.tokens[index].scalars.lowerBound..<text.tokens[unit.token].scalars.upperBound
        return text.finding(Self.check, span, message: "the quantity \"\(text.string(span))\" is in \(unit.system) units, the source's in "
                            + "\(systems.sorted().joined(separator: " or ")): the unit changed, the number did not")
    }

    /// A value as digits, without a fraction when it has none ("5000000000", "2.5").
    static func written(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e18 ? String(Int64(value)) : String(value)
    }

    /// The word (lower case) that the number at `index` is joined to by a hyphen, with no space on either
    /// side: "COVID-19", "F-15".
    private static func nameBeforeNumber(_ index: Int, in text: QAText) -> String? {
        guard index >= 2, index < text.tokens.count, text.words[index - 1] == "-", text.tokens[index - 2].kind == .word,
              text.tokens[index - 1].scalars.lowerBound == text.tokens[index - 2].scalars.upperBound,
              text.tokens[index].scalars.lowerBound == text.tokens[index - 1].scalars.upperBound else { return nil }
        return text.words[index - 2].lowercased()
    }

    /// The source's words (lower case) that stand without a joined number somewhere: a target number
    /// joined to one of them ("COVID-19" for the source's "Covid") belongs to a name the source
    /// shortens, not to a figure. A word the source always writes with a number ("F-16") is not among
    /// them, so "F-15" against it is still a mismatch.
    private static func wordsWithoutNumber(_ source: QAText) -> Set<String> {
        var words = Set<String>()
        for token in source.tokens.indices where source.tokens[token].kind == .word {
            if nameBeforeNumber(token + 2, in: source) != nil, source.tokens[token + 2].kind == .number { continue }
            words.insert(source.words[token].lowercased())
        }
        return words
    }

    /// Whether `word` joins two numbers of one measure: the sign of a size ("15 x 15 cm") or a range's
    /// dash or word ("170–180 kg", "zwischen 170 und 180 kg", `NumberReader.rangeWords`).
    private func joinsNumbers(_ word: String) -> Bool {
        let lower = word.lowercased()
        return targetUnits[lower] == MeasureUnits.dimensionSigns || NumberReader.rangeDashes.contains(lower) || targetNumbers.rangeWords.contains(lower)
    }

    /// What a conversion in the target may render, read once per compared source scope: the first
    /// unit of each system, as written ("feet", "°F"), and the sizes written without a unit ("5x8").
    struct SourceUnits {
        /// System → (position of its first unit in the scope, the unit as written), in no order.
        var firstUnit: [String: (token: Int, written: String)] = [:]
        var unitlessSizes: [String] = []
    }

    /// A thing has at most three dimensions ("2 x 3 x 4", five tokens): a longer run of numbers and
    /// signs is a table, not a size.
    static let longestSize = 5
    /// The unit-less sizes a conversion note names at most: the message stays short beside a
    /// source full of them.
    static let sizesNamed = 2

    /// The units and unit-less sizes of `scope` in `source`.
    ///
    /// - Complexity: O(s) for the s tokens of the scope.
    func sourceUnits(of scope: Range<Int>, in source: QAText) -> SourceUnits {
        var found = SourceUnits()
        var token = scope.lowerBound
        while token < scope.upperBound {
            if source.tokens[token].kind == .word, let system = sourceUnits.system(ofUnitAt: token, in: source, eitherSystemToo: true),
               found.firstUnit[system] == nil {
                // "°F": a unit that is one only joined to its number is shown with its sign.
                let word = source.words[token]
                found.firstUnit[system] = (token, (sourceUnits.isGluedOnly(word) && sourceUnits.isJoinedBySign(token, in: source) ? source.words[token - 1] : "") + word)
            }
            // A size's numbers are read once, from its first.
            if let size = sourceUnits.size(startingAt: token, in: source) {
                if !size.hasUnit, size.tokens.upperBound <= scope.upperBound, size.tokens.count <= Self.longestSize,
                   found.unitlessSizes.count < Self.sizesNamed {
                    let numbers = size.tokens
                    found.unitlessSizes.append(source.string(source.tokens[numbers.lowerBound].scalars.lowerBound..<source.tokens[numbers.upperBound - 1].scalars.upperBound))
                }
                token = size.tokens.upperBound
                continue
            }
            token += 1
        }
        return found
    }

    /// The numbers of a size or a range in the target ("1,50 x 2,50", "zwischen 900 und 950") and the
    /// token where its unit would stand: after its last number, over at most one mark.
    struct Measure {
        let lastNumber: Int
        let unitToken: Int
    }

    /// The size or range that the target number at `index` starts (a lone number is one of its own).
    ///
    /// - Complexity: O(k) for its k tokens; `findings` reads each once, for its first number.
    func measure(startingAt index: Int, in text: QAText) -> Measure {
        var next = index + 1
        while next + 1 < text.tokens.count, joinsNumbers(text.words[next]), text.tokens[next + 1].kind == .number {
            next += 2
        }
        let last = next - 1
        while next < text.tokens.count, text.tokens[next].kind == .punctuation, next - last < 2 { next += 1 }
        return Measure(lastNumber: last, unitToken: next)
    }

    /// What the target number at `index` (of `measure`) may convert, when a unit follows it: the first unit of the
    /// compared source sentences (`source`) of another system than that unit ("feet" for "Meter");
    /// for a number of a size ("1,50 x 2,50 m"), else the source's sizes without a unit ("a 5x8
    /// trailer"). The unit of a size or a range follows its last number; a source unit may be glued to
    /// its number ("6in") or to a degree sign ("90°F").
    ///
    /// - Complexity: O(u) for the u systems of the source's units (at most three).
    func conversion(after index: Int, in text: QAText, measure: Measure, source: SourceUnits) -> String? {
        let next = measure.unitToken
        guard next < text.tokens.count, let system = targetUnits[text.words[next]], system != MeasureUnits.dimensionSigns else { return nil }
        if let other = source.firstUnit.filter({ $0.key != system }).min(by: { $0.value.token < $1.value.token }) {
            return other.value.written
        }
        let isSizeSign = { (token: Int) in text.tokens.indices.contains(token) && targetUnits[text.words[token]] == MeasureUnits.dimensionSigns }
        guard isSizeSign(index + 1) || isSizeSign(index - 1), !source.unitlessSizes.isEmpty else { return nil }
        return source.unitlessSizes.joined(separator: " or ")
    }
}
