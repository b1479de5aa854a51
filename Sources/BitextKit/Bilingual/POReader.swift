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
        var parser = Parser(name: name)
        try parser.entries(of: file.string) { (entry: Entry) throws(InputError) in
            guard let msgid = entry.msgid else { return true }
            if entry.isHeader {
                language = header(entry.msgstr[0] ?? "", field: "Language")?.lowercased()
                return true
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
            return true
        }
        return BilingualDocument(name: name, format: .po, sourceLanguage: nil, targetLanguage: language, units: units)
    }

    /// The PO syntax: lines into entries, each finished entry handed on; an error names its line and
    /// column. The header's charset is found with it too (`utf8`), so PO syntax has this one home.
    private struct Parser {
        let name: String
        var entry = Entry()
        var field: Field?
        var lineNumber = 0

        init(name: String) {
            self.name = name
        }

        /// Hands each finished entry (comments alone included, with no msgid) to `body` until it
        /// returns false.
        mutating func entries(of text: String, _ body: (Entry) throws(InputError) -> Bool) throws(InputError) {
            var rest = text[...]
            while !rest.isEmpty {
                let end = rest.firstIndex(of: "\n") ?? rest.endIndex
                let line = rest[..<end]
                rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
                if let done = try feed(line), try !body(done) { return }
            }
            if let done = try finish() { _ = try body(done) }
        }

        /// Reads one line; the entry it finished, if any.
        private mutating func feed(_ line: Substring) throws(InputError) -> Entry? {
            lineNumber += 1
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                defer { field = nil }
                return try finish()
            }
            var finished: Entry?
            if trimmed.hasPrefix("#") {
                if entry.msgid != nil, field != nil { finished = try finish(); field = nil }
                if entry.firstLine == 0 { entry.firstLine = lineNumber }
                if trimmed.hasPrefix("#,") && trimmed.contains("fuzzy") { entry.fuzzy = true }
                return finished
            }
            if trimmed.hasPrefix("\"") {
                guard let field else { throw error(line, at: trimmed, "a string continues no keyword") }
                entry.append(try string(trimmed, in: line), to: field)
                return nil
            }
            let keyword = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
            let rest = trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
            let next: Field
            switch keyword {
            case "msgctxt":
                if entry.msgid != nil { finished = try finish() }
                entry.contextLine = lineNumber
                next = .context
            case "msgid":
                if entry.msgid != nil { finished = try finish() }
                entry.msgidLine = lineNumber
                next = .msgid
            case "msgid_plural": next = .msgidPlural
            case "msgstr": next = .msgstr(0)
            default:
                if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()), (0..<100).contains(index) {
                    next = .msgstr(index)
                } else {
                    throw error(line, at: keyword, "unknown keyword \(keyword)")
                }
            }
            // A translation or plural without its msgid would be left out unseen.
            if next != .context, next != .msgid, entry.msgid == nil { throw error(line, at: keyword, "\(keyword) without a msgid before it") }
            field = next
            if entry.firstLine == 0 { entry.firstLine = lineNumber }
            entry.start(next)
            entry.append(try string(rest, in: line), to: next)
            return finished
        }

        /// Ends the entry being read: it, or nil when there was none.
        mutating func finish() throws(InputError) -> Entry? {
            defer { entry = Entry() }
            if entry.msgid == nil, entry.context != nil {
                throw InputError(file: name, reason: .malformed(line: entry.contextLine, column: 1, message: "msgctxt without a msgid after it"))
            }
            // A message without msgstr is no unit, and would be left out unseen.
            if entry.msgid != nil, entry.msgstr.isEmpty {
                throw InputError(file: name, reason: .malformed(line: entry.msgidLine, column: 1, message: "msgid without a msgstr after it"))
            }
            return entry.firstLine == 0 ? nil : entry
        }

        /// The content of a quoted PO string, C escapes resolved.
        private func string(_ text: Substring, in line: Substring) throws(InputError) -> String {
            let body = text.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            guard body.count >= 2, body.first == "\"", body.last == "\"" else { throw error(line, at: text, "expected a quoted string") }
            var out = ""
            var escaped = false
            for index in text.indices.dropFirst().prefix(body.count - 2) {
                let character = text[index]
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
                } else if character == "\"" {
                    throw error(line, at: text[index...], "a quote inside a string must be written \\\"")
                } else {
                    out.append(character)
                }
            }
            // "abc\" : the last quote is escaped, so the string never ends.
            if escaped { throw error(line, at: text, "the string is not terminated (its last quote is escaped)") }
            return out
        }

        /// An error at `part` of `line` (column in characters, 1-based).
        private func error(_ line: Substring, at part: Substring, _ message: String) -> InputError {
            InputError(file: name, reason: .malformed(line: lineNumber, column: line.distance(from: line.startIndex, to: part.startIndex) + 1,
                                                      message: message))
        }
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
        var contextLine = 0
        var msgidLine = 0
        /// The entry's first line, comments included (where an annotation goes).
        var firstLine = 0

        /// The header entry: an empty msgid without context.
        var isHeader: Bool { msgid == "" && context == nil }

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

    /// A field of the header entry ("Language: de\n").
    private static func header(_ header: String, field: String) -> String? {
        for line in header.split(separator: "\n") where line.hasPrefix(field + ":") {
            let value = line.dropFirst(field.count + 1).trimmingPrefix(" ")
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }

    /// The bytes in UTF-8: converted with iconv from the charset the header entry's Content-Type names
    /// when it names another one. Only the header counts: "charset=" in a comment or a message before it
    /// chose the decoding once.
    private static func utf8(_ bytes: [UInt8], name: String) throws(InputError) -> [UInt8] {
        guard let (charset, line) = headerCharset(bytes, name: name) else { return bytes }
        let upper = charset.uppercased()
        guard !upper.isEmpty, upper != "UTF-8", upper != "UTF8", upper != "CHARSET", upper != "ASCII", upper != "US-ASCII" else { return bytes }
        let converter = iconv_open("UTF-8", String(charset))
        guard converter != iconv_t(bitPattern: -1) else {
            throw InputError(file: name, reason: .unreadable("the header names charset \(charset), which iconv does not know"))
        }
        defer { iconv_close(converter) }
        // The header was just read as ASCII; a charset that writes ASCII otherwise (UTF-16) cannot be the file's.
        let probe = Array("msgid".utf8)
        guard convert(probe, with: converter) == probe else {
            throw InputError(file: name, reason: .malformed(line: line, column: 1, message: "the header names charset \(charset), in which the file is not written (a PO file's charset keeps ASCII as it is)"))
        }
        guard let converted = convert(bytes, with: converter) else {
            throw InputError(file: name, reason: .unreadable("bytes that are not \(charset), the charset its header names"))
        }
        return converted
    }

    /// The charset named in the header entry's Content-Type and the header's line; nil when the first
    /// entry is no header or names none. The file is read as UTF-8 with invalid bytes replaced: the
    /// header's syntax is ASCII in every charset a PO file may be in.
    private static func headerCharset(_ bytes: [UInt8], name: String) -> (charset: Substring, line: Int)? {
        var parser = Parser(name: name)
        var first: Entry?
        // A syntax error is left to the reading proper, which reports it in the file's own charset.
        try? parser.entries(of: String(decoding: bytes, as: UTF8.self)) { (entry: Entry) throws(InputError) in
            guard entry.msgid != nil else { return true }
            first = entry
            return false
        }
        guard let first, first.isHeader, let type = header(first.msgstr[0] ?? "", field: "Content-Type"),
              let range = type.range(of: "charset=") else { return nil }
        return (type[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }, first.msgidLine)
    }

    /// `bytes` through `converter` (from its initial state); nil when they are not in its charset.
    private static func convert(_ bytes: [UInt8], with converter: iconv_t?) -> [UInt8]? {
        iconv(converter, nil, nil, nil, nil)
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
        return written >= 0 ? Array(output.prefix(written)) : nil
    }
}
