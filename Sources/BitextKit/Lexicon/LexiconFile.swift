import Foundation

/// Opening lexicon files given by the user or found in standard places, and splitting them into lines.
public enum LexiconFile {
    /// The lexicon formats bitext reads.
    public enum Format: Sendable {
        /// Ding (`German :: English`).
        case ding
        /// FreeDict dictd (`.dict.dz` or `.dict` next to `.index`).
        case freeDict
        /// Tab-separated glossary (`German<TAB>other[<TAB>comment…]`, `#` comments).
        case tsv
    }

    /// Guesses the format from the file name (dictd, TSV) or the first entry line (Ding's ` :: `)
    /// among the file's first 64 KB.
    public static func format(of path: String) throws -> Format {
        if path.hasSuffix(".dict.dz") || path.hasSuffix(".dict") { return .freeDict }
        if path.hasSuffix(".tsv") { return .tsv }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .tsv }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: 1 << 16)) ?? Data())
        for line in lines(bytes).dropLast() where !line.isEmpty && bytes[line.lowerBound] != 0x23 {
            let text = String(decoding: bytes[line], as: UTF8.self)
            return text.contains(" :: ") ? .ding : .tsv
        }
        return .tsv
    }

    /// Loads one lexicon file into `builder`.
    public static func load(_ path: String, into builder: LexiconBuilder) throws {
        switch try format(of: path) {
        case .ding: DingReader.read(try readBytes(path), into: builder)
        case .freeDict: try FreeDictReader.read(dictPath: path, into: builder)
        case .tsv: try GlossaryTSVReader.read(try readBytes(path), name: path, into: builder)
        }
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        do {
            return try FileBytes.readRegular(path: path)
        } catch {
            throw lexiconError(error)
        }
    }

    /// Checks that `path` opens as a regular file, without reading it. `LexiconLoader` checks every
    /// file before it reads any: a wrong path given after the installed dictionary fails at once, not
    /// after that dictionary's seconds of loading.
    static func checkOpens(_ path: String) throws {
        do {
            close(try InputFile.open(path))
        } catch {
            throw lexiconError(error)
        }
    }

    private static func lexiconError(_ error: InputError) -> Error {
        if case .missing = error.reason { return LexiconError.unreadable(file: error.file, reason: "lexicon file not found") }
        return error
    }

    /// The line ranges of `bytes` (without line feeds; a final carriage return is dropped).
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let trimmed = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            result.append(start..<trimmed)
            start = end + 1
        }
        return result
    }
}
