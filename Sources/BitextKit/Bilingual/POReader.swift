#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gettext PO files: one unit per message (`msgctxt`, `msgid`, `msgstr`), one per plural form
/// (`msgstr[0]` translates `msgid`, the others `msgid_plural`); the `fuzzy` flag is the state;
/// obsolete (`#~`) messages and the header are not units. The file is decoded from the charset its
/// header names (PO files from older tools are often ISO-8859-1).
enum POReader {
    /// - Throws: `InputError` for a charset iconv does not know, bytes invalid in it, or a malformed
    ///   line (with its line and column).
    static func read(name: String, bytes: [UInt8]) throws(InputError) -> BilingualDocument {
        let file = try TextFile(name: name, bytes: try utf8(bytes, name: name))
        var units: [BilingualUnit] = []
        var messages = 0
        var language: String?
        var entry = Entry()
        var lineNumber = 0
        func finish() throws(InputError) {
            defer { entry = Entry() }
            guard let msgid = entry.msgid else { return }
            if msgid.isEmpty && entry.context == nil {
                language = header(entry.msgstr[0] ?? "", field: "Language")?.lowercased()
                return
            }
            messages += 1
            let base = entry.context ?? "line \(entry.msgidLine)"
            let plural = entry.msgidPlural != nil
            for (index, translation) in entry.msgstr.sorted(by: { $0.key < $1.key }) {
                let source = index > 0 ? entry.msgidPlural ?? msgid : msgid
                let state: SegmentState = translation.isEmpty ? .new : entry.fuzzy ? .fuzzy : .translated
                units.append(BilingualUnit(id: plural ? "\(base)[\(index)]" : base, source: plain(source), target: plain(translation),
                                           state: state, line: entry.firstLine, entry: messages))
            }
        }
        var field: Field?
        for line in file.string.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                try finish()
                field = nil
                continue
            }
            if trimmed.hasPrefix("#") {
                if entry.msgid != nil, field != nil { try finish(); field = nil }
                if entry.firstLine == 0 { entry.firstLine = lineNumber }
                if trimmed.hasPrefix("#,") && trimmed.contains("fuzzy") { entry.fuzzy = true }
                continue
            }
            if trimmed.hasPrefix("\"") {
                guard let field else { throw malformed(name, lineNumber, "a string continues no keyword") }
                entry.append(try string(trimmed, name: name, line: lineNumber), to: field)
                continue
            }
            let keyword = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
            let rest = trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
            let next: Field
            switch keyword {
            case "msgctxt":
                if entry.msgid != nil { try finish() }
                next = .context
            case "msgid":
                if entry.msgid != nil { try finish() }
                entry.msgidLine = lineNumber
                next = .msgid
            case "msgid_plural": next = .msgidPlural
            case "msgstr": next = .msgstr(0)
            default:
                if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()), (0..<100).contains(index) {
                    next = .msgstr(index)
                } else {
                    throw malformed(name, lineNumber, "unknown keyword \(keyword)")
                }
            }
            field = next
            if entry.firstLine == 0 { entry.firstLine = lineNumber }
            entry.start(next)
            entry.append(try string(rest, name: name, line: lineNumber), to: next)
        }
        try finish()
        return BilingualDocument(name: name, format: .po, sourceLanguage: nil, targetLanguage: language, units: units)
    }

    private enum Field: Equatable {
        case context, msgid, msgidPlural, msgstr(Int)
    }

    private struct Entry {
        var context: String?
        var msgid: String?
        var msgidPlural: String?
        var msgstr: [Int: String] = [:]
        var fuzzy = false
        var msgidLine = 0
        /// The entry's first line, comments included (where an annotation goes).
        var firstLine = 0

        mutating func start(_ field: Field) {
            switch field {
            case .context: context = ""
            case .msgid: msgid = ""
            case .msgidPlural: msgidPlural = ""
            case .msgstr(let index): msgstr[index] = ""
            }
        }

        mutating func append(_ text: String, to field: Field) {
            switch field {
            case .context: context! += text
            case .msgid: msgid! += text
            case .msgidPlural: msgidPlural! += text
            case .msgstr(let index): msgstr[index]! += text
            }
        }
    }

    private static func plain(_ text: String) -> BilingualSegment {
        var builder = SegmentBuilder()
        builder.text(text)
        return builder.segment
    }

    /// The content of a quoted PO string, C escapes resolved.
    private static func string(_ text: Substring, name: String, line: Int) throws(InputError) -> String {
        let body = text.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        guard body.count >= 2, body.first == "\"", body.last == "\"" else { throw malformed(name, line, "expected a quoted string") }
        var out = ""
        var escaped = false
        for character in body.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": out += "\n"
                case "t": out += "\t"
                case "r": out += "\r"
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// A field of the header entry ("Language: de\n").
    private static func header(_ header: String, field: String) -> String? {
        for line in header.split(separator: "\n") where line.hasPrefix(field + ":") {
            let value = line.dropFirst(field.count + 1).trimmingPrefix(" ")
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }

    private static func malformed(_ name: String, _ line: Int, _ message: String) -> InputError {
        InputError(file: name, reason: .malformed(line: line, column: 1, message: message))
    }

    /// The bytes in UTF-8: converted with iconv from the header's `charset=` when it names another one.
    private static func utf8(_ bytes: [UInt8], name: String) throws(InputError) -> [UInt8] {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let range = head.range(of: "charset=") else { return bytes }
        let charset = head[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let upper = charset.uppercased()
        guard !upper.isEmpty, upper != "UTF-8", upper != "UTF8", upper != "CHARSET", upper != "ASCII", upper != "US-ASCII" else { return bytes }
        let converter = iconv_open("UTF-8", String(charset))
        guard converter != iconv_t(bitPattern: -1) else {
            throw InputError(file: name, reason: .unreadable("the header names charset \(charset), which iconv does not know"))
        }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var written = -1
        input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outLeft = outRaw.count
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 { written = outRaw.count - outLeft }
            }
        }
        guard written >= 0 else { throw InputError(file: name, reason: .unreadable("bytes that are not \(charset), the charset its header names")) }
        return Array(output.prefix(written))
    }
}
