import Foundation
import Testing
@testable import BitextKit

/// The bilingual readers: units, ids, states and inline codes of each format, found from the content.
@Suite struct BilingualReaderTests {
    static func read(_ text: String, name: String = "file", languages: (source: String, target: String)? = nil) throws -> BilingualDocument {
        try BilingualReader.read(name: name, bytes: Array(text.utf8), languages: languages)
    }

    @Test func xliff12InlineCodesBecomePlaceholders() throws {
        let document = try Self.read("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="de"><body>
            <trans-unit id="t1"><source>A <g id="1">bold</g> word<x id="2"/>, <bx id="3" rid="r"/>span<ex id="4" rid="r"/> and <bpt id="5">&lt;b&gt;</bpt>x<ept id="5">&lt;/b&gt;</ept> <ph id="6">%s</ph></source>
            <target state="needs-review-translation">Ein <g id="1">fettes</g> Wort</target></trans-unit>
            </body></file></xliff>
            """)
        #expect(document.format == .xliff)
        #expect(document.sourceLanguage == "en" && document.targetLanguage == "de")
        let unit = try #require(document.units.first)
        #expect(unit.id == "t1")
        #expect(unit.state == .fuzzy)
        #expect(unit.source.display == "A {1}bold{/1} word{2}, {r}span{/r} and {5}x{/5} {6}")
        #expect(unit.source.plain == "A bold word, span and x ")
        #expect(unit.target.display == "Ein {1}fettes{/1} Wort")
        #expect(unit.target.codes.map(\.displayRange) == [4..<7, 13..<17])
    }

    /// A span of the plain text moves past the placeholders before it, and ends before one at its end.
    @Test func plainRangesMapOntoTheDisplayedText() throws {
        var builder = SegmentBuilder()
        builder.code("1", .open)
        builder.text("Montag")
        builder.code("1", .close)
        builder.text(" früh")
        let segment = builder.segment
        #expect(segment.display == "{1}Montag{/1} früh")
        #expect(segment.displayRange(ofPlain: 0..<6) == 3..<9)
        #expect(segment.displayRange(ofPlain: 7..<11) == 14..<18)
    }

    @Test func memoQStatusAndLocks() throws {
        let document = try Self.read("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file source-language="en" target-language="de"><body>
            <trans-unit id="1" mq:status="ManuallyConfirmed"><source>a</source><target>b</target></trans-unit>
            <trans-unit id="2" mq:status="Proofread" mq:locked="locked"><source>a</source><target>b</target></trans-unit>
            <trans-unit id="3" mq:status="NotStarted"><source>c</source><target/></trans-unit>
            </body></file></xliff>
            """)
        #expect(document.units.map(\.state) == [.translated, .locked, .new])
    }

    @Test func xliff2SegmentsCodesAndStates() throws {
        let document = try Self.read("""
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-GB" trgLang="de"><file id="f">
            <unit id="u"><segment id="1" state="final"><source>A <pc id="p">b</pc><ph id="x"/></source><target>C <pc id="p">d</pc><ph id="x"/></target></segment>
            <ignorable><source> </source></ignorable>
            <segment id="2"><source><sc id="s"/>e<ec startRef="s"/></source><target><sc id="s"/>f<ec startRef="s"/></target></segment></unit>
            <unit id="v" translate="no"><segment><source>g</source><target>h</target></segment></unit>
            </file></xliff>
            """)
        #expect(document.format == .xliff2)
        #expect(document.units.map(\.id) == ["u/1", "u/2", "v"])
        #expect(document.units.map(\.state) == [.final, .translated, .locked])
        #expect(document.units[0].target.display == "C {p}d{/p}{x}")
        #expect(document.units[1].source.display == "{s}e{/s}")
    }

    /// TMX either direction: `--langs` picks the sides, whatever the header's srclang.
    @Test(arguments: [("en", "de", "Hello", "Hallo"), ("de", "en", "Hallo", "Hello")])
    func tmxInEitherDirection(source: String, target: String, sourceText: String, targetText: String) throws {
        let text = """
            <tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>
            <tu tuid="7"><tuv xml:lang="EN-US"><seg>Hello<ph x="1"/></seg></tuv><tuv xml:lang="de-DE"><seg>Hallo<ph x="1"/></seg></tuv></tu>
            </body></tmx>
            """
        let unit = try #require(try Self.read(text, languages: (source, target)).units.first)
        #expect(unit.id == "7")
        #expect(unit.source.plain == sourceText && unit.target.plain == targetText)
        #expect(unit.target.display == targetText + "{1}")
    }

