/// Tab-separated files: the data rows of a glossary file (bitext TSV, OmegaT) as read, and the one
/// escaping of fields every TSV bitext writes uses (glossary TSV, `run`'s pairs.tsv, `pair`'s TSV), so
/// that a tab or line break inside a field (a file name may hold either) cannot shift a column or
/// start a row.
public enum TabSeparatedRows {
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

    /// A field with backslashes, tabs and line breaks written as `\\`, `\t`, `\n`, `\r`, and the other
    /// control characters `TextFile` refuses as `\xHH`.
    public static func escape(_ field: String) -> String {
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
