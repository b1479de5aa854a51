/// Finds text damaged on its way through an encoder: UTF-8 bytes read as Windows-1252 ("Ã¤" for
/// "ä", "â€ž" for "„"), and the stand-ins decoders and translation systems print for a character they
/// could not handle (U+FFFD "�"; U+2047 "⁇", which SentencePiece-based systems emit for a letter
/// outside their vocabulary, as in "⁇ rzte" for "Ärzte").
///
/// Mojibake is recognized by decoding: a run of Latin-1 and Windows-1252 characters whose byte
/// values form one valid multi-byte UTF-8 sequence. German text never spells such a pair on purpose
/// ("Ã" is followed by a continuation byte's character only when "ä" … "ß" were misread), and the
/// decoded character must be one text plausibly held (`isPlausible`); the repaired text is the
/// suggestion.
///
/// With a `MacRomanMisreading`, letters whose Latin-1 bytes were read as Mac Roman are damage too.
struct EncodingDamageDetector: Sendable {
    /// How the text was damaged.
    enum Kind: Equatable, Sendable {
        /// UTF-8 read as Windows-1252 ("Ã¤").
        case misreadUTF8
        /// Latin-1 read as Mac Roman ("Ver‰nderungen").
        case misreadLatin1
        /// A stand-in mark for a character that was lost ("⁇ rzte").
        case lostCharacter
    }

    /// One damaged place: scalar offsets, and the repaired text where the damage can be undone.
    struct Damage: Equatable, Sendable {
        let range: Range<Int>
        let repair: String?
        let kind: Kind
    }

    private let macRoman: MacRomanMisreading?

    init(macRoman: MacRomanMisreading? = nil) {
        self.macRoman = macRoman
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F (Latin-1 has control codes there).
    private static let windows1252High: [Unicode.Scalar: UInt8] = {
        let scalars: [UInt32] = [0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                                 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178]
        var table: [Unicode.Scalar: UInt8] = [:]
        for (offset, value) in scalars.enumerated() {
            if let scalar = Unicode.Scalar(value), value != 0 { table[scalar] = UInt8(0x80 + offset) }
        }
        return table
    }()

    /// Stand-ins for a character that was lost.
    static func isReplacementMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FFFD}" || scalar == "\u{2047}"
    }

    /// The byte a misread character stood for, when it can stand for one of UTF-8's non-ASCII bytes.
    private static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return nil }
        if value <= 0xFF { return UInt8(value) }
        return value < 0x152 ? nil : windows1252High[scalar]
    }

    /// How many continuation bytes a UTF-8 lead byte takes (nil for a byte that cannot lead).
    private static func continuationCount(lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: return 1
        case 0xE0...0xEF: return 2
        case 0xF0...0xF4: return 3
        default: return nil
        }
    }

    /// Every damaged place, in text order; a word read as Mac Roman only where no other damage is.
    func damages(in scalars: [Unicode.Scalar]) -> [Damage] {
        let misread = misreadUTF8AndLost(in: scalars)
        guard let macRoman else { return misread }
        let ranges = misread.map(\.range)
        let latin1 = macRoman.damages(in: scalars).filter { !ranges.anyOverlaps($0.range) }
        return (misread + latin1).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func misreadUTF8AndLost(in scalars: [Unicode.Scalar]) -> [Damage] {
        var result: [Damage] = []
        var index = 0
        while index < scalars.count {
            if Self.isReplacementMark(scalars[index]) {
                let range = Self.lostCharacterSpan(at: index, scalars)
                result.append(Damage(range: range, repair: nil, kind: .lostCharacter))
                index = range.upperBound
            } else if let range = Self.mojibakeRun(at: index, scalars) {
                let bytes = scalars[range].compactMap(Self.byte)
                result.append(Damage(range: range, repair: String(validating: bytes, as: UTF8.self), kind: .misreadUTF8))
                index = range.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    /// A run of misread sequences starting at `index` ("Ã¤", "â€ž", "Ã¶Ã¤"), or nil.
    private static func mojibakeRun(at index: Int, _ scalars: [Unicode.Scalar]) -> Range<Int>? {
        var end = index
        while let next = sequenceEnd(at: end, scalars) { end = next }
        return end > index ? index..<end : nil
    }

    /// The end of one misread UTF-8 sequence at `index`: a lead byte's character, then exactly the
    /// continuation bytes' characters it needs.
    private static func sequenceEnd(at index: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        guard index < scalars.count, let lead = byte(scalars[index]), let count = continuationCount(lead: lead),
              index + count < scalars.count else { return nil }
        var bytes = [lead]
        for offset in 1...count {
            guard let continuation = byte(scalars[index + offset]), (0x80...0xBF).contains(continuation) else { return nil }
            bytes.append(continuation)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first,
              isPlausible(decoded, byteCount: bytes.count) else { return nil }
        return index + count + 1
    }

    /// Whether a decoded character is one that text plausibly held: Latin letters and signs for two
    /// bytes, typographic punctuation and signs for three, pictographs for four. The test keeps
    /// correct German out: "ß" before a closing quote („Gruß“) reads as the bytes DF 93, valid UTF-8
    /// for an N'Ko letter.
    private static func isPlausible(_ decoded: Unicode.Scalar, byteCount: Int) -> Bool {
        switch byteCount {
        case 2: return (0xA0...0x24F).contains(decoded.value)
        case 3: return (0x2000...0x206F).contains(decoded.value) || decoded.value == 0x20AC || decoded.value == 0x2122
        default: return decoded.value >= 0x1F000
        }
    }

    /// The lost character's mark with the word it broke: letters joined to it on the left, and on the
    /// right the letters after it, also across the one space systems put after the mark ("⁇ rzte").
    private static func lostCharacterSpan(at index: Int, _ scalars: [Unicode.Scalar]) -> Range<Int> {
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        var end = index + 1
        if end + 1 < scalars.count, scalars[end] == " ", scalars[end + 1].properties.isLowercase { end += 1 }
        guard end < scalars.count, scalars[end].properties.isAlphabetic else { return start..<(index + 1) }
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        return start..<end
    }
}
