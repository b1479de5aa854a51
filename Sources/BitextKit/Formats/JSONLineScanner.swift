/// Where and why one line of a stage's JSON Lines file could not be read by a byte parser
/// (`ArticleKeys(jsonLine:)`, `GlossaryStatistics.StoredLine(jsonLine:)`); the stage reports it
/// as `file:line:column`.
public struct JSONLineError: Error, Sendable, Equatable {
    /// The 1-based byte column where the line stops making sense.
    public let column: Int
    public let message: String
    /// The line is JSON that Foundation's `JSONDecoder` would read but that `JSONEncoder` never
    /// writes for the record (a field the record does not have, a field twice, `null`, a whole
    /// number written with a fraction or exponent, a comma before a closing bracket, a byte order
    /// mark): the parsers refuse it on purpose, a stage file holding it was not written by a stage.
    public let isUnwrittenForm: Bool

    public init(column: Int, message: String, isUnwrittenForm: Bool = false) {
        self.column = column
        self.message = message
        self.isUnwrittenForm = isUnwrittenForm
    }
}

/// A cursor over one line of JSON, for the byte parsers of records that stages write millions of
/// (Foundation's `JSONDecoder` took most of the pair and glossary steps' time on 100,000 articles).
///
/// Reads the JSON `JSONEncoder` writes (any whitespace, every string escape, `\uXXXX` surrogate
/// pairs, fields in any order) and refuses, with the column, whatever `JSONDecoder` would refuse:
/// a raw control character or invalid UTF-8 in a string, a lone surrogate, a leading zero, a number
/// out of range. What the decoder reads but the encoder never writes is refused on purpose
/// (`JSONLineError.isUnwrittenForm`).
///
/// Scans the line's bytes in place (`read`): a scanner over an `ArraySlice` retained and released
/// the line's storage for every key and string it sliced; in place, parsing the glossary step's
/// counts lines went from 31 % to 22 % of its CPU time.
struct JSONLineScanner {
    /// The fields of one kind of object, by name; a field not in `optional` must be there.
    struct Shape {
        fileprivate let names: [[UInt8]]
        fileprivate let required: UInt64

        init(_ names: [String], optional: Set<String> = []) {
            precondition(names.count <= 64)
            self.names = names.map { Array($0.utf8) }
            var required: UInt64 = 0
            for (index, name) in names.enumerated() where !optional.contains(name) { required |= 1 << UInt64(index) }
            self.required = required
        }

        fileprivate func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
            // Lengths first: comparing byte by byte with every name was 1.5 % of the glossary step.
            names.firstIndex { $0.count == key.count && $0.elementsEqual(key) }
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads the record on `line` with `body`: a byte order mark before it and anything but
    /// whitespace after it are refused.
    static func read<Record>(_ line: ArraySlice<UInt8>, _ body: (inout JSONLineScanner) throws(JSONLineError) -> Record) throws(JSONLineError) -> Record {
        try line.withUnsafeBufferPointer { bytes throws(JSONLineError) in
            var scanner = JSONLineScanner(bytes)
            try scanner.begin()
            let record = try body(&scanner)
            try scanner.end()
            return record
        }
    }

    var column: Int { at + 1 }

    func error(_ message: String, unwritten: Bool = false) -> JSONLineError {
        JSONLineError(column: column, message: message, isUnwrittenForm: unwritten)
    }

    private mutating func skipSpace() {
        while at < bytes.endIndex {
            switch bytes[at] {
            case 0x20, 0x09, 0x0D, 0x0A: at += 1
            default: return
            }
        }
    }

    /// Refuses a byte order mark at the start of the line (the decoder skips one).
    private func begin() throws(JSONLineError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw error("a byte order mark", unwritten: true) }
    }

    mutating func expect(_ byte: UInt8) throws(JSONLineError) {
        skipSpace()
        guard at < bytes.endIndex, bytes[at] == byte else { throw error("expected \(Character(Unicode.Scalar(byte)))") }
        at += 1
    }

