/// Reads a FreeDict dictionary in dictd format (Debian `dict-freedict-deu-fra`, `-deu-eng`):
/// `NAME.index` (`headword<TAB>offset<TAB>length`, numbers in base 64) and `NAME.dict.dz`
/// (dictzip, i.e. gzip; offsets point into the decompressed text) or an uncompressed `NAME.dict`.
///
/// An entry starts with `Headword /ipa/ <pos>`; the next line holds comma-separated translations,
/// and numbered senses (`1. maison 2.`) may follow on lines of their own. Other lines are German
/// glosses, examples or cross references and are skipped.
public enum FreeDictReader {
    /// Reads the dictionary whose `.dict.dz` (or `.dict`) file is at `path` into `builder`.
    ///
    /// - Throws: `LexiconError` naming the file when a part is missing or not gzip.
    /// - Complexity: O(n) in the size of the dictionary.
    public static func read(dictPath path: String, into builder: LexiconBuilder) throws {
        let base = path.hasSuffix(".dict.dz") ? String(path.dropLast(8)) : path.hasSuffix(".dict") ? String(path.dropLast(5)) : path
        let indexPath = base + ".index"
        let raw = try LexiconFile.readBytes(path)
        let data: [UInt8]
        if path.hasSuffix(".dz") {
            guard let inflated = Gzip.decompress(raw) else {
                throw LexiconError.unreadable(file: path, reason: "not a gzip (dictzip) file")
            }
            data = inflated
        } else {
            data = raw
        }
        try read(index: LexiconFile.readBytes(indexPath), indexName: indexPath, data: data, into: builder)
    }

    /// Reads the entries an index (`headword<TAB>offset<TAB>length` lines) points at in the decompressed
    /// dictionary text `data`.
    ///
    /// - Throws: `LexiconError.malformed` naming the index line whose fields are missing or out of range.
    /// - Complexity: O(n) in the size of both.
    package static func read(index: [UInt8], indexName indexPath: String, data: [UInt8], into builder: LexiconBuilder) throws {
        var seen = Set<Int>()
        var line = 0
        for fields in LexiconFile.lines(index) {
            line += 1
            let columns = DingReader.split(index, fields, at: 0x09)
            guard columns.count == 3 else {
                throw LexiconError.malformed(file: indexPath, line: line, reason: "expected 3 tab-separated fields")
            }
            if index[columns[0]].starts(with: Array("00".utf8)) { continue }  // 00database… metadata
            guard let offset = base64(index[columns[1]]), let length = base64(index[columns[2]]),
                  offset + length <= data.count else {
                throw LexiconError.malformed(file: indexPath, line: line, reason: "bad offset or length")
            }
            if !seen.insert(offset).inserted { continue }
            readEntry(data, offset..<(offset + length), into: builder)
        }
    }

    private static func readEntry(_ data: [UInt8], _ range: Range<Int>, into builder: LexiconBuilder) {
        let lines = DingReader.split(data, range, at: 0x0A)
        guard lines.count >= 2 else { return }
        let head = headword(data, lines[0])
        guard !head.isEmpty else { return }
        var candidates = [lines[1]]
        for line in lines.dropFirst(2) where isNumberedSense(data, line) { candidates.append(line) }
        var phrases: [ArraySlice<UInt8>] = []
        for candidate in candidates {
            let text = DingReader.stripAnnotations(data, dropSenseNumbers(data, candidate))
            for phrase in text.split(whereSeparator: { $0 == 0x2C || $0 == 0x3B })
            where !phrase.contains(where: { $0 == 0x23 || $0 == 0x2F || $0 == 0x3D }) {  // "#", "/", "=": cross references
                phrases.append(phrase)
            }
        }
        builder.add(german: [head[...]], other: phrases)
    }

    /// The headword: the first line up to its IPA (` /`), part of speech (` <`) or note (` (`).
    private static func headword(_ data: [UInt8], _ line: Range<Int>) -> [UInt8] {
        var end = line.upperBound
        var i = line.lowerBound
        while i + 1 < line.upperBound {
            if data[i] == 0x20, data[i + 1] == 0x2F || data[i + 1] == 0x3C || data[i + 1] == 0x28 {
                end = i
                break
            }
            i += 1
        }
        return Array(data[line.lowerBound..<end])
    }

    private static func isNumberedSense(_ data: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound, data[i] >= 0x30, data[i] <= 0x39 { i += 1 }
        return i > line.lowerBound && i + 1 < line.upperBound && data[i] == 0x2E && data[i + 1] == 0x20
    }

    /// `line` without a leading "1. " and a trailing " 2." (the next sense's number).
    private static func dropSenseNumbers(_ data: [UInt8], _ line: Range<Int>) -> Range<Int> {
        var lower = line.lowerBound
        while lower < line.upperBound, data[lower] == 0x20 { lower += 1 }
        if isNumberedSense(data, lower..<line.upperBound) {
            while data[lower] != 0x20 { lower += 1 }
        }
        var upper = line.upperBound
        while upper > lower, data[upper - 1] == 0x20 { upper -= 1 }
        if upper > lower, data[upper - 1] == 0x2E {
            var j = upper - 1
            while j > lower, data[j - 1] >= 0x30, data[j - 1] <= 0x39 { j -= 1 }
            if j < upper - 1, j > lower, data[j - 1] == 0x20 { upper = j - 1 }
        }
        return lower..<max(lower, upper)
    }

    /// dictd's base-64 numbers (alphabet A–Z a–z 0–9 + /, most significant digit first); nil for an
    /// empty field, a foreign character or more than 10 digits (60 bits: no offset into a real file is
    /// larger, and more would overflow `Int`).
    static func base64(_ digits: ArraySlice<UInt8>) -> Int? {
        guard digits.count <= 10 else { return nil }
        var value = 0
        for d in digits {
            let v: Int
            switch d {
            case 0x41...0x5A: v = Int(d) - 0x41
            case 0x61...0x7A: v = Int(d) - 0x61 + 26
            case 0x30...0x39: v = Int(d) - 0x30 + 52
            case 0x2B: v = 62
            case 0x2F: v = 63
            default: return nil
            }
            value = value * 64 + v
        }
        return digits.isEmpty ? nil : value
    }
}
