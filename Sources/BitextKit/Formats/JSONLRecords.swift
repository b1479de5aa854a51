import Foundation

/// One record of a JSONL input file, e.g. `{"id": 7, "text": "…"}` for `split --batch`.
public struct JSONLRecord {
    public let file: String
    public let line: Int
    public let fields: [String: Any]

    /// The record's "id" re-encoded as JSON (a string or a number), or the line number when absent.
    ///
    /// - Throws: `InputError` for an id of another type: `true` read as a number is 1, and `null` or
    ///   an array fell back to the line number, either colliding with another record's id.
    public var rawID: [UInt8] {
        get throws(InputError) {
            switch fields["id"] {
            case nil:
                return Array(String(line).utf8)
            case let text as String:
                var bytes: [UInt8] = []
                JSONLine.appendString(text, to: &bytes)
                return bytes
            // Foundation reads true and false as numbers too; their type code ("c", char) tells them apart.
            case let number as NSNumber where String(cString: number.objCType) != "c":
                return Array(number.stringValue.utf8)
            default:
                throw InputError(file: file, reason: .malformed(line: line, column: 1, message: "record's \"id\" is neither a string nor a number"))
            }
        }
    }

    /// A required string field; a missing or non-string field is an input error naming the line.
    public func string(_ key: String) throws(InputError) -> String {
        guard let value = fields[key] as? String else {
            throw InputError(file: file, reason: .malformed(line: line, column: 1, message: "record has no string field \"\(key)\""))
        }
        return value
    }
}

/// Parses JSONL: one JSON object per non-empty line.
public enum JSONLRecords {
    /// - Throws: `InputError` naming the line of the first malformed record.
    public static func parse(_ file: TextFile) throws(InputError) -> [JSONLRecord] {
        var records: [JSONLRecord] = []
        for (index, line) in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if let record = try record(line, number: index + 1, of: file) { records.append(record) }
        }
        return records
    }

    /// Calls `body` with each record in turn, so that a caller that needs one record at a time holds
    /// one: Foundation's dictionaries take some 30 times the bytes of their JSON, and `split --batch`
    /// of 8 MB of small records held 623 MB with all of them parsed first.
    ///
    /// - Throws: `InputError` naming the line of the first malformed record, or what `body` throws.
    public static func forEach(in file: TextFile, _ body: (JSONLRecord) throws -> Void) throws {
        for (index, line) in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if let record = try record(line, number: index + 1, of: file) { try body(record) }
        }
    }

    /// The record on line `number` of `file`, nil for a blank line.
    private static func record(_ line: ArraySlice<UInt8>, number lineNumber: Int, of file: TextFile) throws(InputError) -> JSONLRecord? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            let (column, reason) = place(of: error, in: line)
            throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: column, message: "not valid JSON: \(reason)"))
        }
        guard let fields = object as? [String: Any] else {
            throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "expected a JSON object"))
        }
        if let comma = trailingComma(line) {
            throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: column(line, byte: comma),
                                                                 message: "not valid JSON: a comma before the closing bracket"))
        }
        if let key = repeatedKey(line) {
            throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: column(line, byte: key.offset),
                                                                 message: "field \"\(key.name)\" given twice in the record"))
        }
        return JSONLRecord(file: file.name, line: lineNumber, fields: fields)
    }

    /// The byte offset and name of a key the record's top-level object has twice (`{"id": 1, "id": 2}`):
    /// Foundation's reader keeps the last silently, so one of two ids or texts would be dropped unsaid.
    /// Keys are compared as written (an escaped spelling of the same key is not caught).
    private static func repeatedKey(_ line: ArraySlice<UInt8>) -> (offset: Int, name: String)? {
        var seen = Set<ArraySlice<UInt8>>()
        var depth = 0
        var index = line.startIndex
        while index < line.endIndex {
            switch line[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                while index < line.endIndex, line[index] != UInt8(ascii: "\"") {
                    index += line[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                // A string at the top object's level followed by a colon is one of its keys.
                var next = index + 1
                while next < line.endIndex, [0x20, 0x09, 0x0D].contains(line[next]) { next += 1 }
                if depth == 1, next < line.endIndex, line[next] == UInt8(ascii: ":") {
                    let name = line[(start + 1)..<min(index, line.endIndex)]
                    if !seen.insert(name).inserted { return (start, String(decoding: name, as: UTF8.self)) }
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The 1-based column and reason of a `JSONSerialization` error on `line`. Its description places
    /// most errors "around character N" (a 0-based byte offset, in swift-corelibs-foundation); the rest
    /// (a lone surrogate, a number out of range) are placed nowhere, so at column 1.
    private static func place(of error: Error, in line: ArraySlice<UInt8>) -> (column: Int, reason: String) {
        var reason = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        if reason.hasSuffix(".") { reason.removeLast() }
        guard let around = reason.range(of: " around character "), let offset = Int(reason[around.upperBound...]) else { return (1, reason) }
        return (column(line, byte: line.startIndex + offset), String(reason[..<around.lowerBound]))
    }

    /// The byte offset of a comma that ends an object or array (`{"a": 1,}`): JSON has none, and
    /// Foundation's reader accepts it.
    private static func trailingComma(_ line: ArraySlice<UInt8>) -> Int? {
        var inString = false, escaped = false
        var comma: Int?
        for index in line.indices {
            let byte = line[index]
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0D: continue
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if let comma { return comma }
            case UInt8(ascii: "\""): inString = true
            default: break
            }
            comma = byte == UInt8(ascii: ",") ? index : nil
        }
        return nil
    }

    /// The 1-based column (in scalars, as `TextFile` counts them) of the byte at `index` of `line`.
    private static func column(_ line: ArraySlice<UInt8>, byte index: Int) -> Int {
        line[..<min(index, line.endIndex)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
