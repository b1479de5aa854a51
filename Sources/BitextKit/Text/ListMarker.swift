/// An enumeration marker at the start of a list item: "1.", "2)", "3.)", "a.", "b)", "II.", optionally
/// after a bullet ("• 9.", "⁃10."). A marker alone is never a sentence, and a run of items written on
/// one line ("1) first 2) second") is split before each next marker.
struct ListMarker: Equatable {
    enum Value: Equatable {
        case number(Int)
        case letter(UInt8)
        case roman
    }

    let value: Value
    /// The bytes after the value: ".", ")" or ".)".
    let style: [UInt8]
    /// The marker's range including a bullet before it.
    let range: Range<Int>

    /// Bullets that introduce list items.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2022}" || scalar == "\u{2043}" || scalar == "\u{25CF}" || scalar == "\u{25AA}" || scalar == "\u{2023}"
    }

    /// Parses a marker at `start` (after optional spaces), ending at whitespace or `limit`.
    static func parse(at start: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ListMarker? {
        var cursor = start
        while cursor < limit, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x09 || bytes[cursor] == 0x0D { cursor += 1 }
        let markerStart = cursor
        if cursor < limit {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: cursor)
            if isBullet(scalar) {
                cursor += length
                while cursor < limit, bytes[cursor] == 0x20 { cursor += 1 }
            }
        }
        var valueEnd = cursor
        while valueEnd < limit, valueEnd - cursor < 4, Token.isDigit(bytes[valueEnd]) { valueEnd += 1 }
        let value: Value
        if valueEnd > cursor {
            var number = 0
            for byte in bytes[cursor..<valueEnd] { number = number * 10 + Int(byte - 0x30) }
            value = .number(number)
        } else if cursor < limit, Token.isASCIILetter(bytes[cursor]), cursor + 1 < limit,
                  bytes[cursor + 1] == UInt8(ascii: ".") || bytes[cursor + 1] == UInt8(ascii: ")") {
            value = .letter(bytes[cursor] | 0x20)
            valueEnd = cursor + 1
        } else {
            while valueEnd < limit, valueEnd - cursor < 5, isRomanDigit(bytes[valueEnd]) { valueEnd += 1 }
            guard valueEnd > cursor, valueEnd < limit, bytes[valueEnd] == UInt8(ascii: ".") else { return nil }
            value = .roman
        }
        var styleEnd = valueEnd
        while styleEnd < limit, styleEnd - valueEnd < 2, bytes[styleEnd] == UInt8(ascii: ".") || bytes[styleEnd] == UInt8(ascii: ")") {
            styleEnd += 1
        }
        guard styleEnd > valueEnd else { return nil }
        // The marker must end the token: "3.5" or "a.m." are not markers.
        if styleEnd < limit, bytes[styleEnd] != 0x20, bytes[styleEnd] != 0x0A { return nil }
        return ListMarker(value: value, style: Array(bytes[valueEnd..<styleEnd]), range: markerStart..<styleEnd)
    }

    private static func isRomanDigit(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X")
    }

    /// Whether `other` is the item right after this one ("1." → "2.", "a)" → "b)").
    func isFollowed(by other: ListMarker) -> Bool {
        guard other.style == style else { return false }
        switch (value, other.value) {
        case let (.number(a), .number(b)): return b == a + 1
        case let (.letter(a), .letter(b)): return b == a + 1
        default: return false
        }
    }
}
