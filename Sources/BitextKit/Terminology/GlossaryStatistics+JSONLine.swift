/// One line of a shard's glossary counts (`GlossaryStatistics.StoredLine`) read and written
/// straight from and to its bytes. The glossary step reads every shard's counts twice, 10.2 GB of
/// them at 100,000 articles per side; Foundation's `JSONDecoder` took most of its 1,193 CPU seconds,
/// and `JSONEncoder` a large share of each `glossary-counts` job.
///
/// Reading accepts any JSON `JSONEncoder` writes for a stored line (fields in any order, whitespace,
/// every string escape) and gives the record `JSONDecoder` gives; it refuses the rest
/// (`JSONLineScanner`). Writing gives the bytes `JSONEncoder` gives with the stage files' settings
/// (sorted keys, slashes unescaped: `StageFiles`), so the counts files are what they were.
extension GlossaryStatistics.StoredLine {
    /// - Throws: `JSONLineError` with the 1-based byte column where the line stops making sense.
    init(jsonLine bytes: ArraySlice<UInt8>) throws(JSONLineError) {
        self = try JSONLineScanner.read(bytes) { scanner throws(JSONLineError) in
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
            return line
        }
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

extension GlossaryStatistics.StoredLine {
    /// Appends the line's JSON (no newline), as `JSONEncoder` with `[.sortedKeys,
    /// .withoutEscapingSlashes]` writes it: keys in UTF-8 byte order, absent optionals left out.
    func writeJSON(to bytes: inout [UInt8]) {
        var object = ObjectWriter()
        if let english { object.key("english", &bytes); english.writeJSON(to: &bytes) }
        if let flag {
            object.key("flag", &bytes)
            var stored = ObjectWriter(), inner = ObjectWriter()
            stored.key("flag", &bytes)
            inner.key("finding", &bytes); ObjectWriter.string(flag.flag.finding, &bytes)
            inner.key("order", &bytes); ObjectWriter.number(flag.flag.order, &bytes)
            inner.close(&bytes)
            stored.key("word", &bytes); ObjectWriter.string(flag.word, &bytes)
            stored.close(&bytes)
        }
        if let german { object.key("german", &bytes); german.writeJSON(to: &bytes) }
        if let head {
            object.key("head", &bytes)
            var inner = ObjectWriter()
            inner.key("maxContexts", &bytes); ObjectWriter.number(head.maxContexts, &bytes)
            inner.key("mode", &bytes); ObjectWriter.string(head.mode.rawValue, &bytes)
            inner.key("units", &bytes); ObjectWriter.number(head.units, &bytes)
            inner.close(&bytes)
        }
        if let pair {
            object.key("pair", &bytes)
            var inner = ObjectWriter()
            if let context = pair.articleContext { inner.key("articleContext", &bytes); ObjectWriter.array(context, &bytes, ObjectWriter.number) }
            inner.key("contexts", &bytes)
            ObjectWriter.array(pair.contexts, &bytes) { context, bytes in ObjectWriter.array(context, &bytes, ObjectWriter.number) }
            inner.key("english", &bytes); ObjectWriter.number(pair.english, &bytes)
            inner.key("german", &bytes); ObjectWriter.number(pair.german, &bytes)
            inner.key("joint", &bytes); ObjectWriter.number(pair.joint, &bytes)
            inner.close(&bytes)
        }
        if let sentence { object.key("sentence", &bytes); ObjectWriter.string(sentence, &bytes) }
        object.close(&bytes)
    }
}

private extension GlossaryStatistics.Term {
    func writeJSON(to bytes: inout [UInt8]) {
        var object = ObjectWriter(), inner = ObjectWriter()
        object.key("bases", &bytes); ObjectWriter.counts(bases, &bytes)
        object.key("firstSeen", &bytes); ObjectWriter.number(firstSeen, &bytes)
        object.key("forms", &bytes); ObjectWriter.counts(forms, &bytes)
        object.key("key", &bytes); ObjectWriter.string(key, &bytes)
        object.key("occurrence", &bytes)
        inner.key("base", &bytes); ObjectWriter.string(occurrence.base, &bytes)
        if let gender = occurrence.gender { inner.key("gender", &bytes); ObjectWriter.string(gender.rawValue, &bytes) }
        inner.key("key", &bytes); ObjectWriter.string(occurrence.key, &bytes)
        inner.key("partOfSpeech", &bytes); ObjectWriter.string(occurrence.partOfSpeech.rawValue, &bytes)
        inner.key("stems", &bytes); ObjectWriter.array(occurrence.stems, &bytes, ObjectWriter.string)
        inner.key("surface", &bytes); ObjectWriter.string(occurrence.surface, &bytes)
        inner.key("words", &bytes); ObjectWriter.array(occurrence.words, &bytes, ObjectWriter.string)
        inner.close(&bytes)
        object.key("units", &bytes); ObjectWriter.number(units, &bytes)
        object.close(&bytes)
    }
}

/// Writes one JSON object of a stored line, as `JSONEncoder` does: the caller gives the keys in
/// sorted order and writes each value after its key.
private struct ObjectWriter {
    private var first = true

    /// `{"name":` or `,"name":` (field names need no escapes).
    mutating func key(_ name: StaticString, _ bytes: inout [UInt8]) {
        bytes.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    func close(_ bytes: inout [UInt8]) {
        if first { bytes.append(UInt8(ascii: "{")) }
        bytes.append(UInt8(ascii: "}"))
    }

    static func string(_ value: String, _ bytes: inout [UInt8]) {
        JSONLine.appendString(value, to: &bytes, escapes: .foundationEncoder)
    }

    static func number(_ value: some BinaryInteger, _ bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(value).utf8)
    }

    static func array<Element>(_ elements: [Element], _ bytes: inout [UInt8], _ element: (Element, inout [UInt8]) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element(value, &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A dictionary of counts: keys in UTF-8 byte order, as the encoder sorts them.
    static func counts(_ counts: [String: Int], _ bytes: inout [UInt8]) {
        var object = ObjectWriter()
        for (key, count) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            bytes.append(object.first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            object.first = false
            string(key, &bytes)
            bytes.append(UInt8(ascii: ":"))
            number(count, &bytes)
        }
        object.close(&bytes)
    }
}
