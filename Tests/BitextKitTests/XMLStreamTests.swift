import Testing
@testable import BitextKit

/// The libxml2 layer: encodings, errors with positions, and the limits that keep hostile files harmless.
@Suite struct XMLStreamTests {
    static let tmx = """
        <?xml version="1.0" encoding="ENCODING"?>
        <tmx version="1.4"><header srclang="de"/><body>
        <tu><tuv xml:lang="de"><seg>Grüße aus Köln</seg></tuv><tuv xml:lang="en"><seg>Greetings from Cologne</seg></tuv></tu>
        </body></tmx>

        """

    /// UTF-16 in both byte orders (with a byte-order mark, as Trados writes TMX) reads like its UTF-8 twin.
    @Test(arguments: [true, false]) func utf16ReadsLikeUTF8(bigEndian: Bool) throws {
        let utf8 = try GlossaryTMX.read(XMLStream(name: "a.tmx", bytes: Array(Self.tmx.replacingOccurrences(of: "ENCODING", with: "UTF-8").utf8)))
        let units = Array(Self.tmx.replacingOccurrences(of: "ENCODING", with: "UTF-16").utf16)
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in units {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        let utf16 = try GlossaryTMX.read(XMLStream(name: "b.tmx", bytes: bytes))
        #expect(utf16 == utf8)
        #expect(utf16.entries.first?.german == "Grüße aus Köln")
    }

    @Test func latin1DeclarationIsHonoured() throws {
        let text = Self.tmx.replacingOccurrences(of: "ENCODING", with: "ISO-8859-1")
        let bytes = text.unicodeScalars.map { UInt8($0.value) }  // every character of the fixture is below U+0100
        let glossary = try GlossaryTMX.read(XMLStream(name: "l.tmx", bytes: bytes))
        #expect(glossary.entries.first?.german == "Grüße aus Köln")
    }

    /// A file cut off in the middle: libxml2's position, and the element it broke off in.
    @Test func truncatedFileNamesLineColumnAndElement() throws {
        let text = Self.tmx.replacingOccurrences(of: "ENCODING", with: "UTF-8")
        let cut = Array(text.utf8.prefix(text.utf8.count - 60))
        let error = #expect(throws: InputError.self) { try GlossaryTMX.read(XMLStream(name: "cut.tmx", bytes: cut)) }
        guard case .malformed(let line, let column, let message)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(line == 3 && column > 1)
        #expect(message.contains("inside <"))
    }

    static let hostile: [(String, String)] = [
        ("nested entities", """
            <?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><t>&d;&d;&d;</t>
            """),
        ("external entity", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><t>&x;</t>"),
        ("undefined entity", "<t>&nbsp;</t>"),
        // libxml2 expands entities in attribute values whatever the options: 100 KB made a 10 MB attribute.
        ("entity in an attribute", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\">]><t id=\"&a;&a;\"/>"),
        ("too deep", String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)),
        ("two roots", "<a/><b/>"),
        ("empty", ""),
    ]

    /// Every hostile or broken document ends in one `InputError.malformed`, with no entity expanded.
    @Test(arguments: hostile.map(\.0)) func hostileDocumentsAreRefused(name: String) throws {
        let text = Self.hostile.first { $0.0 == name }!.1
        let stream = try XMLStream(name: "h.xml", bytes: Array(text.utf8))
        let error = #expect(throws: InputError.self) {
            while let event = try stream.next() {
                if case .text(let t) = event { #expect(!t.contains("root:") && !t.contains("aaaaaaaaaa")) }
            }
            throw stream.error(line: 1, "no error")  // a document read to its end is the failure here
        }
        guard case .malformed(_, _, let message)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(message != "no error", "\(name) was accepted")
    }

    /// libxml2 checks an entity's replacement text with a parser of its own and places an error there
    /// (line 1 of the entity); the reader names the place in the file, just past the reference.
    @Test func anEntityLoopIsPlacedAtItsReference() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE t [
            <!ENTITY a "&b;">
            <!ENTITY b "&a;">
            ]>
            <t>
              <u>&a;</u>
            </t>
            """
        let stream = try XMLStream(name: "loop.xml", bytes: Array(text.utf8))
        let error = #expect(throws: InputError.self) { while try stream.next() != nil {} }
        guard case .malformed(let line, let column, let message)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(message.contains("entity reference loop"), "\(message)")
        #expect(line == 7 && column == 9, "\(line):\(column)")
    }
    /// Empty elements get their end event, so consumers keep a balanced stack.
    @Test func emptyElementsAreClosed() throws {
        let stream = try XMLStream(name: "e.xml", bytes: Array("<a><b x='1'/>t</a>".utf8))
        var trace: [String] = []
        while let event = try stream.next() {
            switch event {
            case .start(let s): trace.append("<\(s.name) \(s.attributes)>")
            case .end(let n): trace.append("</\(n)>")
            case .text(let t): trace.append(t)
            }
        }
        #expect(trace == ["<a [:]>", "<b [\"x\": \"1\"]>", "</b>", "t", "</a>"])
    }
}

extension XMLStreamTests {
    /// libxml2 writes some messages over two lines; a diagnostic is one line.
    @Test func errorMessagesAreOneLine() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<t>".utf8) + [0xF0, 0x9F, 0x98, 0x30] + Array("</t>".utf8)
        let error = #expect(throws: InputError.self) {
            let stream = try XMLStream(name: "bad.xml", bytes: bytes)
            while try stream.next() != nil {}
        }
        #expect(error?.description.contains("\n") == false, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("bad.xml:2:") == true)
    }
}