    @Test func poMessagesPluralsFuzzyAndContext() throws {
        let document = try Self.read(#"""
            msgid ""
            msgstr ""
            "Language: de\n"
            "Content-Type: text/plain; charset=UTF-8\n"

            # translator comment
            #, fuzzy
            msgctxt "menu"
            msgid "Open"
            msgstr "Öffnen"

            msgid "one file"
            msgid_plural "%d files"
            msgstr[0] "eine Datei"
            msgstr[1] "%d Dateien"

            msgid "Untranslated \"quoted\""
            msgstr ""

            #~ msgid "old"
            #~ msgstr "alt"
            """#)
        #expect(document.format == .po)
        #expect(document.targetLanguage == "de")
        #expect(document.units.map(\.id) == ["menu", "line 12[0]", "line 12[1]", "line 17"])
        #expect(document.units.map(\.state) == [.fuzzy, .translated, .translated, .new])
        #expect(document.units.map(\.line) == [6, 12, 12, 17])
        #expect(document.units[2].source.plain == "%d files" && document.units[2].target.plain == "%d Dateien")
        #expect(document.units[3].source.plain == "Untranslated \"quoted\"")
    }

    @Test func poHeaderCharsetIsDecoded() throws {
        let text = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"Greetings\"\nmsgstr \"Grüße\"\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let document = try BilingualReader.read(name: "latin1.po", bytes: bytes)
        #expect(document.units.first?.target.plain == "Grüße")
    }

    /// "charset=" in a comment (or a message) says nothing: only the header's Content-Type does.
    @Test func poCharsetComesFromTheHeaderOnly() throws {
        let text = "# Old files: charset=ISO-8859-1\nmsgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Greetings\"\nmsgstr \"Grüße\"\n"
        #expect(try Self.read(text).units.first?.target.plain == "Grüße")
    }

    /// A file with an XML declaration is XML even when its root comes after a comment or DTD longer
    /// than the head format detection looks at: an XML error in it is an error, not plain text to check.
    @Test func anXMLDeclarationMakesABrokenFileAnError() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\(String(repeating: "c", count: 5000))-->\n<xliff version=\"1.2\" version=\"1.2\"><file/></xliff>\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-late-root-\(UUID().uuidString).xlf").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: InputError.self) { try BilingualReader.format(path: path) }
        #expect(error?.description.hasPrefix("\(path):3:") == true, "\(String(describing: error))")
    }

    @Test(arguments: [
        ("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><target>x</target></trans-unit></body></file></xliff>", "has no <source>"),
        ("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>x</sou", "inside <"),
        ("<html><body/></html>", "not the root of an XLIFF or TMX file"),
        ("msgid \"a\"\nmsgstr \"b\"\n\"dangling\"\nbogus \"x\"\n", "unknown keyword bogus"),
        // Messages that were read wrongly or left out without a word:
        ("msgid \"abc\\\"\nmsgstr \"d\"\n", "bad:1:7: the string is not terminated"),
        ("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n", "bad:1:1: msgid without a msgstr"),
        ("msgid \"\"\nmsgstr \"\"\n\nmsgstr \"b\"\n", "bad:4:1: msgstr without a msgid"),
    ])
    func malformedFilesNameTheirPosition(text: String, message: String) throws {
        let error = #expect(throws: InputError.self) { try Self.read(text, name: "bad") }
        #expect(error?.description.hasPrefix("bad:") == true)
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
    }

    enum Part {
        case t(String)
        case c(String, InlineCode.Kind)
    }

    static func segment(_ parts: [Part]) -> BilingualSegment {
        var builder = SegmentBuilder()
        for part in parts {
            switch part {
            case .t(let text): builder.text(text)
            case .c(let id, let kind): builder.code(id, kind)
            }
        }
        return builder.segment
    }

    @Test func tagMismatchFindsMissingAddedAndReorderedCodes() throws {
        let source = Self.segment([.t("a "), .c("1", .open), .t("b"), .c("1", .close), .t(" "), .c("2", .standalone)])
        let same = Self.segment([.t("A "), .c("1", .open), .t("B"), .c("1", .close), .t(" "), .c("2", .standalone)])
        #expect(TagMismatchCheck.findings(source: source, target: same).isEmpty)
        let dropped = Self.segment([.t("A B "), .c("2", .standalone)])
        #expect(TagMismatchCheck.findings(source: source, target: dropped).map(\.message) == ["inline code {1}…{/1} of the source is missing in the target"])
        let added = Self.segment([.t("A "), .c("1", .open), .t("B"), .c("1", .close), .t(" "), .c("2", .standalone), .c("3", .standalone)])
        #expect(TagMismatchCheck.findings(source: source, target: added).map(\.text) == ["{3}"])
        let moved = Self.segment([.c("2", .standalone), .t("A "), .c("1", .open), .t("B"), .c("1", .close)])
        let finding = try #require(TagMismatchCheck.findings(source: source, target: moved).first)
        #expect(finding.severity == .warning && finding.text == "{2}")
    }

    /// Codes of the source missing in the target are one finding that counts them and names the first
    /// ten: one finding each, every one quoting the whole target, made output grow with the square of
    /// the segment (215 MB of JSONL from a 256 KB XLIFF).
    @Test func missingCodesAreOneFindingNamingTheFirstTen() throws {
        let count = 2_000
        let source = Self.segment((0..<count).flatMap { [Part.t("w "), .c(String($0), .standalone)] } + [.c("s", .open), .t("x"), .c("s", .close)])
        let target = Self.segment([.t(String(repeating: "W ", count: count))])
        let findings = TagMismatchCheck.findings(source: source, target: target)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message == "\(count + 2) inline codes of the source are missing in the target: "
            + (0..<10).map { "{\($0)}" }.joined(separator: ", ") + ", …")
        #expect(finding.text == target.display)
        let two = Self.segment([.t("a "), .c("1", .open), .t("b"), .c("1", .close), .t(" "), .c("2", .standalone)])
        #expect(TagMismatchCheck.findings(source: two, target: Self.segment([.t("A B")])).map(\.message)
            == ["3 inline codes of the source are missing in the target: {1}…{/1}, {2}"])
    }

    /// Each code the source lacks is a finding at the code, with its line and column (placed from line
    /// starts computed once per segment, not by a scan from the start per finding).
    @Test func addedCodesAreFoundWhereTheyStand() throws {
        let source = Self.segment([.t("a\nb")])
        let target = Self.segment((0..<500).flatMap { [Part.t($0 % 100 == 99 ? "W\n" : "W "), .c(String($0), .standalone)] })
        let findings = TagMismatchCheck.findings(source: source, target: target)
        #expect(findings.count == 500)
        #expect(findings.map(\.text) == target.codes.map(\.placeholder))
        let scalars = Array(target.display.unicodeScalars)
        for (finding, code) in zip(findings, target.codes) {
            let before = scalars[..<code.displayRange.lowerBound]
            let lineStart = before.lastIndex(of: "\n").map { $0 + 1 } ?? 0
            #expect(finding.start == code.displayRange.lowerBound && finding.line == before.filter { $0 == "\n" }.count + 1
                && finding.column == code.displayRange.lowerBound - lineStart + 1)
        }
        #expect(findings.last?.line == 6)
    }
}

/// Annotated copies: notes land on their units, the rest of the file is copied byte for byte.
@Suite struct BilingualAnnotatorTests {
    static func annotate(_ text: String, unit index: Int) throws -> (BilingualDocument, String) {
        let bytes = Array(text.utf8)
        let document = try BilingualReader.read(name: "f", bytes: bytes)
        let unit = document.units[index]
        let finding = unit.target.finding(TagMismatchCheck.check, 0..<2, message: "a <note> & more")
        let annotated = try BilingualAnnotator.annotate(document, bytes: bytes, findings: [SegmentFinding(file: "f", unit: unit, finding: finding)])
        return (document, String(decoding: annotated, as: UTF8.self))
    }

    @Test func poGetsATranslatorCommentBeforeTheEntry() throws {
        let text = "msgid \"\"\nmsgstr \"\"\n\n#: a.c:1\nmsgid \"One\"\nmsgstr \"Eins\"\n\nmsgid \"Two\"\nmsgstr \"Zwei\"\n"
        let (_, annotated) = try Self.annotate(text, unit: 1)
        #expect(annotated == text.replacingOccurrences(of: "msgid \"Two\"", with: "# bitext: [tag-mismatch] error: a <note> & more «Zw»\nmsgid \"Two\""))
        let again = try BilingualReader.read(name: "g", bytes: Array(annotated.utf8))
        #expect(again.units.map(\.target.plain) == ["Eins", "Zwei"])
    }

    @Test func tmxGetsANoteFirstInItsTu() throws {
        let text = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><!-- <tu> in a comment --><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"de\"><seg>b</seg></tuv></tu>"
            + "<tu tuid=\"x\"><tuv xml:lang=\"en\"><seg>cc</seg></tuv><tuv xml:lang=\"de\"><seg>dd</seg></tuv></tu></body></tmx>"
        let (document, annotated) = try Self.annotate(text, unit: 1)
        #expect(annotated.contains("<tu tuid=\"x\"><note>bitext [tag-mismatch] error: a &lt;note&gt; &amp; more «dd»</note><tuv"))
        let again = try BilingualReader.read(name: "g", bytes: Array(annotated.utf8))
        #expect(again.units.map(\.target.display) == document.units.map(\.target.display))
    }
}

/// Per-finding report lines show a unit's source and target cut to a bounded length, so a unit with
/// thousands of findings cannot make a report quadratic in its size.
@Suite struct SegmentReportBoundsTests {
    @Test func longSegmentsAreCutInReportLinesAndShortOnesKept() {
        let long = String(repeating: "[", count: SegmentQAReport.shownLength + 500)
        let shown = SegmentQAReport.shown(long)
        #expect(shown.unicodeScalars.count == SegmentQAReport.shownLength + 1)
        #expect(shown.hasSuffix("…"))
        #expect(SegmentQAReport.shown("Die Fähre fährt.") == "Die Fähre fährt.")
    }
}
