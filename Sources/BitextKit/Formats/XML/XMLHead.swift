/// The start of a file as text, for recognizing XML formats by their root element before parsing:
/// UTF-16 (by its byte-order mark, or by the zero bytes of an ASCII `<` in either order) is decoded,
/// anything else is read as UTF-8 with invalid bytes replaced.
enum XMLHead {
    static func text<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let head = Array(bytes)
        let bigEndian: Bool
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C]) {
            bigEndian = true
        } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00]) {
            bigEndian = false
        } else {
            return String(decoding: head, as: UTF8.self)
        }
        var units: [UInt16] = []
        units.reserveCapacity(head.count / 2)
        var i = 0
        while i + 1 < head.count {
            units.append(bigEndian ? UInt16(head[i]) << 8 | UInt16(head[i + 1]) : UInt16(head[i + 1]) << 8 | UInt16(head[i]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
