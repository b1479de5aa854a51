import Testing
@testable import BitextKit

/// A named normalization case: input, expected output, and the rules whose edits must appear.
struct NormalizeCase: CustomTestStringConvertible, Sendable {
    let name: String
    let language: Language
    let input: String
    let output: String
    let rules: [String]
    var testDescription: String { name }
}

@Suite struct NormalizerTests {
    static let cases: [NormalizeCase] = [
        NormalizeCase(name: "detokenizer space before a hyphen is removed", language: .de,
                      input: "Die EU -Kommission und die Baden -Württemberg-Reise.\n",
                      output: "Die EU-Kommission und die Baden-Württemberg-Reise.\n",
                      rules: ["detokenization-space", "detokenization-space"]),
        NormalizeCase(name: "suspended compound after a conjunction stays", language: .de,
                      input: "Haupt- und -nebensatz sind korrekt.\n",
                      output: "Haupt- und -nebensatz sind korrekt.\n", rules: []),
        NormalizeCase(name: "spaced hyphen between words becomes an en dash", language: .de,
                      input: "Graz - Die Stadt wächst.\n", output: "Graz – Die Stadt wächst.\n", rules: ["punctuation-style"]),
        NormalizeCase(name: "HTML tags and entities are removed and decoded", language: .en,
                      input: "Tom &amp; Jerry <b>won</b> &#8364;5.\n", output: "Tom & Jerry won €5.\n",
                      rules: ["html-tag", "html-tag", "html-entity", "html-entity"]),
        NormalizeCase(name: "words set in angle brackets as quotation marks are kept", language: .de,
                      input: "Das Wort <Basislager> und <Gloria in excelsis Deo> bleiben, <span class=\"x\">das</span> nicht.\n",
                      output: "Das Wort <Basislager> und <Gloria in excelsis Deo> bleiben, das nicht.\n", rules: ["html-tag", "html-tag"]),
        NormalizeCase(name: "a lone less-than sign is not a tag", language: .en,
                      input: "If a <3 then b.\n", output: "If a <3 then b.\n", rules: []),
        NormalizeCase(name: "Markdown emphasis markers are removed", language: .de,
                      input: "Wie **Beispiel.at** berichtete.\n", output: "Wie Beispiel.at berichtete.\n",
                      rules: ["markdown-emphasis", "markdown-emphasis"]),
        NormalizeCase(name: "invisible characters are removed", language: .de,
                      input: "\u{FEFF}Bot\u{00AD}schaft\u{200B}\n", output: "Botschaft\n",
                      rules: ["invisible-character", "invisible-character", "invisible-character"]),
        NormalizeCase(name: "CR LF becomes LF", language: .en, input: "One.\r\nTwo.\r\n", output: "One.\nTwo.\n",
                      rules: ["line-ending", "line-ending"]),
        NormalizeCase(name: "decomposed umlauts are composed (NFC)", language: .de,
                      input: "Gru\u{0308}n\n", output: "Grün\n", rules: ["nfc"]),
        NormalizeCase(name: "runs of spaces collapse and lines are trimmed", language: .en,
                      input: "  Two   spaces.\t\n", output: "Two spaces.\n", rules: ["whitespace", "whitespace", "whitespace"]),
        NormalizeCase(name: "straight quotes become German quotes", language: .de,
                      input: "Er sagte \"Ja\".\n", output: "Er sagte „Ja“.\n", rules: ["punctuation-style", "punctuation-style"]),
        NormalizeCase(name: "share counters and date lines are boilerplate", language: .de,
                      input: "Titel\n0\nVeröffentlicht am 3.5.2024 10:00\nText.\n", output: "Titel\nText.\n",
                      rules: ["boilerplate", "boilerplate"]),
        NormalizeCase(name: "a long paragraph that starts like a boilerplate line is article text", language: .de,
                      input: "Quellen: Nach Angaben aus Regierungskreisen haben die Delegationen beider Staaten am Abend eine gemeinsame Erklärung veröffentlicht, in der sie weitere Gespräche über die Arbeit der Botschaften, die Visavergabe und die Bankverbindungen ihrer Vertretungen ankündigen.\n", output: "Quellen: Nach Angaben aus Regierungskreisen haben die Delegationen beider Staaten am Abend eine gemeinsame Erklärung veröffentlicht, in der sie weitere Gespräche über die Arbeit der Botschaften, die Visavergabe und die Bankverbindungen ihrer Vertretungen ankündigen.\n", rules: []),
        NormalizeCase(name: "a repeated headline is removed", language: .en,
                      input: "Big news\n\nBig news\n\nBody.\n", output: "Big news\n\nBody.\n", rules: ["duplicate-line", "blank-lines"]),
        NormalizeCase(name: "a sentence broken across a blank line is rejoined", language: .de,
                      input: "Die Gespräche dauerten lange und endeten nach Mitternacht mit einer gemeinsamen\n\nErklärung beider Seiten.\n",
                      output: "Die Gespräche dauerten lange und endeten nach Mitternacht mit einer gemeinsamen Erklärung beider Seiten.\n",
                      rules: ["broken-sentence"]),
        NormalizeCase(name: "a short headline is not joined to the next paragraph", language: .de,
                      input: "Gipfel in der stadt\n\nDer Gipfel beginnt.\n", output: "Gipfel in der stadt\n\nDer Gipfel beginnt.\n", rules: []),
    ]

    @Test(arguments: cases)
    func normalizes(_ testCase: NormalizeCase) throws {
        let result = try Normalizer(language: testCase.language).normalize(testCase.input)
        #expect(result.text == testCase.output)
        #expect(result.edits.map(\.rule) == testCase.rules)
    }

    @Test func editsPointIntoTheOriginalText() throws {
        let input = "Zeile eins.\n\u{00AD}Die EU -Botschaft.\n"
        let result = try Normalizer(language: .de).normalize(input)
        let edit = try #require(result.edits.first { $0.rule == "detokenization-space" })
        let scalars = Array(input.unicodeScalars)
        #expect(scalars[edit.start] == " ")
        #expect(edit.line == 2)
        #expect(edit.column == 8)
        #expect(edit.before == " " && edit.after == "")
    }

    @Test func optionsTurnRulesOff() throws {
        var options = NormalizationOptions()
        options.normalizePunctuation = false
        options.removeBoilerplate = false
        let result = try Normalizer(language: .de, options: options).normalize("Teilen\nEr sagte \"Ja\".\n")
        #expect(result.text == "Teilen\nEr sagte \"Ja\".\n")
    }
}

/// The normalizer's offsets lead every sentence of the clean text back to the characters of the
/// original it came from (what `bitext run` hands QA, whose findings point into the user's file).
@Suite struct NormalizerOriginTests {
    @Test func sentencesOfTheCleanTextMapBackToTheOriginal() throws {
        let original = "Die EU -freundlichen <b>Diplomaten</b> kamen am Montag.\u{00AD} Sie&nbsp;blieben zwei Tage.\n"
        let normalized = try Normalizer(language: .de).normalize(original)
        let clean = Array(normalized.text.utf8)
        let spans = try SentenceSplitter(language: .de).split(bytes: clean)
        #expect(spans.count == 2)
        let scalars = Array(original.unicodeScalars)
        let mapped = spans.map { span in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[normalized.originalRange(of: span.scalars)])
            return String(view)
        }
        #expect(mapped == ["Die EU -freundlichen <b>Diplomaten</b> kamen am Montag.", "Sie&nbsp;blieben zwei Tage."])
    }
}
