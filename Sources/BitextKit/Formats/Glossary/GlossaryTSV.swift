/// The glossary TSV: bitext's source-of-truth format (the curated `glossaries/*.tsv`) and a
/// lossless export. One entry per line in the `GlossaryTable` column layout; `#` starts a comment
/// line; blank lines are ignored. Tabs, line breaks and backslashes inside fields are written as
/// `\t`, `\n`, `\r`, `\\`, the other control characters bitext refuses as binary data (`TextFile`)
/// as `\xHH` (`\x00`, `\x7F`), and a German term starting with `#` as `\#`, so every field survives
/// and the file reads back.
///
/// ```
/// Botschaft	embassy	noun	diplomacy		preferred
/// ```
public enum GlossaryTSV {
    public static func write(_ glossary: Glossary) -> [UInt8] {
        let contexts = GlossaryTable.contextCount(glossary)
        var out = headerLine(contextCount: contexts)
        for entry in glossary.entries { out += line(entry, contextCount: contexts) }
        return Array(out.utf8)
    }

    /// The comment line that starts the file, naming the columns (with `contextCount` context pairs).
    public static func headerLine(contextCount: Int) -> String {
        "# bitext glossary, German-English. Columns: " + GlossaryTable.header(contextCount: contextCount).joined(separator: " ") + "\n"
    }

    /// One entry's line, padded to `contextCount` context pairs: for writing entries as they are read.
    public static func line(_ entry: GlossaryEntry, contextCount: Int) -> String {
        var line = GlossaryTable.row(entry, contextCount: contextCount).map(escape).joined(separator: "\t")
        if line.hasPrefix("#") { line = "\\" + line }
        return line + "\n"
    }

    /// - Throws: `InputError.malformed` with the line and the column (in characters) of the bad field.
    public static func read(_ file: TextFile) throws(InputError) -> Glossary {
        var entries: [GlossaryEntry] = []
        for (lineNumber, rawFields) in TabSeparatedRows.rows(of: file) {
            guard rawFields.count >= 2 else {
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "expected German<TAB>English[<TAB>…]"))
            }
            do {
                entries.append(try GlossaryTable.entry(rawFields.map(unescape)))
            } catch {
                let column = rawFields.prefix(error.column).reduce(1) { $0 + $1.count + 1 }
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: column, message: error.message))
            }
        }
        return Glossary(entries: entries)
    }

    static func escape(_ field: String) -> String {
        // Byte scan: most fields need no escaping, and scanning Characters would dominate export time.
        guard field.utf8.contains(where: { $0 == 0x5C || $0 < 0x20 || $0 == 0x7F }) else { return field }
        var out = ""
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case _ where TextFile.refuses(scalar): out += "\\x" + hexDigits(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hexDigits(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "A"..."F": scalar.value - 0x41 + 10
        case "a"..."f": scalar.value - 0x61 + 10
        default: nil
        }
    }

    /// Reverses `escape`. `\xHH` is read only for the control characters `escape` writes that way;
    /// otherwise, as any other unknown escape, it stands for the character after the backslash.
    static func unescape(_ field: String) -> String {
        guard field.utf8.contains(0x5C) else { return field }
        let scalars = Array(field.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            i += 1
            guard scalar == "\\" else {
                out.append(scalar)
                continue
            }
            guard i < scalars.count else {
                out.append("\\")
                break
            }
            let next = scalars[i]
            i += 1
            switch next {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "x":
                if i + 2 <= scalars.count, let high = hexValue(scalars[i]), let low = hexValue(scalars[i + 1]),
                   let control = Unicode.Scalar(high << 4 | low), TextFile.refuses(control) {
                    out.append(control)
                    i += 2
                } else {
                    out.append(next)
                }
            default: out.append(next)
            }
        }
        return String(out)
    }
}