    /// Inside an array or object: true when another element follows (its separator consumed), false
    /// at the closing bracket (consumed). `first`: no comma before the element.
    mutating func nextElement(closing: UInt8, first: Bool = false) throws(JSONLineError) -> Bool {
        skipSpace()
        guard at < bytes.endIndex else { throw error("unexpected end of line") }
        if bytes[at] == closing {
            at += 1
            return false
        }
        if !first {
            try expect(UInt8(ascii: ","))
            skipSpace()
            if at < bytes.endIndex, bytes[at] == closing { throw error("a comma before the closing bracket", unwritten: true) }
        }
        return true
    }

    /// The elements of an array, each read by `element`.
    mutating func array<Element>(_ element: (inout JSONLineScanner) throws(JSONLineError) -> Element) throws(JSONLineError) -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        var first = true
        while try nextElement(closing: UInt8(ascii: "]"), first: first) {
            first = false
            elements.append(try element(&self))
        }
        return elements
    }

    /// An object of `shape`: `field` reads the value of each field met, given its index in the
    /// shape's names. A field the shape does not name, a field twice, a `null` and a missing
    /// required field are refused.
    mutating func object(_ shape: Shape, _ field: (inout JSONLineScanner, Int) throws(JSONLineError) -> Void) throws(JSONLineError) {
        var seen: UInt64 = 0
        try members { scanner, key, keyColumn throws(JSONLineError) in
            guard let index = shape.index(of: key) else {
                throw JSONLineError(column: keyColumn, message: "a field this record does not have: \(String(decoding: key, as: UTF8.self))",
                                    isUnwrittenForm: true)
            }
            guard seen & 1 << UInt64(index) == 0 else {
                throw JSONLineError(column: keyColumn, message: "the field \(String(decoding: key, as: UTF8.self)) twice", isUnwrittenForm: true)
            }
            seen |= 1 << UInt64(index)
            try field(&scanner, index)
        }
        let missing = shape.required & ~seen
        guard missing == 0 else {
            let name = String(decoding: shape.names[missing.trailingZeroBitCount], as: UTF8.self)
            throw JSONLineError(column: column - 1, message: "no field \(name)")
        }
    }

    /// An object of any keys, each a string (a dictionary's); `value` reads the value of each.
    mutating func dictionary<Value>(_ value: (inout JSONLineScanner) throws(JSONLineError) -> Value) throws(JSONLineError) -> [String: Value] {
        var result: [String: Value] = [:]
        try members { scanner, key, keyColumn throws(JSONLineError) in
            guard let text = String(validating: key, as: UTF8.self) else { throw JSONLineError(column: keyColumn, message: "a key that is not UTF-8") }
            // Before the value: the decoder keeps a key's first value and never reads the second.
            guard result[text] == nil else { throw JSONLineError(column: keyColumn, message: "the key \(text) twice", isUnwrittenForm: true) }
            result[text] = try value(&scanner)
        }
        return result
    }

    /// The members of an object: `member` gets each key's unescaped bytes and column, with the
    /// scanner at the value.
    private mutating func members(_ member: (inout JSONLineScanner, UnsafeBufferPointer<UInt8>, Int) throws(JSONLineError) -> Void) throws(JSONLineError) {
        try expect(UInt8(ascii: "{"))
        var first = true
        while try nextElement(closing: UInt8(ascii: "}"), first: first) {
            first = false
            let keyColumn = column
            let key = try stringBytes()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            // The first byte before the word: this runs for every field of millions of lines.
            if at < bytes.endIndex, bytes[at] == UInt8(ascii: "n"), bytes[at...].starts(with: "null".utf8) { throw error("null", unwritten: true) }
            try key.withBytes(of: bytes) { key throws(JSONLineError) in try member(&self, key, keyColumn) }
        }
    }

    private mutating func end() throws(JSONLineError) {
        skipSpace()
        guard at == bytes.endIndex else { throw error("text after the record") }
    }

    /// A JSON integer in `Int`'s range.
    mutating func integer() throws(JSONLineError) -> Int {
        let column = self.column
        let (negative, magnitude) = try wholeNumber()
        if negative {
            guard magnitude <= UInt64(Int.max) + 1 else { throw JSONLineError(column: column, message: "a number out of range") }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { throw JSONLineError(column: column, message: "a number out of range") }
        return Int(magnitude)
    }

    /// A JSON integer in `UInt64`'s range.
    mutating func unsignedInteger() throws(JSONLineError) -> UInt64 {
        let column = self.column
        let (negative, magnitude) = try wholeNumber()
        if negative {
            throw JSONLineError(column: column, message: "a negative number where none can be", isUnwrittenForm: magnitude == 0)
        }
        return magnitude
    }

    /// A sign and the magnitude of a JSON number without fraction or exponent.
    private mutating func wholeNumber() throws(JSONLineError) -> (negative: Bool, magnitude: UInt64) {
        skipSpace()
        let start = at
        let negative = at < bytes.endIndex && bytes[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        let digits = at
        var magnitude: UInt64 = 0, overflow = false
        while at < bytes.endIndex, (0x30...0x39).contains(bytes[at]) {
            let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(UInt64(bytes[at] - 0x30))
            magnitude = plus
            overflow = overflow || o1 || o2
            at += 1
        }
        guard at > digits else {
            at = start
            throw error("expected a number")
        }
        if bytes[digits] == 0x30, at - digits > 1 {
            at = start
            throw error("a number with a leading zero")
        }
        if at < bytes.endIndex, bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at = start
            throw error("a whole number written with a fraction or exponent", unwritten: true)
        }
        guard !overflow else {
            at = start
            throw error("a number out of range")
        }
        return (negative, magnitude)
    }

    /// A JSON string.
    mutating func string() throws(JSONLineError) -> String {
        skipSpace()
        let column = self.column
        return try stringBytes().withBytes(of: bytes) { utf8 throws(JSONLineError) in
            guard let string = String(validating: utf8, as: UTF8.self) else { throw JSONLineError(column: column, message: "a string that is not UTF-8") }
            return string
        }
    }

    /// A JSON string's bytes, unescaped: where they are in the line when it has no escapes.
    private enum StringBytes {
        case inLine(Range<Int>)
        case decoded([UInt8])

        /// Calls `body` with the bytes (not yet checked to be UTF-8); `line` is the scanner's line.
        func withBytes<Result>(of line: UnsafeBufferPointer<UInt8>,
                               _ body: (UnsafeBufferPointer<UInt8>) throws(JSONLineError) -> Result) throws(JSONLineError) -> Result {
            switch self {
            case .inLine(let range): return try body(UnsafeBufferPointer(rebasing: line[range]))
            case .decoded(let bytes): return try bytes.withUnsafeBufferPointer(body)
            }
        }
    }

    private mutating func stringBytes() throws(JSONLineError) -> StringBytes {
        skipSpace()
        guard at < bytes.endIndex, bytes[at] == UInt8(ascii: "\"") else { throw error("expected a string") }
        at += 1
        let start = at
        while at < bytes.endIndex, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 { at += 1 }
        guard at < bytes.endIndex else { throw error("unterminated string") }
        if bytes[at] == UInt8(ascii: "\"") {
            at += 1
            return .inLine(start..<at - 1)
        }
        var decoded = Array(bytes[start..<at])
        while true {
            guard at < bytes.endIndex else { throw error("unterminated string") }
            let byte = bytes[at]
            switch byte {
            case UInt8(ascii: "\""):
                at += 1
                return .decoded(decoded)
            case UInt8(ascii: "\\"):
                at += 1
                try unescape(into: &decoded)
            case ..<0x20:
                throw error("a control character in a string")
            default:
                at += 1
                decoded.append(byte)
            }
        }
    }

    /// The escape after a backslash (`at` past it); errors name the backslash's column.
    private mutating func unescape(into decoded: inout [UInt8]) throws(JSONLineError) {
        let column = self.column - 1
        guard at < bytes.endIndex else { throw JSONLineError(column: column, message: "unterminated escape") }
        let byte = bytes[at]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            at += 1
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar), at + 1 < bytes.endIndex, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") {
                at += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw JSONLineError(column: column, message: "unpaired surrogate") }
                scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
            }
            guard let value = Unicode.Scalar(scalar) else { throw JSONLineError(column: column, message: "unpaired surrogate") }
            UTF8.encode(value) { decoded.append($0) }
            return
        default:
            throw JSONLineError(column: column, message: "unknown escape")
        }
        at += 1
    }

    private mutating func hexQuad() throws(JSONLineError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard at < bytes.endIndex else { throw error("short \\u escape") }
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
