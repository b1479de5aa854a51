/// A whitespace-delimited token around a sentence-boundary candidate, without the opening brackets and
/// quotes before it. Used by `SentenceSplitter` to look up abbreviations; the linguistic tokenizer is
/// `WordTokenizer`.
struct Token {
    let range: Range<Int>

    func bytes(in buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        Array(buffer[range])
    }

    /// The token ending at byte `end` (exclusive); leading opening punctuation is skipped.
    static func before(_ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Token {
        var start = end
        while start > 0 {
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

    /// The token before byte `end`, skipping whitespace first; nil at the start of the text or when
    /// `allowEmpty` is false and only punctuation is found.
    static func before(_ end: Int, in bytes: UnsafeBufferPointer<UInt8>, allowEmpty: Bool) -> Token? {
        var cursor = end
        while cursor > 0 {
            let s = UTF8Scalars.start(before: cursor, in: bytes)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: s)
            guard UTF8Scalars.isSpace(scalar) else { break }
            cursor = s
        }
        if cursor == 0 { return nil }
        let token = before(cursor, in: bytes)
        return token.range.isEmpty && !allowEmpty ? nil : token
    }

    /// The token starting at the first non-space byte at or after `start`, with opening punctuation
    /// skipped; it runs to the next whitespace, trailing punctuation included ("B." must match "z. B.").
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
        while end < count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: end)
            if UTF8Scalars.isSpace(scalar) { break }
            end += length
        }
        return Token(range: cursor..<end)
    }

    /// The token's bytes without trailing punctuation and closing marks ("Februar," → "Februar").
    func word(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var end = range.upperBound
        while end > range.lowerBound {
            let s = UTF8Scalars.start(before: end, in: bytes)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: s)
            guard UTF8Scalars.isPunctuation(scalar) else { break }
            end = s
        }
        return Array(bytes[range.lowerBound..<end])
    }

    func startsLowercase(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !range.isEmpty else { return false }
        let (scalar, _) = UTF8Scalars.decode(bytes, at: range.lowerBound)
        return scalar.properties.isLowercase
    }

    func startsWithDigit(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = bytes[range.lowerBound]
        return first >= 0x30 && first <= 0x39
    }

    /// The token lower-cased if it is ASCII-only after its first letter (enough for the function
    /// words in `ordinal-context.txt`, which start sentences capitalized).
    func lowercasedASCIIOrSelf(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var word = self.bytes(in: bytes)
        if let first = word.first, first >= 0x41, first <= 0x5A { word[0] = first + 0x20 }
        return word
    }

    /// "27." — digits followed by the period.
    static func isNumber(_ word: [UInt8]) -> Bool {
        guard word.count >= 2, word.last == UInt8(ascii: ".") else { return false }
        return word.dropLast().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "W." (an initial) or "U.S." / "e.g." (letters each followed by a period).
    static func isInitialOrAcronym(_ word: [UInt8]) -> Bool {
        guard word.count >= 2, word.count % 2 == 0 else { return false }
        var index = 0
        while index < word.count {
            let letter = word[index]
            let isLetter = (letter >= 0x41 && letter <= 0x5A) || (letter >= 0x61 && letter <= 0x7A)
            guard isLetter, word[index + 1] == UInt8(ascii: ".") else { return false }
            index += 2
        }
        // A lone lower-case letter ("a.") is a list marker or a word, not an initial.
        return word.count > 2 || (word[0] >= 0x41 && word[0] <= 0x5A)
    }
}
