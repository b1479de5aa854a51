import Foundation

/// One record of a JSONL input file, e.g. `{"id": 7, "text": "…"}` for `split --batch`.
public struct JSONLRecord {
    public let file: String
    public let line: Int
    public let fields: [String: Any]

    /// The record's "id" re-encoded as JSON (a string or a number), or the line number when absent.
    public var rawID: [UInt8] {
        switch fields["id"] {
        case let text as String:
            var bytes: [UInt8] = []
            JSONLine.appendString(text, to: &bytes)
            return bytes
        case let number as NSNumber:
            return Array(number.stringValue.utf8)
        default:
            return Array(String(line).utf8)
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
        var lineNumber = 0
        for line in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line), options: [])
            } catch {
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "not a JSON object"))
            }
            guard let fields = object as? [String: Any] else {
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "expected a JSON object"))
            }
            records.append(JSONLRecord(file: file.name, line: lineNumber, fields: fields))
        }
        return records
    }
}
