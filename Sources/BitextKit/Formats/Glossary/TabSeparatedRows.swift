/// The data rows of a tab-separated glossary file (bitext TSV, OmegaT): line endings LF or CR LF, a
/// byte-order mark on the first line dropped, `#` comment lines and blank lines skipped.
enum TabSeparatedRows {
    /// Each data row's 1-based line number and its fields (empty fields kept).
    ///
    /// - Complexity: O(n).
    static func rows(of file: TextFile) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var lineNumber = 0
        for rawLine in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = String(decoding: rawLine, as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows.append((lineNumber, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }
}
