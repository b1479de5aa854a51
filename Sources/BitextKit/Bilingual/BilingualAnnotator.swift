/// A copy of a bilingual file with each QA finding as a note on its unit, so revisers see the findings
/// in their CAT tool: XLIFF 1.2 `<note from="bitext">` at the end of the `trans-unit`, XLIFF 2
/// `<note category="bitext">` in the unit's `<notes>`, TMX `<note>` first in the `tu`, PO translator
/// comments (`# bitext: …`) before the entry. Everything else is copied byte for byte.
///
/// The file is scanned, not re-serialized: the n-th start tag of the unit element (comments, CDATA
/// sections and processing instructions skipped) is the n-th unit the reader counted (`BilingualUnit.entry`).
public enum BilingualAnnotator {
    /// - Throws: `InputError.unreadable` for a file not in UTF-8 (annotations are written into UTF-8
    ///   files only) or when a unit the reader saw cannot be found again.
    public static func annotate(_ document: BilingualDocument, bytes: [UInt8], findings: [SegmentFinding]) throws(InputError) -> [UInt8] {
        var notes: [Int: [String]] = [:]
        for item in findings where item.file == document.name {
            let finding = item.finding
            var note = "[\(finding.check)] \(finding.severity.rawValue)"
            if item.unit.id.contains("/") { note += " (segment \(item.unit.id))" }
            note += ": \(finding.message)"
            if !finding.text.isEmpty { note += " «\(finding.text)»" }
            if let suggestion = finding.suggestion { note += suggestion.isEmpty ? "; suggestion: delete it" : "; suggestion: \(suggestion)" }
            notes[item.unit.entry, default: []].append(note)
        }
        guard (try? TextFile(name: document.name, bytes: bytes)) != nil else {
            throw InputError(file: document.name, reason: .unreadable("annotations are written into UTF-8 files only"))
        }
        switch document.format {
        case .po: return po(bytes, notes: notes, units: document.units)
        case .xliff: return try xml(bytes, name: document.name, element: "trans-unit", notes: notes, place: .beforeEnd) {
            "<note from=\"bitext\">\(XMLEscaper.text($0))</note>"
        }
        case .xliff2: return try xml(bytes, name: document.name, element: "unit", notes: notes, place: .notesFirst) {
            "<note category=\"bitext\">\(XMLEscaper.text($0))</note>"
        }
        case .tmx: return try xml(bytes, name: document.name, element: "tu", notes: notes, place: .afterStart) {
            "<note>\(XMLEscaper.text("bitext " + $0))</note>"
        }
        }
    }

    private enum Place {
        case beforeEnd, afterStart, notesFirst
    }

    /// Inserts notes into the n-th `element` of an XML file.
    ///
    /// - Complexity: O(n) in the file size.
    private static func xml(_ bytes: [UInt8], name: String, element: String, notes: [Int: [String]], place: Place,
                            note: (String) -> String) throws(InputError) -> [UInt8] {
        guard !notes.isEmpty else { return bytes }
        let open = Array("<\(element)".utf8)
        let close = Array("</\(element)>".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + notes.count * 200)
        var ordinal = 0
        var i = 0
        var pending: [String]?
        var remaining = notes.count
        func starts(_ literal: [UInt8], at index: Int) -> Bool {
            index + literal.count <= bytes.count && bytes[index..<(index + literal.count)].elementsEqual(literal)
        }
        func skip(to terminator: String, from index: Int) -> Int {
            let end = Array(terminator.utf8)
            var j = index
            while j < bytes.count, !starts(end, at: j) { j += 1 }
            return min(bytes.count, j + end.count)
        }
        while i < bytes.count {
            if bytes[i] != 0x3C {
                out.append(bytes[i])
                i += 1
                continue
            }
            let next: Int
            if starts(Array("<!--".utf8), at: i) {
                next = skip(to: "-->", from: i)
            } else if starts(Array("<![CDATA[".utf8), at: i) {
                next = skip(to: "]]>", from: i)
            } else if starts(Array("<?".utf8), at: i) {
                next = skip(to: "?>", from: i)
            } else if let lines = pending, place == .beforeEnd, starts(close, at: i) {
                out += Array(lines.map(note).joined().utf8)
                pending = nil
                next = i + close.count
            } else if starts(open, at: i), i + open.count < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(bytes[i + open.count]) {
                ordinal += 1
                // The end of the start tag: the first '>' outside quoted attribute values.
                var j = i + open.count
                var quote: UInt8 = 0
                while j < bytes.count {
                    if quote != 0 { if bytes[j] == quote { quote = 0 } } else if bytes[j] == 0x22 || bytes[j] == 0x27 { quote = bytes[j] } else if bytes[j] == 0x3E { break }
                    j += 1
                }
                next = min(bytes.count, j + 1)
                out += bytes[i..<next]
                if let lines = notes[ordinal] {
                    remaining -= 1
                    switch place {
                    case .beforeEnd: pending = lines
                    case .afterStart: out += Array(lines.map(note).joined().utf8)
                    case .notesFirst:
                        var k = next
                        while k < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[k]) { k += 1 }
                        let notesTag = Array("<notes>".utf8)
                        if starts(notesTag, at: k) {
                            out += bytes[next..<(k + notesTag.count)]
                            out += Array(lines.map(note).joined().utf8)
                            i = k + notesTag.count
                            continue
                        }
                        out += Array(("<notes>" + lines.map(note).joined() + "</notes>").utf8)
                    }
                }
                i = next
                continue
            } else {
                next = i + 1
            }
            out += bytes[i..<next]
            i = next
        }
        guard remaining == 0, pending == nil else {
            throw InputError(file: name, reason: .unreadable("could not find every <\(element)> again to annotate it"))
        }
        return out
    }

    /// Inserts `# bitext: …` translator comments before the first line of each entry with findings.
    private static func po(_ bytes: [UInt8], notes: [Int: [String]], units: [BilingualUnit]) -> [UInt8] {
        var byLine: [Int: [String]] = [:]
        for unit in units {
            if let lines = notes[unit.entry], byLine[unit.line] == nil { byLine[unit.line] = lines }
        }
        var out: [UInt8] = []
        var line = 1
        var atLineStart = true
        for byte in bytes {
            if atLineStart, let lines = byLine[line] {
                for note in lines {
                    out += Array(("# bitext: " + note.replacingOccurrences(of: "\n", with: " ") + "\n").utf8)
                }
            }
            out.append(byte)
            atLineStart = byte == 0x0A
            if atLineStart { line += 1 }
        }
        return out
    }
}
