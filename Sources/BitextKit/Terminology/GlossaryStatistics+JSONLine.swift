/// Reads one line of a shard's glossary counts (`GlossaryStatistics.StoredLine`, as
/// `StageFiles.writeLines` writes it) straight from its bytes. The glossary step reads every
/// shard's counts twice, 10.2 GB of them at 100,000 articles per side; Foundation's `JSONDecoder`
/// took most of its 1,193 CPU seconds.
///
/// Accepts any JSON `JSONEncoder` writes for a stored line (fields in any order, whitespace, every
/// string escape) and gives the record `JSONDecoder` gives; refuses the rest (`JSONLineScanner`).
extension GlossaryStatistics.StoredLine {
    /// - Throws: `JSONLineError` with the 1-based byte column where the line stops making sense.
    init(jsonLine bytes: ArraySlice<UInt8>) throws(JSONLineError) {
        var scanner = JSONLineScanner(bytes)
        try scanner.begin()
        var line = Self()
        try scanner.object(Self.shape) { scanner, field throws(JSONLineError) in
            switch field {
            case 0: line.head = try scanner.head()
            case 1: line.german = try scanner.term()
            case 2: line.english = try scanner.term()
            case 3: line.sentence = try scanner.string()
            case 4: line.pair = try scanner.pair()
            default: line.flag = try scanner.flag()
            }
        }
        try scanner.end()
        self = line
    }

    fileprivate static let shape = JSONLineScanner.Shape(["head", "german", "english", "sentence", "pair", "flag"],
                                                        optional: ["head", "german", "english", "sentence", "pair", "flag"])
}

private enum StoredShapes {
    static let head = JSONLineScanner.Shape(["mode", "maxContexts", "units"])
    static let term = JSONLineScanner.Shape(["key", "occurrence", "firstSeen", "forms", "units", "bases"])
    static let occurrence = JSONLineScanner.Shape(["key", "surface", "base", "stems", "words", "partOfSpeech", "gender"], optional: ["gender"])
    static let pair = JSONLineScanner.Shape(["german", "english", "joint", "contexts", "articleContext"], optional: ["articleContext"])
    static let storedFlag = JSONLineScanner.Shape(["word", "flag"])
    static let flag = JSONLineScanner.Shape(["order", "finding"])
}

private extension JSONLineScanner {
    mutating func head() throws(JSONLineError) -> GlossaryStatistics.Head {
        var mode: TextRelation?, maxContexts = 0, units = 0
        try object(StoredShapes.head) { scanner, field throws(JSONLineError) in
            switch field {
            case 0: mode = try scanner.value(TextRelation.self)
            case 1: maxContexts = try scanner.integer()
            default: units = try scanner.integer()
            }
        }
        return GlossaryStatistics.Head(mode: mode!, maxContexts: maxContexts, units: units)
    }

    mutating func term() throws(JSONLineError) -> GlossaryStatistics.Term {
        var key = "", occurrence: TermOccurrence?, firstSeen: UInt64 = 0, forms: [String: Int] = [:], units = 0, bases: [String: Int] = [:]
        try object(StoredShapes.term) { scanner, field throws(JSONLineError) in
            switch field {
            case 0: key = try scanner.string()
            case 1: occurrence = try scanner.occurrence()
            case 2: firstSeen = try scanner.unsignedInteger()
            case 3: forms = try scanner.dictionary { scanner throws(JSONLineError) in try scanner.integer() }
            case 4: units = try scanner.integer()
            default: bases = try scanner.dictionary { scanner throws(JSONLineError) in try scanner.integer() }
            }
        }
        return GlossaryStatistics.Term(key: key, occurrence: occurrence!, firstSeen: firstSeen, forms: forms, units: units, bases: bases)
    }

    mutating func occurrence() throws(JSONLineError) -> TermOccurrence {
        var key = "", surface = "", base = "", stems: [String] = [], words: [String] = []
        var partOfSpeech: PartOfSpeech?, gender: GrammaticalGender?
        try object(StoredShapes.occurrence) { scanner, field throws(JSONLineError) in
            switch field {
            case 0: key = try scanner.string()
            case 1: surface = try scanner.string()
            case 2: base = try scanner.string()
            case 3: stems = try scanner.array { scanner throws(JSONLineError) in try scanner.string() }
            case 4: words = try scanner.array { scanner throws(JSONLineError) in try scanner.string() }
            case 5: partOfSpeech = try scanner.value(PartOfSpeech.self)
            default: gender = try scanner.value(GrammaticalGender.self)
            }
        }
        return TermOccurrence(key: key, surface: surface, base: base, stems: stems, words: words, partOfSpeech: partOfSpeech!, gender: gender)
    }

    mutating func pair() throws(JSONLineError) -> GlossaryStatistics.StoredPair {
        var german = 0, english = 0, joint = 0, contexts: [[UInt64]] = [], articleContext: [UInt64]?
        try object(StoredShapes.pair) { scanner, field throws(JSONLineError) in
            switch field {
            case 0: german = try scanner.integer()
            case 1: english = try scanner.integer()
            case 2: joint = try scanner.integer()
            case 3: contexts = try scanner.array { scanner throws(JSONLineError) in try scanner.numbers() }
            default: articleContext = try scanner.numbers()
            }
        }
        return GlossaryStatistics.StoredPair(german: german, english: english, joint: joint, contexts: contexts, articleContext: articleContext)
    }

    mutating func numbers() throws(JSONLineError) -> [UInt64] {
        try array { scanner throws(JSONLineError) in try scanner.unsignedInteger() }
    }

    mutating func flag() throws(JSONLineError) -> GlossaryStatistics.StoredFlag {
        var word = "", order: UInt64 = 0, finding = ""
        try object(StoredShapes.storedFlag) { scanner, field throws(JSONLineError) in
            switch field {
            case 0: word = try scanner.string()
            default:
                try scanner.object(StoredShapes.flag) { scanner, field throws(JSONLineError) in
                    if field == 0 { order = try scanner.unsignedInteger() } else { finding = try scanner.string() }
                }
            }
        }
        return GlossaryStatistics.StoredFlag(word: word, flag: GlossaryStatistics.Flag(order: order, finding: finding))
    }

    /// A string naming a case of `T`.
    mutating func value<T: RawRepresentable<String>>(_ type: T.Type) throws(JSONLineError) -> T {
        let column = self.column
        let name = try string()
        guard let value = T(rawValue: name) else { throw JSONLineError(column: column, message: "not a \(T.self): \(name)") }
        return value
    }
}
