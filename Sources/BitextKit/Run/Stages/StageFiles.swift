import Foundation

/// Reading and writing the files stages hand each other: one JSON value per file, or JSON Lines
/// (one record per line) for long lists, so a stage can stream a list without holding it whole.
/// Every file is written under a temporary name and renamed into place, so a stage killed by the
/// scheduler leaves no complete-looking output that a rerun would skip.
public enum StageFiles {
    /// Writes `value` as JSON to `path`.
    public static func write<T: Encodable>(_ value: T, to path: String) throws {
        try writeAtomically(Array(try encoder().encode(value)), to: path)
    }

    /// Reads a JSON value written by `write`.
    public static func read<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(try bytes(path)))
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(file: path, reason: .malformed(line: 1, column: 1, message: "not a stage file of this bitext: \(describe(error))"))
        }
    }

    /// Writes `records` as JSON Lines to `path`.
    public static func writeLines<T: Encodable>(_ records: some Sequence<T>, to path: String) throws {
        let encoder = encoder()
        var bytes: [UInt8] = []
        for record in records {
            bytes += try encoder.encode(record)
            bytes.append(0x0A)
        }
        try writeAtomically(bytes, to: path)
    }

    /// Writes the records `records` hands its body as JSON Lines to `path`: one record's JSON at a
    /// time, never a tree of them all (Foundation's encoder builds one of the value it is given).
    public static func writeLines<T: Encodable>(_ type: T.Type, to path: String, _ records: (_ emit: (T) throws -> Void) throws -> Void) throws {
        let encoder = encoder()
        try writeLines(type, to: path, writing: { record, bytes in bytes += try encoder.encode(record) }, records)
    }

    /// The same with a direct writer: `write` appends a record's JSON, as `JSONEncoder` with these
    /// files' settings would (`GlossaryStatistics.StoredLine.writeJSON`: millions of lines per shard).
    public static func writeLines<T>(_ type: T.Type, to path: String, writing write: (T, inout [UInt8]) throws -> Void,
                                     _ records: (_ emit: (T) throws -> Void) throws -> Void) throws {
        var bytes: [UInt8] = []
        try withoutActuallyEscaping(write) { write in
            try records { record in
                try write(record, &bytes)
                bytes.append(0x0A)
            }
        }
        try writeAtomically(bytes, to: path)
    }

    /// Calls `body` with each record of a JSON Lines file, in order.
    public static func forEachLine<T: Decodable>(_ type: T.Type, in path: String, _ body: (T) throws -> Void) throws {
        try forEachLine(type, in: path, only: { _ in true }) { _, record in try body(record) }
    }

    /// Calls `body` with the 0-based position and the record of each line whose position `only`
    /// accepts; the other lines are not decoded.
    public static func forEachLine<T: Decodable>(_ type: T.Type, in path: String, only: (Int) -> Bool,
                                                 _ body: (Int, T) throws -> Void) throws {
        try forEachLine(type, in: path, where: { position, _ in only(position) }, body)
    }

    /// Calls `body` with the 1-based line number and the record of each line of a JSON Lines file
    /// whose bytes `selecting` accepts, parsed by `parse` from the line's bytes (for records too many
    /// for Foundation's decoder: `ArticleKeys(jsonLine:)`, `GlossaryStatistics.StoredLine(jsonLine:)`).
    /// A parse error becomes an `InputError` at the line and the error's column.
    public static func forEachLine<T>(in path: String, selecting: (ArraySlice<UInt8>) -> Bool = { _ in true },
                                      parse: (ArraySlice<UInt8>) throws(JSONLineError) -> T,
                                      _ body: (_ line: Int, T) throws -> Void) throws {
        try forEachLine(in: path, where: { _, bytes in selecting(bytes) }, parse: parse) { position, record in try body(position + 1, record) }
    }

    /// The one walk over a JSON Lines file: lines are read one at a time (`FileLines`: a file of
    /// millions of lines is neither held whole nor cut into an array of them), empty lines are skipped
    /// but counted (errors point at the line an editor shows), and a line that `accepts` (position,
    /// bytes) is parsed and handed to `body` with its 0-based position.
    private static func forEachLine<T>(in path: String, where accepts: (Int, ArraySlice<UInt8>) -> Bool,
                                       parse: (ArraySlice<UInt8>) throws(JSONLineError) -> T, _ body: (Int, T) throws -> Void) throws {
        var line = 0
        try FileLines.forEach(in: path) { slice in
            line += 1
            guard !slice.isEmpty, accepts(line - 1, slice) else { return }
            let record: T
            do throws(JSONLineError) {
                record = try parse(slice)
            } catch {
                throw InputError(file: path, reason: .malformed(line: line, column: error.column, message: "not a stage record of this bitext: \(error.message)"))
            }
            try body(line - 1, record)
        }
    }

    /// The walk with Foundation's decoder: a line it refuses is reported at column 1.
    private static func forEachLine<T: Decodable>(_ type: T.Type, in path: String, where accepts: (Int, ArraySlice<UInt8>) -> Bool,
                                                  _ body: (Int, T) throws -> Void) throws {
        let decoder = JSONDecoder()
        try forEachLine(in: path, where: accepts, parse: { slice throws(JSONLineError) in
            do {
                return try decoder.decode(type, from: Data(slice))
            } catch {
                throw JSONLineError(column: 1, message: describe(error))
            }
        }, body)
    }

    /// All records of a JSON Lines file.
    public static func readLines<T: Decodable>(_ type: T.Type, from path: String) throws -> [T] {
        var records: [T] = []
        try forEachLine(type, in: path) { records.append($0) }
        return records
    }

    /// What is wrong with `name`, a file name read from a stage file, as a relative path inside the
    /// folder it names a file of: nil if nothing, else the 1-based column (in characters) where the
    /// trouble starts and why. Stage files name the report files that `align` writes and `merge`
    /// reads and copies; a damaged or tampered work folder must not make them reach outside.
    public static func pathProblem(_ name: String) -> (column: Int, message: String)? {
        if name.isEmpty { return (1, "an empty name") }
        if let bad = name.firstIndex(where: { $0.unicodeScalars.contains { $0 == "\0" || $0 == "\n" } }) {  // also in "\r\n"
            return (name.distance(from: name.startIndex, to: bad) + 1, "a NUL or line break")
        }
        if name.hasPrefix("/") { return (1, "an absolute path") }
        var column = 1
        for component in name.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { return (column, "an empty path component (\"//\" or a trailing \"/\")") }
            if component == ".." { return (column, "a \"..\" path component") }
            column += component.count + 1
        }
        return nil
    }

    /// The part of `name` (a relative path checked by `pathProblem`) below `folder` that is not a
    /// real folder or, at its end, a regular file: a symbolic link anywhere along it, or a pipe or
    /// device at its end. nil when every part is what `align` writes. `merge` copies these files into
    /// OUT, and a link planted in a work folder would copy whatever it points to.
    public static func linkProblem(_ name: String, in folder: String) -> String? {
        var path = folder
        let components = name.split(separator: "/")
        for (index, component) in components.enumerated() {
            path += "/" + component
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }  // missing: the reader says so
            let kind = info.st_mode & S_IFMT
            if kind == S_IFLNK { return "\(path) is a symbolic link" }
            let isLast = index == components.count - 1
            if isLast ? kind != S_IFREG : kind != S_IFDIR { return "\(path) is not a \(isLast ? "regular file" : "folder")" }
        }
        return nil
    }

    /// A decoding error in words: which field is missing or of the wrong kind, not Foundation's
    /// debug description with its coding path dump.
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func field(_ path: [CodingKey]) -> String {
            "\"" + path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." } + "\""
        }
        switch error {
        case let .keyNotFound(key, context):
            return "missing field \(field(context.codingPath + [key]))"
        case let .valueNotFound(_, context):
            return context.codingPath.isEmpty ? "null, expected a JSON object" : "field \(field(context.codingPath)) is null"
        case let .typeMismatch(type, context):
            let expected = type is String.Type ? "a string" : type is Bool.Type ? "true or false"
                : (type is any Numeric.Type) ? "a number" : type is [Any].Type ? "a list" : "an object"
            return context.codingPath.isEmpty ? "not a JSON object" : "field \(field(context.codingPath)) is not \(expected)"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "not valid JSON" : "field \(field(context.codingPath)) has a value out of range or unknown"
        @unknown default:
            return "\(error)"
        }
    }

    /// Writes `bytes` to `path` through a temporary sibling and a rename, making parent folders.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = path + ".partial-\(getpid())"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw InputError(file: path, reason: .unreadable("cannot move into place")) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError(file: path, reason: .unreadable("cannot write: \(error)"))
        }
    }

    private static func bytes(_ path: String) throws -> [UInt8] {
        try FileBytes.readRegular(path: path)
    }

    /// Sorted keys: equal values give equal files, so a scheduler comparing checksums sees no change.
    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
