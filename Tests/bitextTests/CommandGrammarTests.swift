import Foundation
import Testing

/// The command grammar every command shares (README, "Command grammar"): `--langs` names the inputs'
/// languages in the order the command takes them, one `--mode parallel|comparable|auto`, and the exit
/// statuses 0 (done), 1 (findings at the `--fail-on` level), 2 (bad usage, unreadable input).
@Suite struct CommandGrammarTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("BitextKitTests/Fixtures/pairing")
    static let lexicon = fixtures.appendingPathComponent("lexicon.tsv").path
    static let german = fixtures.appendingPathComponent("de/brueckenbau.txt").path
    static let english = fixtures.appendingPathComponent("en/bridge.txt").path
    static let offline = ["--no-default-lexicon", "--lexicon", lexicon]

    @Test(arguments: ["parallel", "comparable", "auto"])
    func alignTakesEveryModeAndEitherLanguageOrder(mode: String) throws {
        let forward = try CLI.run(["align", "--mode", mode, "--format", "ladder", Self.german, Self.english] + Self.offline)
        let backward = try CLI.run(["align", "--mode", mode, "--format", "ladder", "--langs", "en,de", Self.english, Self.german] + Self.offline)
        #expect(forward.status == 0, "\(forward.stderr)")
        #expect(backward.status == 0, "\(backward.stderr)")
        #expect(!forward.stdout.isEmpty)
    }

    @Test(arguments: ["parallel", "comparable", "auto"])
    func qaTakesEveryMode(mode: String) throws {
        let result = try CLI.run(["qa", Self.german, "--source", Self.english, "--langs", "en,de", "--mode", mode,
                                  "--no-default-lexicon", "--fail-on", "error"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"))
    }

    @Test(arguments: ["parallel", "comparable", "auto"])
    func runTakesEveryModeAndLanguagesInEitherOrder(mode: String) throws {
        let de = Self.fixtures.appendingPathComponent("de").path, en = Self.fixtures.appendingPathComponent("en").path
        let forward = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-grammar-\(UUID().uuidString)").path
        let backward = forward + "-en-de"
        let common = Self.offline + ["--no-default-glossary", "--quiet", "--mode", mode, "--creation-date", "20260101T000000Z"]
        let a = try CLI.run(["run", de, en, "-o", forward] + common)
        let b = try CLI.run(["run", "--langs", "en,de", en, de, "-o", backward] + common)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let pairsA = try String(contentsOfFile: forward + "/pairs.tsv", encoding: .utf8)
        let pairsB = try String(contentsOfFile: backward + "/pairs.tsv", encoding: .utf8)
        #expect(pairsA == pairsB)
    }

    @Test func pairAndGlossaryBuildTakeLanguagesInEitherOrder() throws {
        let de = Self.fixtures.appendingPathComponent("de").path, en = Self.fixtures.appendingPathComponent("en").path
        let pairs = try CLI.run(["pair", "--langs", "de,en", de, en] + Self.offline)
        #expect(pairs.status == 0, "\(pairs.stderr)")
        let forward = try CLI.run(["glossary", "build", "--langs", "de,en", "--mode", "auto", "--no-default-glossary", Self.german, Self.english] + Self.offline)
        let backward = try CLI.run(["glossary", "build", "--langs", "en,de", "--mode", "auto", "--no-default-glossary", Self.english, Self.german] + Self.offline)
        #expect(forward.status == 0, "\(forward.stderr)")
        #expect(forward.stdout == backward.stdout)
    }

    @Test(arguments: [
        (["align", "--no-such-option", "a", "b"], "Unknown option"),
        (["qa"], "missing TARGET"),
        (["qa", "MISSING"], "no such file"),
        (["qa", "MISSING", "--checks", "spelling,no-such-check"], "unknown check 'no-such-check'"),
        (["pair", "--one-to-one", "--many", "a", "b"], "--one-to-one"),
        (["run", "--langs", "de,fr", "a", "b", "-o", "out"], "run takes German and English"),
        (["glossary", "build", "MISSING", "MISSING"], "no such file"),
        (["glossary", "convert", "MISSING", "--format", "tbx"], "no such file"),
    ])
    func badUsageAndUnreadableInputExitWithTwo(arguments: [String], message: String) throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-missing-\(UUID().uuidString)").path
        let result = try CLI.run(arguments.map { $0 == "MISSING" ? missing : $0 })
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.lowercased().contains(message.lowercased()), "\(result.stderr)")
    }

    @Test func qaExitsWithOneOnFindingsAndZeroWithout() throws {
        let flawed = try CLI.temporaryFile(Array("Die EU -freundlichen Diplomaten kamen.\n".utf8))
        let clean = try CLI.temporaryFile(Array("Die Diplomaten kamen.\n".utf8))
        let options = ["--no-default-lexicon", "--checks", "spacing-artifact", "--fail-on", "error"]
        #expect(try CLI.run(["qa", flawed] + options).status == 1)
        #expect(try CLI.run(["qa", clean] + options).status == 0)
    }
}
