import Foundation
import Testing
import Synchronization
@testable import BitextKit

@Suite struct LexiconCacheTests {
    static let entries = [("Botschaft", "embassy"), ("kalter Krieg", "cold war"), ("Krieg", "war"), ("Ausweisung", "expulsion")]

    static func built(_ pairs: [(String, String)]) throws -> Lexicon {
        let builder = try LexiconBuilder(source: .de, target: .en)
        for (german, english) in pairs { builder.add(german: german, other: english) }
        return builder.finish()
    }

    /// Both lexicons translate every source stem to the same target stems, in full and one-word form.
    static func sameTranslations(_ a: Lexicon, _ b: Lexicon) -> Bool {
        let stems = { (lexicon: Lexicon, ids: [Int32]) in Set(ids.map { lexicon.targetStems[Int($0)] }) }
        return Array(a.table.stems) == Array(b.table.stems) && a.table.stems.allSatisfy { stem in
            stems(a, a.translations(ofStem: stem)) == stems(b, b.translations(ofStem: stem))
                && stems(a, a.primaryTranslations(ofStem: stem)) == stems(b, b.primaryTranslations(ofStem: stem))
        }
    }

    @Test func serializedLexiconReadsBackTheSame() throws {
        let lexicon = try Self.built(Self.entries)
        let copy = try #require(Lexicon.deserialized(lexicon.serialized()))
        #expect(copy.targetStems == lexicon.targetStems)
        #expect(copy.table == lexicon.table && copy.directTable == lexicon.directTable)
    }

    @Test func truncatedOrForeignBytesAreNoLexicon() throws {
        let bytes = try Self.built(Self.entries).serialized()
        #expect(Lexicon.deserialized(Array(bytes.dropLast(3))) == nil)
        #expect(Lexicon.deserialized(Array("not a lexicon".utf8)) == nil)
        #expect(Lexicon.deserialized(bytes + [0]) == nil)
    }

    @Test func mergingEqualsBuildingFromAllEntries() throws {
        let glossary = [("Botschaft", "mission"), ("Lagebesprechung", "briefing"), ("Krieg", "conflict")]
        let merged = try Self.built(Self.entries).merging(Self.built(glossary))
        #expect(Self.sameTranslations(merged, try Self.built(Self.entries + glossary)))
    }

    @Test func cacheBuildsOnceAndRebuildsWhenTheFileChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dictionary = folder.appendingPathComponent("lexicon.tsv")
        try Data("Botschaft\tembassy\n".utf8).write(to: dictionary)
        let cache = LexiconCache(directory: folder.appendingPathComponent("cache").path)
        var builds = 0
        let load = {
            try cache.lexicon(source: .de, target: .en, paths: [dictionary.path]) {
                builds += 1
                return try LexiconLoader.load(source: .de, target: .en, paths: [dictionary.path], cache: LexiconCache(directory: nil))
            }
        }
        let announced = Mutex<[String]>([])
        LexiconCache.announceBuilds { paths, _ in
            if paths == [dictionary.path] { announced.withLock { $0.append(contentsOf: paths) } }
        }
        let first = try load()
        let second = try load()
        #expect(builds == 1 && second.table == first.table)
        #expect(announced.withLock { $0 } == [dictionary.path])
        try Data("Botschaft\tembassy\nKrieg\twar\n".utf8).write(to: dictionary)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: dictionary.path)
        let third = try load()
        #expect(builds == 2 && third.contains(sourceStem: "krieg"))
    }

    /// Small dictionaries (test fixtures, glossaries) leave no entry that could push the real
    /// lexicon's out of the cache.
    @Test func dictionariesBelowTheMinimumAreNotCached() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dictionary = folder.appendingPathComponent("lexicon.tsv")
        try Data("Botschaft\tembassy\n".utf8).write(to: dictionary)
        let small = LexiconCache(directory: folder.appendingPathComponent("cache").path, minimumInputBytes: LexiconCache.standardMinimumInputBytes)
        #expect(small.entryPath(source: .de, target: .en, paths: [dictionary.path]) == nil)
        let lexicon = try small.lexicon(source: .de, target: .en, paths: [dictionary.path]) {
            try LexiconLoader.load(source: .de, target: .en, paths: [dictionary.path], cache: LexiconCache(directory: nil))
        }
        #expect(lexicon.contains(sourceStem: "botschaft"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("cache").path))
    }
}

@Suite struct WordListTests {
    @Test func membershipUnionAndRoundTrip() throws {
        let a = WordList(["kalben", "Botschaft", "ärger", "kalben"])
        #expect(a.count == 3)
        #expect(a.contains("kalben") && a.contains("ärger") && !a.contains("kalbe") && !a.contains("kalbent"))
        let both = a.union(WordList(["zeit", "botschaft", "kalben"]))
        #expect(Array(both) == ["Botschaft", "botschaft", "kalben", "zeit", "ärger"])
        let copy = try #require(WordList(bytes: both.bytes, ends: both.ends))
        #expect(Array(copy) == Array(both))
        #expect(WordList(bytes: [0x61], ends: [2]) == nil)
    }

    /// The hashed look-up finds every word at its sorted position, and no word that is only a prefix,
    /// an extension or a one-letter change of one (thousands of words: probe runs and collisions).
    @Test func everyWordAtItsPosition() {
        let words = (0..<5_000).map { "w\($0 * 7919 % 100_003)ört" } + ["", "a", "ab"]
        let list = WordList(words)
        for (position, word) in list.enumerated() {
            #expect(list.index(of: word) == position)
        }
        #expect(list.count == Set(words).count)
        #expect(!list.contains("w") && !list.contains("abc") && !list.contains("w0ör") && !list.contains("w0örtt") && !list.contains("x0ört"))
        #expect(!WordList([]).contains("") && !WordList([]).contains("a"))
    }
}
