import Foundation
import Testing
@testable import BitextKit

@Suite struct HunspellHandlesTests {
    /// A copy of the English dictionary under a name of its own, so that no other test's questions
    /// share its handles.
    static func privateDictionary() throws -> (directory: String, name: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-hunspell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for ext in ["aff", "dic"] {
            try FileManager.default.copyItem(atPath: "\(Hunspell.directory)/en_US.\(ext)", toPath: folder.appendingPathComponent("xx_TEST.\(ext)").path)
        }
        return (folder.path, "xx_TEST")
    }

    /// Handles are borrowed per question: dictionaries made one after another, all alive, asked in
    /// turn, share one handle instead of holding one each.
    @Test func dictionariesAskedInTurnShareOneHandle() throws {
        let (directory, name) = try Self.privateDictionary()
        let spellers = try (0..<3).map { _ in try Hunspell(language: .en, name: name, directory: directory) }
        for speller in spellers {
            #expect(speller.accepts("embassy") && !speller.accepts("embasy"))
            #expect(speller.stems("embassies") == ["embassy"])
        }
        #expect(spellers[0].handles.idleCount == 1)
    }

    /// Threads asking at once each get a handle of their own, and the answers are those of one thread.
    @Test func concurrentQuestionsGetTheirOwnHandles() throws {
        let (directory, name) = try Self.privateDictionary()
        let words = ["embassy", "embasy", "diplomat", "diplomatt", "expulsion", "expulsoin"]
        let expected = try words.map(Hunspell(language: .en, name: name, directory: directory).accepts)
        let answers = Locked<[[Bool]]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            guard let speller = try? Hunspell(language: .en, name: name, directory: directory) else { return }
            let mine = (0..<50).flatMap { _ in words.map(speller.acceptsUncached) }
            answers.withLock { $0.append(mine) }
        }
        let all = answers.withLock { $0 }
        #expect(all.count == 4 && all.allSatisfy { $0 == Array((0..<50).flatMap { _ in expected }) })
        let handles = try Hunspell(language: .en, name: name, directory: directory).handles
        #expect((1...4).contains(handles.idleCount))
    }

    @Test func aMissingDictionaryFailsWhenMade() throws {
        #expect(throws: SpellingError.self) { try Hunspell(language: .en, name: "xx_NONE", directory: NSTemporaryDirectory()) }
    }
}
