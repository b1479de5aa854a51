/// The bilingual file formats `bitext qa` reads, recognized from the content (root element, namespace
/// and version for XML; `msgid` lines for PO), whatever the file is called.
public enum BilingualFormat: String, Sendable, CaseIterable {
    /// XLIFF 1.1/1.2, SDLXLIFF and memoQ's MQXLIFF included.
    case xliff
    /// XLIFF 2.0/2.1.
    case xliff2
    /// TMX 1.4.
    case tmx
    /// Gettext PO.
    case po

    /// The format of a file from its first bytes; nil for anything else (plain text).
    static func sniff(_ head: [UInt8]) -> Sniffed? {
        let text = XMLHead.text(head)
        let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if start.hasPrefix("<") { return .xml }
        for line in text.split(separator: "\n").prefix(200) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("msgid ") || trimmed.hasPrefix("msgctxt ") { return .po }
        }
        return nil
    }

    enum Sniffed {
        case xml, po
    }

    /// Whether a file starting with `head` is meant as XML, so that a file that is not well-formed is a
    /// broken file, not text with markup: the head names a bilingual root element ("<xliff", "<tmx",
    /// or with a prefix), or the file starts with an XML declaration. The declaration settles it when
    /// the root comes after a DTD or comment longer than the head: such a file with an XML error was
    /// checked as plain text, with findings about its markup. (Scraped pages, "<p>Text<br>", have none.)
    static func meantAsXML(_ head: [UInt8]) -> Bool {
        let text = XMLHead.text(head)
        let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return start.hasPrefix("<?xml") && start.dropFirst(5).first?.isWhitespace == true || ["<xliff", ":xliff", "<tmx", ":tmx"].contains { text.contains($0) }
    }

    /// The XML format a root element names.
    static func xml(root: XMLStart) -> BilingualFormat? {
        switch root.localName {
        case "xliff":
            let version = root.attributes["version"] ?? ""
            return root.namespace.hasSuffix(":2.0") || version.hasPrefix("2") ? .xliff2 : .xliff
        case "tmx": return .tmx
        default: return nil
        }
    }
}

/// Reads bilingual files (`BilingualFormat`), streaming the XML ones.
public enum BilingualReader {
    /// Whether the file at `path` is in a bilingual format (nil: plain text, for the text QA).
    ///
    /// - Throws: `InputError` when the file cannot be read.
    public static func format(path: String) throws(InputError) -> BilingualFormat? {
        let head = try FileHead.read(path: path)
        switch BilingualFormat.sniff(head) {
        case nil: return nil
        case .po: return .po
        case .xml:
            let stream = try XMLStream(path: path)
            do {
                return BilingualFormat.xml(root: try stream.root())
            } catch {
                // Markup that is no well-formed XML ("<p>Text<br>mehr</p>", a scraped page) is text
                // for the text QA, where `markup-remnant` reports it; a bilingual file cut short is an error.
                if BilingualFormat.meantAsXML(head) { throw error }
                return nil
            }
        }
    }

    /// Reads the file at `path`.
    ///
    /// - Parameter languages: source and target language codes, for TMX (which holds any number of
    ///   languages); other formats say which side is which.
    /// - Throws: `InputError` with line and column for malformed files, and for files in no
    ///   bilingual format.
    public static func read(path: String, languages: (source: String, target: String)? = nil) throws(InputError) -> BilingualDocument {
        switch BilingualFormat.sniff(try FileHead.read(path: path)) {
        case .po: return try POReader.read(name: path, bytes: TextFile.readBytes(path: path))
        case .xml: return try read(XMLStream(path: path), languages: languages)
        case nil: throw InputError(file: path, reason: .malformed(line: 1, column: 1, message: "not an XLIFF, TMX or PO file"))
        }
    }

    /// Reads a bilingual file held in memory (any encoding XML allows; PO in its header's charset):
    /// the entry point for callers with bytes, fuzzers included.
    public static func read(name: String, bytes: [UInt8], languages: (source: String, target: String)? = nil) throws(InputError) -> BilingualDocument {
        switch BilingualFormat.sniff(Array(bytes.prefix(4096))) {
        case .po: return try POReader.read(name: name, bytes: bytes)
        case .xml: return try read(XMLStream(name: name, bytes: bytes), languages: languages)
        case nil: throw InputError(file: name, reason: .malformed(line: 1, column: 1, message: "not an XLIFF, TMX or PO file"))
        }
    }

    private static func read(_ stream: XMLStream, languages: (source: String, target: String)?) throws(InputError) -> BilingualDocument {
        let root = try stream.root()
        switch BilingualFormat.xml(root: root) {
        case .xliff: return try XLIFF1Reader.read(stream, root: root)
        case .xliff2: return try XLIFF2Reader.read(stream, root: root)
        case .tmx: return try TMXReader.read(stream, root: root, languages: languages)
        case .po, nil: throw stream.error(line: root.line, "<\(root.name)> is not the root of an XLIFF or TMX file")
        }
    }
}
