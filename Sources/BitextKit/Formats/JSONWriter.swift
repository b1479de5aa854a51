/// Writes JSON objects as single lines (JSONL) with keys in the order given, so output is
/// deterministic and diff-able. Strings are escaped per RFC 8259; non-ASCII is written as UTF-8.
public struct JSONLine {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var first = true

    public init() {}

    public mutating func field(_ key: String, _ value: String) {
        self.key(key)
        JSONLine.appendString(value, to: &bytes)
    }

    public mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func field(_ key: String, _ value: Double, decimals: Int = 4) {
        self.key(key)
        bytes.append(contentsOf: JSONLine.format(value, decimals: decimals).utf8)
    }

    public mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Adds a field whose value is already-encoded JSON (an array or object).
    public mutating func field(_ key: String, raw: [UInt8]) {
        self.key(key)
        bytes.append(contentsOf: raw)
    }

    /// The finished line, with its trailing newline.
    public func finished() -> [UInt8] {
        bytes + [UInt8(ascii: "}"), UInt8(ascii: "\n")]
    }

    /// The finished object without a newline, to nest inside another value.
    public func object() -> [UInt8] {
        bytes + [UInt8(ascii: "}")]
    }

    private mutating func key(_ key: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        JSONLine.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A fixed-precision decimal without trailing zeros ("0.93", "1", "0.5").
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return String(Int(rounded)) }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// How a string's control characters are written.
    public enum Escapes: Sendable {
        /// bitext's own files: DEL is legal raw in JSON, but bitext refuses it as binary data
        /// (`TextFile`): escaped, what bitext writes it reads back.
        case bitext
        /// As Foundation's `JSONEncoder` writes them (`\b` and `\f`, DEL raw), for files that must
        /// stay byte for byte what the encoder wrote (`GlossaryStatistics.StoredLine.writeJSON`).
        case foundationEncoder
    }

    /// Appends `value` as a quoted, escaped JSON string (`/` is not escaped).
    public static func appendString(_ value: String, to bytes: inout [UInt8], escapes: Escapes = .bitext) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plain = 0
            for (index, byte) in utf8.enumerated() {
                let escaped: [UInt8]
                switch byte {
                case UInt8(ascii: "\""): escaped = [0x5C, 0x22]
                case UInt8(ascii: "\\"): escaped = [0x5C, 0x5C]
                case 0x0A: escaped = [0x5C, UInt8(ascii: "n")]
                case 0x0D: escaped = [0x5C, UInt8(ascii: "r")]
                case 0x09: escaped = [0x5C, UInt8(ascii: "t")]
                case 0x08 where escapes == .foundationEncoder: escaped = [0x5C, UInt8(ascii: "b")]
                case 0x0C where escapes == .foundationEncoder: escaped = [0x5C, UInt8(ascii: "f")]
                case 0..<0x20: escaped = unicodeEscape(byte)
                case 0x7F where escapes == .bitext: escaped = unicodeEscape(byte)
                default: continue
                }
                bytes.append(contentsOf: utf8[plain..<index])
                bytes.append(contentsOf: escaped)
                plain = index + 1
            }
            bytes.append(contentsOf: utf8[plain...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\u00XX` for an ASCII byte.
    private static func unicodeEscape(_ byte: UInt8) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        return [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
    }

    /// A JSON array of already-encoded values.
    public static func array(_ items: [[UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: item)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
