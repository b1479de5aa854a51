/// Reads one line of a prepare stage's key file (`ArticleKeys`' Codable form: `[words, [surface,
/// key, …], …]`) straight from its bytes. The pair stage reads the keys of every article of a
/// corpus, about 20 KB of JSON per German article, more than once; Foundation's `JSONDecoder` took
/// most of the stage's time and memory on 100,000 articles per side.
///
/// Accepts any JSON of that shape (whitespace, every string escape), nothing else.
extension ArticleKeys {
    /// - Throws: `ArticleKeys.LineError` with the 1-based byte column where the line stops making sense.
    public init(jsonLine bytes: ArraySlice<UInt8>) throws(LineError) {
        var scanner = KeysLineScanner(bytes)
        try scanner.expect(UInt8(ascii: "["))
        let words = try scanner.integer()
        var units: [DocumentKeyExtractor.FoundUnit] = []
        while try scanner.nextElement(closing: UInt8(ascii: "]")) {
            try scanner.expect(UInt8(ascii: "["))
            guard try scanner.nextElement(closing: UInt8(ascii: "]"), first: true) else { throw scanner.error("a unit without its surface") }
            let surface = try scanner.string()
            var keys: [PairingKey] = []
            while try scanner.nextElement(closing: UInt8(ascii: "]")) {
                let column = scanner.column
                let stored = try scanner.string()
                guard let key = PairingKey(stored: stored) else { throw LineError(column: column, message: "not a pairing key: \(stored)") }
                keys.append(key)
            }
            units.append(DocumentKeyExtractor.FoundUnit(keys: keys, surface: surface))
        }
        try scanner.end()
        self.units = units
        self.words = words
    }

    /// Where and why a key line could not be read.
    public struct LineError: Error, Sendable {
        public let column: Int
        public let message: String
    }
}

/// A cursor over one JSON line holding arrays of strings and one integer.
private struct KeysLineScanner {
    private let bytes: ArraySlice<UInt8>
    private var at: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        at = bytes.startIndex
    }

    var column: Int { at - bytes.startIndex + 1 }

    func error(_ message: String) -> ArticleKeys.LineError { ArticleKeys.LineError(column: column, message: message) }

    private mutating func skipSpace() {
        while at < bytes.endIndex {
            switch bytes[at] {
            case 0x20, 0x09, 0x0D, 0x0A: at += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8) throws(ArticleKeys.LineError) {
        skipSpace()
        guard at < bytes.endIndex, bytes[at] == byte else { throw error("expected \(Character(Unicode.Scalar(byte)))") }
        at += 1
    }

    /// Inside an array: true when another element follows (its separator consumed), false at the
    /// closing bracket (consumed). `first`: no comma before the element.
    mutating func nextElement(closing: UInt8, first: Bool = false) throws(ArticleKeys.LineError) -> Bool {
        skipSpace()
        guard at < bytes.endIndex else { throw error("unexpected end of line") }
        if bytes[at] == closing {
            at += 1
            return false
        }
        if !first {
            try expect(UInt8(ascii: ","))
            skipSpace()
        }
        return true
    }

    mutating func end() throws(ArticleKeys.LineError) {
        skipSpace()
        guard at == bytes.endIndex else { throw error("text after the record") }
    }

    mutating func integer() throws(ArticleKeys.LineError) -> Int {
        skipSpace()
        let start = at
        var value = 0
        while at < bytes.endIndex, (0x30...0x39).contains(bytes[at]), at - start < 18 {
            value = value * 10 + Int(bytes[at] - 0x30)
            at += 1
        }
        guard at > start else { throw error("expected a word count") }
        return value
    }

    /// A JSON string; the fast path slices it when it has no escapes.
    mutating func string() throws(ArticleKeys.LineError) -> String {
        skipSpace()
        guard at < bytes.endIndex, bytes[at] == UInt8(ascii: "\"") else { throw error("expected a string") }
        at += 1
        let start = at
        while at < bytes.endIndex, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") { at += 1 }
        guard at < bytes.endIndex else { throw error("unterminated string") }
        if bytes[at] == UInt8(ascii: "\"") {
            at += 1
            return String(decoding: bytes[start..<at - 1], as: UTF8.self)
        }
        var decoded = Array(bytes[start..<at])
        while true {
            guard at < bytes.endIndex else { throw error("unterminated string") }
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try unescape(into: &decoded)
            default:
                decoded.append(byte)
            }
        }
    }

    private mutating func unescape(into decoded: inout [UInt8]) throws(ArticleKeys.LineError) {
        guard at < bytes.endIndex else { throw error("unterminated escape") }
        let byte = bytes[at]
        at += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar), at + 1 < bytes.endIndex, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") {
                at += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
                scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
            }
            guard let value = Unicode.Scalar(scalar) else { throw error("unpaired surrogate") }
            decoded.append(contentsOf: Array(String(Character(value)).utf8))
        default:
            throw error("unknown escape")
        }
    }

    private mutating func hexQuad() throws(ArticleKeys.LineError) -> UInt32 {
        guard at + 4 <= bytes.endIndex else { throw error("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[at]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("bad \\u escape")
            }
            value = value << 4 | digit
            at += 1
        }
        return value
    }
}
