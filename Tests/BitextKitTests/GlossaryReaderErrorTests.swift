import Testing
@testable import BitextKit

/// Malformed glossary files fail with the file, line and column of the problem, and the XML
/// readers never resolve entities.
@Suite struct GlossaryReaderErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let format: GlossaryFormat
        let text: String
        let line: Int
        let column: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "TSV line without a tab", format: .tsv, text: "# c\nBotschaft\tembassy\nGenf\n", line: 3, column: 1),
        Case(name: "TSV unknown part of speech", format: .tsv, text: "Botschaft\tembassy\tnoun\nGenf\tGeneva\tplace\n", line: 2, column: 13),
        Case(name: "TSV confidence out of range", format: .tsv, text: "Genf\tGeneva\t\t\t\t\t1.5\n", line: 1, column: 17),
        Case(name: "CSV unterminated quote", format: .csv, text: "german,english\r\nGenf,\"Geneva\r\n", line: 2, column: 6),
        Case(name: "CSV unknown column", format: .csv, text: "german,english,colour\r\n", line: 1, column: 16),
        Case(name: "CSV short record", format: .csv, text: "german,english,note\r\nGenf,Geneva\r\n", line: 2, column: 1),
        Case(name: "TMX unclosed element", format: .tmx, text: "<tmx version=\"1.4\">\n  <body>\n    <tu>\n</tmx>\n", line: 4, column: 7),
        Case(name: "TMX tu without English", format: .tmx,
             text: "<tmx version=\"1.4\"><header/><body>\n<tu><tuv xml:lang=\"de\"><seg>Genf</seg></tuv></tu></body></tmx>", line: 2, column: 1),
        Case(name: "TBX undefined entity", format: .tbx, text: "<tbx>\n  <text>&nbsp;</text>\n</tbx>\n", line: 2, column: 15),
        Case(name: "TBX attribute without quotes", format: .tbx2, text: "<martif type=TBX>\n</martif>\n", line: 1, column: 14),
        Case(name: "JSONL not an object", format: .jsonl, text: "{\"german\":\"Genf\",\"english\":\"Geneva\"}\n[1]\n", line: 2, column: 1),
    ]

    @Test(arguments: cases)
    func malformedInputNamesLineAndColumn(_ c: Case) throws {
        let file = try GlossaryFixtures.file(c.text, name: "in.\(c.format.rawValue)")
        do {
            _ = try c.format.read(file)
            Issue.record("\(c.name): no error")
        } catch {
            guard case let .malformed(line, column, _) = error.reason else {
                Issue.record("\(c.name): unexpected \(error)")
                return
            }
            #expect(error.file == "in.\(c.format.rawValue)")
            #expect(line == c.line, "\(c.name): \(error)")
            #expect(column == c.column, "\(c.name): \(error)")
        }
    }

    /// The classic XXE attack: an external entity naming a local file. The reader must refuse it,
    /// and the file's content must never appear in a result.
    @Test(arguments: [GlossaryFormat.tmx, .tbx])
    func externalEntitiesAreNeverResolved(_ format: GlossaryFormat) throws {
        let root = format == .tmx ? "tmx" : "tbx"
        let declared = """
            <?xml version="1.0"?>
            <!DOCTYPE \(root) [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
            <\(root)><text>&secret;</text></\(root)>
            """
        #expect(throws: InputError.self) { try format.read(GlossaryFixtures.file(declared)) }
        let undeclared = "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) SYSTEM \"file:///etc/hostname\">\n<\(root)><text>&secret;</text></\(root)>"
        #expect(throws: InputError.self) { try format.read(GlossaryFixtures.file(undeclared)) }
    }

    @Test func externalDTDReferenceIsSkippedNotLoaded() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="de"><seg>Genf</seg></tuv><tuv xml:lang="en"><seg>Geneva &amp; more</seg></tuv></tu></body></tmx>
            """
        let glossary = try GlossaryFormat.tmx.read(GlossaryFixtures.file(text))
        #expect(glossary.entries == [GlossaryEntry(german: "Genf", english: "Geneva & more")])
    }

    @Test func xmlReaderHandlesCharacterReferencesCDATAAndCRLF() throws {
        let text = "<a x=\"1&#10;2\">\r\n<b><![CDATA[<raw> & ]]>&#x4B;&#77;</b></a>"
        let stream = try XMLStream(GlossaryFixtures.file(text))
        let root = try stream.element(stream.root())
        #expect(root.attributes["x"] == "1\n2")
        #expect(root.child(named: "b")?.textContent == "<raw> & KM")
        #expect(root.textContent.hasPrefix("\n"))
    }
}
