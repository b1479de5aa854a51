#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A validated UTF-8 text: the bytes of one input file (or standard input) and the name to report it by.
///
/// Validation happens once, here, so every later stage can trust the bytes: invalid UTF-8 and binary
/// data are refused with the byte offset, line and column of the first offending byte, and so is a line
/// longer than `maximumLineBytes`.
public struct TextFile: Sendable {
    /// The longest line bitext reads: 10,000,000 bytes, the limit libxml2 puts on one XML text node
    /// (without `XML_PARSE_HUGE`). Every stage works line by line or sentence by sentence, and a sentence
    /// costs memory in proportion to its length many times over (tokens, features, offset maps: a
    /// 100 MB line took 1.7 GB to normalize and 3.5 GB to `run`); no prose has such lines, hostile and
    /// broken files do. A JSONL record, a PO entry and a paragraph are lines here.
    public static let maximumLineBytes = 10_000_000

    /// The name used in diagnostics: the path as given, or "<stdin>".
    public let name: String
    /// The UTF-8 bytes, with a leading byte-order mark kept (the normalizer reports its removal).
    public let bytes: [UInt8]

    /// Validates `bytes` as text.
    public init(name: String, bytes: [UInt8]) throws(InputError) {
        try TextFile.validate(bytes, name: name)
        self.name = name
        self.bytes = bytes
    }

    /// A text from a string (valid UTF-8 already; control characters are still refused as binary data).
    public init(name: String, string: String) throws(InputError) {
        try self.init(name: name, bytes: Array(string.utf8))
    }

    /// Reads and validates the file at `path`; `-` reads standard input.
    public static func read(path: String) throws(InputError) -> TextFile {
        try TextFile(name: path == "-" ? "<stdin>" : path, bytes: readBytes(path: path))
    }

    /// The bytes of the file at `path` (`-`: standard input), not validated: for readers that decode
    /// another encoding first (a PO file's charset).
    static func readBytes(path: String) throws(InputError) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, name: "<stdin>") }
        let fd = try InputFile.open(path)
        defer { close(fd) }
        return try readAll(fd: fd, name: path)
    }

    /// The text as a Swift string (valid by construction).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private static func readAll(fd: Int32, name: String) throws(InputError) -> [UInt8] {
        guard let bytes = FileBytes.read(fd: fd) else { throw InputError(file: name, reason: .unreadable(String(cString: strerror(errno)))) }
        return bytes
    }

    /// Whether `scalar` is a control character `validate` refuses as binary data (C0 controls other
    /// than tab, line feed, form feed and carriage return, and DEL): the glossary writers escape or
    /// replace these, so that what bitext writes it reads back.
    static func refuses(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\u{0C}" && scalar != "\r" || scalar.value == 0x7F
    }

    /// Checks UTF-8 well-formedness (shortest forms, no surrogates, ≤ U+10FFFF) and refuses control
    /// bytes other than tab, line feed, form feed and carriage return, which only binary files contain.
    ///
    /// - Complexity: O(n).
    static func validate(_ bytes: [UInt8], name: String) throws(InputError) {
        let count = bytes.count
        var i = 0
        var line = 1
        var lineStart = 0
        func position(_ offset: Int) -> (Int, Int) {
            // Column counts scalars from the line start (1-based).
            var column = 1
            var j = lineStart
            while j < offset {
                if bytes[j] & 0xC0 != 0x80 { column += 1 }
                j += 1
            }
            return (line, column)
        }
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D || b == 0x7F {
                    let (l, c) = position(i)
                    throw InputError(file: name, reason: .binary(byteOffset: i, line: l, column: c))
                }
                if b == 0x0A {
                    if i - lineStart > maximumLineBytes {
                        throw InputError(file: name, reason: .lineTooLong(line: line, bytes: i - lineStart))
                    }
                    line += 1
                    lineStart = i + 1
                }
                i += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; scalar = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(b & 0x07); minimum = 0x10000
            default:
                let (l, c) = position(i)
                throw InputError(file: name, reason: .invalidUTF8(byteOffset: i, line: l, column: c))
            }
            if i + length > count {
                let (l, c) = position(i)
                throw InputError(file: name, reason: .invalidUTF8(byteOffset: i, line: l, column: c))
            }
            for k in 1..<length {
                let next = bytes[i + k]
                if next & 0xC0 != 0x80 {
                    let (l, c) = position(i)
                    throw InputError(file: name, reason: .invalidUTF8(byteOffset: i, line: l, column: c))
                }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                let (l, c) = position(i)
                throw InputError(file: name, reason: .invalidUTF8(byteOffset: i, line: l, column: c))
            }
            i += length
        }
        if count - lineStart > maximumLineBytes {
            throw InputError(file: name, reason: .lineTooLong(line: line, bytes: count - lineStart))
        }
    }
}
