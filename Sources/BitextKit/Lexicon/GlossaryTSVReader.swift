/// Reads tab-separated glossaries: `German<TAB>translation[<TAB>comment…]`, `#` comment lines,
/// blank lines ignored (the format of the curated `glossaries/*.tsv` and of OmegaT glossaries).
public enum GlossaryTSVReader {
    /// - Throws: `LexiconError.malformed` with the line number when a line has no tab or invalid UTF-8.
    package static func read(_ bytes: [UInt8], name: String, into builder: LexiconBuilder) throws {
        for (number, line) in LexiconFile.lines(bytes).enumerated() {
            if line.isEmpty || bytes[line.lowerBound] == 0x23 { continue }
            let columns = DingReader.split(bytes, line, at: 0x09)
            guard columns.count >= 2 else {
                throw LexiconError.malformed(file: name, line: number + 1, reason: "expected German<TAB>translation")
            }
            guard String(validating: bytes[line], as: UTF8.self) != nil else {
                throw LexiconError.malformed(file: name, line: number + 1, reason: "invalid UTF-8")
            }
            builder.add(german: bytes[columns[0]], other: bytes[columns[1]])
        }
    }
}
