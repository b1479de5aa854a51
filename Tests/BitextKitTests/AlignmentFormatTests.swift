import Foundation
import Testing
@testable import BitextKit

@Suite struct AlignmentFormatTests {
    let source = AlignmentDocument(name: "de.txt", language: .de, sentences: ["Erster Satz.", "Zweiter <Satz> & \"mehr\"\u{1}.", "Dritter."])
    let target = AlignmentDocument(name: "en.txt", language: .en, sentences: ["First and second sentence.", "Third."])
    var beads: [AlignmentBead] {
        [AlignmentBead(source: 0..<2, target: 0..<1, confidence: 0.93), AlignmentBead(source: 2..<3, target: 1..<1, confidence: 0.5),
         AlignmentBead(source: 3..<3, target: 1..<2, confidence: 0.25)]
    }

    @Test func ladderUsesVecalignFormatWithEmptyBrackets() {
        let ladder = AlignmentWriter(source: source, target: target).render(beads, as: .ladder)
        #expect(ladder == "[0, 1]:[0]:0.93\n[2]:[]:0.5\n[]:[1]:0.25\n")
    }

    @Test func tsvHasAHeaderAndOneLinePerBead() {
        let lines = AlignmentWriter(source: source, target: target).render(beads, as: .tsv).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("0,1\t0\t0.93\tErster Satz. Zweiter"))
    }

    @Test func tmxEscapesMarkupAndDropsControlCharacters() {
        let tmx = AlignmentWriter(source: source, target: target).render(beads, as: .tmx)
        #expect(tmx.contains("Zweiter &lt;Satz&gt; &amp; &quot;mehr&quot;."))
        #expect(!tmx.unicodeScalars.contains { $0.value == 1 })
        #expect(tmx.components(separatedBy: "<tu>").count == 2)  // deletions are not translation units
        #expect(tmx.contains("xml:lang=\"de\"") && tmx.contains("xml:lang=\"en\"") && tmx.contains("srclang=\"en\""))
    }

    /// `--direction` orients the memory for the CAT tool: srclang and the first tuv, whatever order the
    /// documents came in; comparable units are marked.
    @Test(arguments: [(TMXDirection.enDe, "en", "de"), (.deEn, "de", "en")])
    func tmxDirectionSetsSourceLanguageAndVariantOrder(direction: TMXDirection, first: String, second: String) throws {
        let tmx = AlignmentWriter(source: source, target: target, direction: direction).render(beads, as: .tmx)
        #expect(tmx.contains("srclang=\"\(first)\""))
        let firstAt = try #require(tmx.range(of: "<tuv xml:lang=\"\(first)\">"))
        let secondAt = try #require(tmx.range(of: "<tuv xml:lang=\"\(second)\">"))
        #expect(firstAt.lowerBound < secondAt.lowerBound)
        #expect(!tmx.contains("x-relation"))
        let comparable = AlignmentWriter(source: source, target: target, direction: direction, relation: .comparable).render(beads, as: .tmx)
        #expect(comparable.contains("<prop type=\"x-relation\">comparable</prop>"))
    }

    @Test func tmxIsValidAgainstTheTMX14DTD() throws {
        let dtd = "/work/shared/formats/tmx14.dtd"
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), FileManager.default.fileExists(atPath: dtd) else {
            print("note: xmllint or \(dtd) missing; TMX DTD validation skipped")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-align-\(UUID().uuidString).tmx")
        try AlignmentWriter(source: source, target: target, creationDate: "20260101T000000Z").render(beads, as: .tmx)
            .write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--dtdvalid", dtd, file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func presplitKeepsEmptyLinesAsSentences() throws {
        let file = try TextFile(name: "x", bytes: Array("Eins.\n\nDrei.\r\n".utf8))
        #expect(AlignmentDocument.presplit(file, language: .de).sentences == ["Eins.", "", "Drei."])
    }

    @Test func warningsFlagEmptySidesSizeAndSameLanguage() throws {
        let empty = AlignmentDocument(name: "e.txt", language: .en, sentences: [])
        #expect(try AlignmentWarning.check(source: source, target: empty).contains(.emptySide(file: "e.txt")))
        let german = AlignmentDocument(name: "g.txt", language: .en, sentences: Array(repeating: "Der Mann und die Frau sind in der Stadt, und sie ist mit ihm dort.", count: 5))
        let english = AlignmentDocument(name: "de.txt", language: .de, sentences: Array(repeating: "Der Mann und die Frau sind in der Stadt.", count: 5))
        #expect(try AlignmentWarning.check(source: english, target: german).contains(.sameLanguage(file: "g.txt", looksLike: .de, expected: .en)))
        let long = AlignmentDocument(name: "l.txt", language: .en, sentences: Array(repeating: "Third sentence here.", count: 40))
        #expect(try AlignmentWarning.check(source: source, target: long).contains { if case .sizeMismatch = $0 { return true } else { return false } })
    }

    /// Translation memories carry the documents' own text: normalization is for matching only.
    @Test func tmxCarriesTheSentencesAsTheFileWritesThem() throws {
        let english = "He said \"yes\" -- and left.  It's over...\n\nThe  end.\n"
        let document = try AlignmentDocument.split(try TextFile(name: "en.txt", bytes: Array(english.utf8)), language: .en)
        #expect(document.written.count == document.sentences.count)
        for sentence in document.written { #expect(english.contains(sentence), "\(sentence)") }
        #expect(document.written.joined(separator: " ").filter { !$0.isWhitespace } == english.filter { !$0.isWhitespace })
    }
}
