import Foundation
import Testing

@Suite struct QACommandTests {
    static let artifact = "Die Gäste kamen.\nDie EU -Kommission tagte.\n"

    @Test func textOutputReadsLikeCompilerDiagnosticsWithACaret() throws {
        let path = try CLI.temporaryFile(Array(Self.artifact.utf8), name: "de.txt")
        let result = try CLI.run(["qa", path, "--checks", "spacing-artifact", "--no-default-lexicon"])
        #expect(result.stdout == """
            \(path):2:5: error: [spacing-artifact] stray space before the hyphen; write "EU-Kommission"
                Die EU -Kommission tagte.
                    ^~~~~~~~~~~~~~
                suggestion: EU-Kommission

            """)
        #expect(result.status == 1)
        #expect(result.stderr.contains("1 finding(s)"))
    }

    @Test func jsonlOutputCarriesOffsetsAndSuggestion() throws {
        let path = try CLI.temporaryFile(Array(Self.artifact.utf8))
        let result = try CLI.run(["qa", path, "--checks", "spacing-artifact", "--format", "jsonl", "--no-default-lexicon"])
        #expect(result.stdout == "{\"file\":\"\(path)\",\"check\":\"spacing-artifact\",\"severity\":\"error\",\"line\":2,\"column\":5,\"start\":21,\"end\":35,\"text\":\"EU -Kommission\",\"message\":\"stray space before the hyphen; write \\\"EU-Kommission\\\"\",\"suggestion\":\"EU-Kommission\"}\n")
    }

    @Test(arguments: [("error", "Er kam , und ging.", Int32(0)), ("warning", "Er kam , und ging.", Int32(1)), ("warning", "Er kam und ging.", Int32(0))])
    func failOnSetsTheExitStatus(level: String, text: String, status: Int32) throws {
        let path = try CLI.temporaryFile(Array(text.utf8))
        let result = try CLI.run(["qa", path, "--fail-on", level, "--checks", "punctuation-spacing", "--no-default-lexicon"])
        #expect(result.status == status)
    }

    /// A scraped page's markup is seldom well-formed XML: it is text, whose tags `markup-remnant`
    /// reports; a file that names a bilingual root and is broken stays an error.
    @Test func textThatStartsWithMarkupIsCheckedAsText() throws {
        let html = try CLI.temporaryFile(Array("<p>Die Botschaft<br>bleibt offen.</p>\n".utf8), name: "page.txt")
        let text = try CLI.run(["qa", html, "--checks", "markup-remnant", "--format", "jsonl", "--no-default-lexicon"])
        #expect(text.status == 1)
        #expect(text.stdout.split(separator: "\n").count == 3)
        let broken = try CLI.temporaryFile(Array("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"de\"><seg>Hallo".utf8), name: "cut.tmx")
        let error = try CLI.run(["qa", broken, "--no-default-lexicon"])
        #expect(error.status == 2)
        #expect(error.stdout.isEmpty)
    }

    @Test func batchFindingsCarryTheRecordID() throws {
        let records = "{\"id\":\"s1\",\"source\":\"They met on Thursday.\",\"target\":\"Sie trafen sich am Mittwoch.\"}\n{\"id\":2,\"target\":\"Gut.\"}\n"
        let path = try CLI.temporaryFile(Array(records.utf8), name: "records.jsonl")
        let result = try CLI.run(["qa", "--batch", path, "--format", "jsonl", "--checks", "date-mismatch", "--no-default-lexicon"])
        #expect(result.stdout.hasPrefix("{\"id\":\"s1\",\"check\":\"date-mismatch\""))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        ("Anna Schmidt met 35 guests in Graz in 2019.\nThe train to Salzburg cost 120 euros.\n210,000 people live in Linz.\n", "a translation"),
        ("Anna Schmidt met friends.\nThe weather in Spain was hot all summer.\nFootball clubs signed many new players.\nThe stock market fell sharply on Friday.\n",
         "comparable"),
    ])
    func sourceRelationIsDecidedAndSaid(source: String, decided: String) throws {
        let target = try CLI.temporaryFile(Array("Anna Schmidt traf 2019 in Graz 35 Gäste.\nDer Zug nach Salzburg kostete 120 Euro.\nIn Linz wohnen 210.000 Menschen.\n".utf8))
        let sourcePath = try CLI.temporaryFile(Array(source.utf8))
        let result = try CLI.run(["qa", target, "--source", sourcePath, "--format", "jsonl", "--no-default-lexicon"])
        #expect(result.stderr.contains("source treated as \(decided): "))
    }

    @Test func batchOutputIsTheSameWhateverTheJobCount() throws {
        let records = (0..<12).map { index in
            "{\"id\":\(index),\"source\":\"They met on Thursday in Graz, \(index * 7) of them.\",\"target\":\"Sie trafen sich am Mittwoch in Graz , \(index * 7 + 1) von ihnen.\"}\n"
        }.joined()
        let path = try CLI.temporaryFile(Array(records.utf8), name: "records.jsonl")
        let one = try CLI.run(["qa", "--batch", path, "--format", "jsonl", "--jobs", "1", "--no-default-lexicon"])
        let three = try CLI.run(["qa", "--batch", path, "--format", "jsonl", "--jobs", "3", "--no-default-lexicon"])
        #expect(one.stdout == three.stdout)
        #expect(one.stdout.split(separator: "\n").count >= 24)
    }

    @Test func htmlReportIsOneSelfContainedFile() throws {
        let target = try CLI.temporaryFile(Array("Die EU -Kommission tagte am Mittwoch.\n".utf8))
        let source = try CLI.temporaryFile(Array("The EU Commission met on Thursday.\n".utf8))
        let out = URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent("report.html").path
        let result = try CLI.run(["qa", target, "--source", source, "--format", "html", "-o", out, "--no-default-lexicon"])
        #expect(result.status == 1)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<mark class=\"error\""))
        #expect(html.contains("date-mismatch"))
        #expect(!html.contains("<script") && !html.contains("http"))
    }

    @Test(arguments: [
        (["qa", "/nonexistent/de.txt"], "/nonexistent/de.txt: no such file"),
        (["qa", "INVALID", "--checks", "no-such-check"], "unknown check 'no-such-check'"),
        (["qa", "INVALID", "--checks", "spelling", "--skip", "spelling"], "either --checks or --skip"),
        (["qa", "INVALID", "--langs", "xx"], "The value 'xx' is invalid for '--langs <langs>'"),
        (["qa", "INVALID"], "invalid UTF-8"),
        (["qa", "EMPTY"], "empty file"),
        (["qa", "--batch", "EMPTY"], "empty file, nothing to check (no records)"),
    ])
    func badInputGetsAOneLineErrorAndNoOutput(arguments: [String], message: String) throws {
        let invalid = try CLI.temporaryFile([0x44, 0x69, 0xFF, 0x0A])
        let out = invalid + ".out"
        let empty = try CLI.temporaryFile(Array(" \n".utf8))
        let result = try CLI.run(arguments.map { $0 == "INVALID" ? invalid : $0 == "EMPTY" ? empty : $0 } + ["-o", out, "--no-default-lexicon"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func listChecksNamesEveryCheck() throws {
        let result = try CLI.run(["qa", "--list-checks"])
        #expect(result.status == 0)
        for id in ["spacing-artifact", "calque-compound", "repeated-phrase", "double-word", "spelling", "term-consistency",
                   "number-mismatch", "date-mismatch", "name-mismatch", "untranslated", "markup-remnant", "encoding-damage",
                   "unbalanced-quotes", "unbalanced-brackets", "punctuation-spacing"] {
            #expect(result.stdout.contains(id + "\t"))
        }
    }
}
