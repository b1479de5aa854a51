import Foundation

/// Glossary CSV per RFC 4180: a header row of `GlossaryTable` column names, CRLF line ends, fields
/// quoted when they contain a comma, quote or line break, quotes doubled. Every row has as many
/// fields as the header (RFC 4180 §2.4), so context columns are padded.
///
/// At most `maximumContexts` context pairs of an entry are written (`contextsLeftOut` counts the
/// rest, which `glossary export` reports): as every row is padded to the widest entry, one entry with
/// thousands of contexts made every other row thousands of empty fields long, output growing with the
/// square of the input (1.4 GB from a 1 MB glossary). TSV and JSONL keep all contexts.
///
/// CSV has no escape for control characters, and bitext refuses text holding those `TextFile`
/// refuses as binary: they are written as U+FFFD, the replacement character, so what bitext writes it
/// reads back and the place of the lost character stays visible.
///
/// The reader maps columns by header name, so spreadsheets may reorder or drop optional columns;
/// it accepts LF line ends too.
public enum GlossaryCSV {
    /// The most context pairs written per entry: rows of at most 31 columns, readable in a
    /// spreadsheet, and more than `glossary build` keeps by default (3).
    public static let maximumContexts = 10

    /// The context pairs `write` leaves out (those past `maximumContexts`) and how many entries lose some.
    public static func contextsLeftOut(_ glossary: Glossary) -> (contexts: Int, entries: Int) {
        var contexts = 0
        var entries = 0
        for entry in glossary.entries where entry.contexts.count > maximumContexts {
            contexts += entry.contexts.count - maximumContexts
            entries += 1
        }
        return (contexts, entries)
    }

    public static func write(_ glossary: Glossary) -> [UInt8] {
        let contexts = min(GlossaryTable.contextCount(glossary), maximumContexts)
        let header = GlossaryTable.header(contextCount: contexts)
        var out = header.map(quote).joined(separator: ",") + "\r\n"
        for entry in glossary.entries {
            var fields = GlossaryTable.row(entry, contextCount: contexts)
            while fields.count < header.count { fields.append("") }
            out += fields.map { quote(replacingRefusedControls($0)) }.joined(separator: ",")
            out += "\r\n"
        }
        return Array(out.utf8)
    }

    /// - Throws: `InputError.malformed` with line and column of the first bad record or field.
    public static func read(_ file: TextFile) throws(InputError) -> Glossary {
        let records = try parse(file)
        guard let header = records.first else {
            throw InputError(file: file.name, reason: .malformed(line: 1, column: 1, message: "empty CSV: expected a header row"))
        }
        let names = header.fields.map(\.text)
        let known = GlossaryTable.header(contextCount: max(0, (names.count - GlossaryTable.fixedColumns.count + 1) / 2))
        // A dictionary, not `known.firstIndex(of:)` per name: a header of 40,000 context column pairs
        // took 65 s that way.
        let knownIndex = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($1, $0) })
        var position: [Int] = []  // header column → positional layout index
        for (k, name) in names.enumerated() {
            guard let index = knownIndex[name] else {
                throw InputError(file: file.name, reason: .malformed(line: header.fields[k].line, column: header.fields[k].column, message: "unknown column '\(name)'"))
            }
            position.append(index)
        }
        guard names.contains("german"), names.contains("english") else {
            throw InputError(file: file.name, reason: .malformed(line: 1, column: 1, message: "header must name the columns german and english"))
        }
        var entries: [GlossaryEntry] = []
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw InputError(file: file.name, reason: .malformed(line: record.fields[0].line, column: 1, message: "expected \(names.count) fields, found \(record.fields.count)"))
            }
            var positional = [String](repeating: "", count: known.count)
            for (k, field) in record.fields.enumerated() { positional[position[k]] = field.text }
            do {
                entries.append(try GlossaryTable.entry(positional))
            } catch {
                let k = position.firstIndex(of: error.column) ?? 0
                let field = record.fields[k]
                throw InputError(file: file.name, reason: .malformed(line: field.line, column: field.column, message: error.message))
            }
        }
        return Glossary(entries: entries)
    }

    /// One field with the position where it starts, for diagnostics.
    struct Field {
        let text: String
        let line: Int
        let column: Int
    }

    struct Record {
        let fields: [Field]
    }

    /// Splits RFC 4180 text into records; blank lines are skipped.
    ///
    /// - Complexity: O(n).
    static func parse(_ file: TextFile) throws(InputError) -> [Record] {
        let scalars = Array(file.string.unicodeScalars)
        var records: [Record] = []
        var fields: [Field] = []
        var current = String.UnicodeScalarView()
        var i = scalars.first == "\u{FEFF}" ? 1 : 0
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var recordHasContent = false

        func endField() {
            fields.append(Field(text: String(current), line: fieldLine, column: fieldColumn))
            current = String.UnicodeScalarView()
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" && current.isEmpty {
                // A quoted field: runs to the closing quote, doubled quotes are literal.
                recordHasContent = true
                let openLine = line
                let openColumn = column
                i += 1
                column += 1
                while true {
                    guard i < scalars.count else {
                        throw InputError(file: file.name, reason: .malformed(line: openLine, column: openColumn, message: "unterminated quoted field"))
                    }
                    let q = scalars[i]
                    if q == "\"" {
                        if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                            current.append("\"")
                            i += 2
                            column += 2
                            continue
                        }
                        i += 1
                        column += 1
                        break
                    }
                    current.append(q)
                    i += 1
                    if q == "\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                if i < scalars.count, scalars[i] != ",", scalars[i] != "\r", scalars[i] != "\n" {
                    throw InputError(file: file.name, reason: .malformed(line: line, column: column, message: "text after a closing quote (quotes inside a field must be doubled)"))
                }
                continue
            }
            switch c {
            case ",":
                recordHasContent = true
                endField()
                i += 1
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                i += 1
                if recordHasContent || !current.isEmpty {
                    endField()
                    records.append(Record(fields: fields))
                }
                fields = []
                recordHasContent = false
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
            case "\"":
                throw InputError(file: file.name, reason: .malformed(line: line, column: column, message: "quote inside an unquoted field"))
            default:
                recordHasContent = true
                current.append(c)
                i += 1
                column += 1
            }
        }
        if recordHasContent || !current.isEmpty {
            endField()
            records.append(Record(fields: fields))
        }
        return records
    }

    static func quote(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with the control characters bitext refuses as binary written as U+FFFD.
    static func replacingRefusedControls(_ text: String) -> String {
        // Byte scan first: nearly every field has no control character.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(TextFile.refuses(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }
}
