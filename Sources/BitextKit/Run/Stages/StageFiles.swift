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
            throw InputError(file: path, reason: .malformed(line: 1, column: 1, message: "not a stage file of this bitext: \(error)"))
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
        var bytes: [UInt8] = []
        try records { record in
            bytes += try encoder.encode(record)
            bytes.append(0x0A)
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

    /// Calls `body` with the 0-based position and the record of each line whose bytes `selecting`
    /// accepts; the other lines are not decoded.
    public static func forEachLine<T: Decodable>(_ type: T.Type, in path: String, selecting: (ArraySlice<UInt8>) -> Bool,
                                                 _ body: (Int, T) throws -> Void) throws {
        try forEachLine(type, in: path, where: { _, bytes in selecting(bytes) }, body)
    }

    /// The one walk over a JSON Lines file: lines are found one at a time (a file of millions of lines
    /// gets no array of them), empty lines are skipped, and a line that `accepts` (position, bytes)
    /// is decoded and handed to `body`.
    private static func forEachLine<T: Decodable>(_ type: T.Type, in path: String, where accepts: (Int, ArraySlice<UInt8>) -> Bool,
                                                  _ body: (Int, T) throws -> Void) throws {
        let decoder = JSONDecoder()
        let content = try bytes(path)
        var line = 0, start = content.startIndex
        while start < content.endIndex {
            let end = content[start...].firstIndex(of: 0x0A) ?? content.endIndex
            let slice = content[start..<end]
            start = end + 1
            line += 1
            guard !slice.isEmpty, accepts(line - 1, slice) else { continue }
            let record: T
            do {
                record = try decoder.decode(type, from: Data(slice))
            } catch {
                throw InputError(file: path, reason: .malformed(line: line, column: 1, message: "not a stage record of this bitext: \(error)"))
            }
            try body(line - 1, record)
        }
    }

    /// Calls `body` with each record of a JSON Lines file, parsed by `parse` from the line's bytes
    /// (for records too many for Foundation's decoder); `mapError` gives a parse error's 1-based
    /// column and message.
    public static func forEachLine<T, Failure: Error>(in path: String, parse: (ArraySlice<UInt8>) throws(Failure) -> T,
                                                     mapError: (Failure) -> (column: Int, message: String),
                                                     _ body: (T) throws -> Void) throws {
        let content = try bytes(path)
        var line = 0
        for slice in content.split(separator: 0x0A) {
            line += 1
            let record: T
            do {
                record = try parse(slice)
            } catch {
                let (column, message) = mapError(error)
                throw InputError(file: path, reason: .malformed(line: line, column: column, message: "not a stage record of this bitext: \(message)"))
            }
            try body(record)
        }
    }

    /// All records of a JSON Lines file.
    public static func readLines<T: Decodable>(_ type: T.Type, from path: String) throws -> [T] {
        var records: [T] = []
        try forEachLine(type, in: path) { records.append($0) }
        return records
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
        guard let bytes = FileBytes.read(path: path) else {
            throw InputError(file: path, reason: FileManager.default.fileExists(atPath: path) ? .unreadable("cannot read") : .missing)
        }
        return bytes
    }

    /// Sorted keys: equal values give equal files, so a scheduler comparing checksums sees no change.
    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
