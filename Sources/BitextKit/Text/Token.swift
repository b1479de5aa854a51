/// A whitespace-delimited token around a sentence-boundary candidate, without the opening brackets and
/// quotes before it. Used by `SentenceSplitter` to look up abbreviations; the linguistic tokenizer is
/// `WordTokenizer`.
struct Token {
    let range: Range<Int>

    /// The most bytes a token spans: longer than any abbreviation, initial or list marker the splitter
    /// looks up, so a longer run without whitespace is cut here and matches none of them. Without the cap,
    /// a text with no spaces ("Ja!Nein!Doch!…") made every candidate boundary walk back to its start.
    static let longest = 256

    /// The token ending at byte `end` (exclusive), at most `longest` bytes; leading opening punctuation
    /// is skipped.
    static func before(_ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Token {
        var start = end
        while start > 0, end - start < longest {
            let s = UTF8Scalars.start(before: start, in: bytes)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: s)
            if UTF8Scalars.isSpace(scalar) { break }
            start = s
        }
        while start < end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: start)
            guard UTF8Scalars.isOpening(scalar) else { break }
            start += length
        }
        return Token(range: start..<end)
    }

    /// The token before byte `end`, skipping whitespace first; nil at the start of the text.
    static func previous(_ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Token? {
        var cursor = end
        while cursor > 0 {
            let s = UTF8Scalars.start(before: cursor, in: bytes)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: s)
            guard UTF8Scalars.isSpace(scalar) else { break }
            cursor = s
        }
        return cursor == 0 ? nil : before(cursor, in: bytes)
    }

    /// The token starting at the first non-space byte at or after `start`, with opening punctuation
    /// skipped; it runs to the next whitespace, trailing punctuation included ("B." must match "z. B."),
    /// at most `longest` bytes.
    static func after(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Token? {
        var cursor = start
        let count = bytes.count
        while cursor < count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: cursor)
            guard UTF8Scalars.isSpace(scalar) || UTF8Scalars.isOpening(scalar) else { break }
            cursor += length
        }
        if cursor >= count { return nil }
        var end = cursor
        while end < count, end - cursor < longest {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: end)
            if UTF8Scalars.isSpace(scalar) { break }
            end += length
        }
        return Token(range: cursor..<end)
    }

    /// The token's range without trailing punctuation and closing marks ("Februar," → "Februar").
    func word(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound {
            let s = UTF8Scalars.start(before: end, in: bytes)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: s)
            guard UTF8Scalars.isPunctuation(scalar) else { break }
            end = s
        }
        return range.lowerBound..<end
    }

    func startsLowercase(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = bytes[range.lowerBound]
        if first < 0x80 { return first >= 0x61 && first <= 0x7A }
        return UTF8Scalars.decode(bytes, at: range.lowerBound).0.properties.isLowercase
    }

    func startsUppercase(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = bytes[range.lowerBound]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return UTF8Scalars.decode(bytes, at: range.lowerBound).0.properties.isUppercase
    }

    func startsWithDigit(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !range.isEmpty else { return false }
        return Self.isDigit(bytes[range.lowerBound])
    }

    /// The token with its first letter lower-cased if it is ASCII (enough for the function words in
    /// `ordinal-context.txt`, which start sentences capitalized).
    func lowercasedFirst(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var word = Array(bytes[range])
        if let first = word.first, first >= 0x41, first <= 0x5A { word[0] = first + 0x20 }
        return word
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// "27." — digits followed by the period.
    func isOrdinalNumber(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count >= 2, bytes[range.upperBound - 1] == UInt8(ascii: ".") else { return false }
        return bytes[range.lowerBound..<(range.upperBound - 1)].allSatisfy(Self.isDigit)
    }

    /// "-3." or "–3.": the end of an ordinal range such as "1. -3. Jahrhundert".
    func isOrdinalRangeEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count >= 3, bytes[range.lowerBound] == UInt8(ascii: "-") else { return false }
        return Token(range: (range.lowerBound + 1)..<range.upperBound).isOrdinalNumber(in: bytes)
    }

    /// "W." (an initial) or "U.S." / "e.g." (letters each followed by a period).
    func isInitialOrAcronym(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count >= 2, range.count % 2 == 0 else { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            guard Self.isASCIILetter(bytes[index]), bytes[index + 1] == UInt8(ascii: ".") else { return false }
            index += 2
        }
        // A lone lower-case letter ("a.") is a list marker or a word, not an initial.
        let first = bytes[range.lowerBound]
        return range.count > 2 || (first >= 0x41 && first <= 0x5A)
    }
}
