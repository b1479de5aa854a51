import Testing
@testable import BitextKit

/// A named sentence-splitting case: the input and the sentences it must become.
struct SplitCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let sentences: [String]
    var testDescription: String { name }
}

@Suite struct GermanSentenceSplitterTests {
    static let cases: [SplitCase] = [
        SplitCase(name: "a closing parenthesis that opens the text is no citation (a fuzzer's crash)",
                  text: ") Er kam spät. Sie ging früh.",
                  sentences: [") Er kam spät.", "Sie ging früh."]),
        SplitCase(name: "ordinal date before a month is not a boundary",
                  text: "Das Treffen fand am 3. April statt. Danach reisten alle ab.",
                  sentences: ["Das Treffen fand am 3. April statt.", "Danach reisten alle ab."]),
        SplitCase(name: "ordinal rank after an article is not a boundary",
                  text: "Er belegte den 2. Platz im Rennen.",
                  sentences: ["Er belegte den 2. Platz im Rennen."]),
        SplitCase(name: "a number ending a sentence is a boundary",
                  text: "Die Tabelle steht auf Seite 48. Dort ist alles erklärt.",
                  sentences: ["Die Tabelle steht auf Seite 48.", "Dort ist alles erklärt."]),
        SplitCase(name: "titles never end a sentence",
                  text: "Gestern sprach Prof. Weber mit Dr. Lindner.",
                  sentences: ["Gestern sprach Prof. Weber mit Dr. Lindner."]),
        SplitCase(name: "multi-part abbreviation z. B. spans the space",
                  text: "Viele Städte, z. B. Graz, sind dabei. Andere nicht.",
                  sentences: ["Viele Städte, z. B. Graz, sind dabei.", "Andere nicht."]),
        SplitCase(name: "quantities with Mio. and Mrd. continue",
                  text: "Das Projekt kostet 4 Mrd. Euro und bringt 2 Mio. Besucher.",
                  sentences: ["Das Projekt kostet 4 Mrd. Euro und bringt 2 Mio. Besucher."]),
        SplitCase(name: "Nr. before a number continues",
                  text: "Der Bus Nr. 7 fährt nicht.",
                  sentences: ["Der Bus Nr. 7 fährt nicht."]),
        SplitCase(name: "an initial inside a name continues",
                  text: "Sie traf Johann W. Goethe am Markt.",
                  sentences: ["Sie traf Johann W. Goethe am Markt."]),
        SplitCase(name: "usw. before a sentence starter ends the sentence",
                  text: "Sie kauften Brot, Milch usw. Dann gingen sie.",
                  sentences: ["Sie kauften Brot, Milch usw.", "Dann gingen sie."]),
        SplitCase(name: "German quotes close the sentence",
                  text: "„Wir kommen wieder“, sagte sie. „Ganz sicher.“ Dann ging sie.",
                  sentences: ["„Wir kommen wieder“, sagte sie.", "„Ganz sicher.“", "Dann ging sie."]),
        SplitCase(name: "a headline without final punctuation is its own sentence",
                  text: "Neue Brücke eröffnet\nDie Brücke verbindet zwei Stadtteile.",
                  sentences: ["Neue Brücke eröffnet", "Die Brücke verbindet zwei Stadtteile."]),
        SplitCase(name: "a blank line is a hard boundary",
                  text: "Erster Absatz ohne Punkt\n\nZweiter Absatz.",
                  sentences: ["Erster Absatz ohne Punkt", "Zweiter Absatz."]),
        SplitCase(name: "a wrapped line is rejoined",
                  text: "Die Regierung hat am Montag die\nneuen Regeln vorgestellt.",
                  sentences: ["Die Regierung hat am Montag die\nneuen Regeln vorgestellt."]),
        SplitCase(name: "plain sentences split after question and exclamation marks",
                  text: "Kommt er? Ja! Er kommt.",
                  sentences: ["Kommt er?", "Ja!", "Er kommt."]),
        SplitCase(name: "an abbreviation list entry does not match a word ending the same way",
                  text: "Er traf den Kader. Sie ging.",
                  sentences: ["Er traf den Kader.", "Sie ging."]),
    ]

    @Test(arguments: cases)
    func splits(_ testCase: SplitCase) throws {
        let splitter = try SentenceSplitter(language: .de)
        #expect(try splitter.split(testCase.text) == testCase.sentences)
    }

    @Test func offsetsAreUnicodeScalarOffsetsIntoTheInput() throws {
        let text = "Über Öl. Änderung!"
        let bytes = Array(text.utf8)
        let spans = try SentenceSplitter(language: .de).split(bytes: bytes)
        let scalars = Array(text.unicodeScalars)
        #expect(spans.map(\.scalars) == [0..<8, 9..<18])
        for span in spans {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.scalars])
            #expect(String(view) == String(decoding: bytes[span.bytes], as: UTF8.self))
        }
    }

    @Test func emptyAndBlankTextHaveNoSentences() throws {
        let splitter = try SentenceSplitter(language: .de)
        #expect(try splitter.split("").isEmpty)
        #expect(try splitter.split(" \n\n \t").isEmpty)
    }
}

@Suite struct EnglishSentenceSplitterTests {
    static let cases: [SplitCase] = [
        SplitCase(name: "U.S. before a noun continues",
                  text: "The U.S. Embassy in Oslo reopened. Staff returned.",
                  sentences: ["The U.S. Embassy in Oslo reopened.", "Staff returned."]),
        SplitCase(name: "Mr. and Dr. continue",
                  text: "Mr. Hale met Dr. Osei on Monday.",
                  sentences: ["Mr. Hale met Dr. Osei on Monday."]),
        SplitCase(name: "No. continues only before a number",
                  text: "Platform No. 4 is closed. He said no. Then he left.",
                  sentences: ["Platform No. 4 is closed.", "He said no.", "Then he left."]),
        SplitCase(name: "e.g. continues",
                  text: "Some cities, e.g. Leeds, agreed. Others refused.",
                  sentences: ["Some cities, e.g. Leeds, agreed.", "Others refused."]),
        SplitCase(name: "an acronym before a sentence starter ends the sentence",
                  text: "She moved to the U.S. The move was hard.",
                  sentences: ["She moved to the U.S.", "The move was hard."]),
    ]

    @Test(arguments: cases)
    func splits(_ testCase: SplitCase) throws {
        let splitter = try SentenceSplitter(language: .en)
        #expect(try splitter.split(testCase.text) == testCase.sentences)
    }
}
