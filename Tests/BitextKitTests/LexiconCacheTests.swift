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

    /// Both lexicons translate every source stem of `reference` (a lexicon as built) to the same
    /// target stems, in full and one-word form, have the same stems and word forms, and count the
    /// same German words per primary translation.
    static func sameTranslations(_ a: Lexicon, _ reference: Lexicon) -> Bool {
        let stems = { (lexicon: Lexicon, ids: [Int32]) in Set(ids.map { lexicon.targetStem(ofID: $0) }) }
        let counts = { (lexicon: Lexicon) in
            Dictionary(uniqueKeysWithValues: lexicon.primaryTranslationCounts().enumerated().map { (lexicon.targetStem(ofID: Int32($0.offset)), $0.element) })
        }
        return a.count == reference.count && a.targetStemCount == reference.targetStemCount
            && a.germanWordFormCount == reference.germanWordFormCount && reference.germanWordForms.allSatisfy(a.isGermanWordForm)
            && counts(a) == counts(reference)
            && reference.table.stems.allSatisfy { stem in
                a.contains(sourceStem: stem)
                    && stems(a, a.translations(ofStem: stem)) == stems(reference, reference.translations(ofStem: stem))
                    && stems(a, a.primaryTranslations(ofStem: stem)) == stems(reference, reference.primaryTranslations(ofStem: stem))
            }
    }

    @Test func serializedLexiconReadsBackTheSame() throws {
        let lexicon = try Self.built(Self.entries)
        let copy = try #require(Lexicon.deserialized(lexicon.serialized()))
        #expect(copy.targetStems == lexicon.targetStems)
        #expect(copy.table == lexicon.table && copy.directTable == lexicon.directTable)
        #expect(Self.sameTranslations(copy, lexicon))
    }

    @Test func truncatedOrForeignBytesAreNoLexicon() throws {
        let bytes = try Self.built(Self.entries).serialized()
        #expect(Lexicon.deserialized(Array(bytes.dropLast(3))) == nil)
        #expect(Lexicon.deserialized(Array("not a lexicon".utf8)) == nil)
        #expect(Lexicon.deserialized(bytes + [0]) == nil)
    }

    /// A damaged stem count sized an array before any stem was read: 0xFFFFFFF0 stems aborted the
    /// process ("failed to allocate 68719476512 bytes"), in every command that loads the lexicon.
    @Test func aDamagedCountIsNoLexicon() throws {
        let lexicon = try Self.built(Self.entries)
        let bytes = lexicon.serialized()
        let head = Lexicon.serializationMagic.count + 2 + lexicon.source.rawValue.utf8.count + lexicon.target.rawValue.utf8.count
        var damaged = Array(bytes.prefix(head))
        damaged += [0xF0, 0xFF, 0xFF, 0xFF]
        damaged += bytes.dropFirst(head + 4)
        #expect(Lexicon.deserialized(damaged) == nil)
    }

    @Test func layeringEqualsBuildingFromAllEntries() throws {
        let glossary = [("Botschaft", "mission"), ("Lagebesprechung", "briefing"), ("Krieg", "conflict"), ("Ausweisung", "expulsion")]
        let layered = try Self.built(Self.entries).layering(Self.built(glossary))
        #expect(Self.sameTranslations(layered, try Self.built(Self.entries + glossary)))
    }

    /// The overlay is asked first: a stem both have answers with the glossary's translation too, and
    /// the glossary's new target stems are numbered after the dictionary's, which stays as it was.
    @Test func overlayEntriesWinOverTheSharedDictionary() throws {
        let dictionary = try Self.built(Self.entries)
        let layered = dictionary.layering(try Self.built([("Botschaft", "mission"), ("Lagebesprechung", "briefing")]))
        let stems = { (ids: [Int32]) in Set(ids.map { layered.targetStem(ofID: $0) }) }
        #expect(stems(layered.translations(ofStem: "botschaft")) == ["embassi", "mission"])
        #expect(stems(layered.primaryTranslations(ofStem: "botschaft")) == ["embassi", "mission"])
        #expect(stems(layered.translations(ofStem: "lagebesprech")) == ["brief"])
        #expect(stems(layered.translations(ofStem: "krieg")) == ["cold", "war"])
        #expect(layered.targetID(ofStem: "mission") == Int32(dictionary.targetStemCount))
        #expect(layered.count == dictionary.count + 1 && layered.isGermanWordForm("lagebesprechung"))
        #expect(dictionary.translations(ofStem: "botschaft").count == 1 && !dictionary.isGermanWordForm("lagebesprechung"))
    }

    /// A table with a few words' runs added answers as a table built from all the words.
    @Test func letterRunsAddedAnswerAsBuiltFromAllWords() throws {
        let base = ["botschaft", "krieg", "ausweisung", "lagebesprechung"]
        let added = ["selenskyj", "botschafter"]
        let layered = LetterGrams(words: base).adding(words: added)
        let reference = LetterGrams(words: base + added)
        for probe in ["selenskyj", "selensky", "botschafter", "kriegq", "qxz", "lenskyjbot", ""] {
            let word = Array(probe.unicodeScalars)
            #expect(layered.unknownRuns(in: word) == reference.unknownRuns(in: word), "\(probe)")
            #expect(layered.allowsEdges(word) == reference.allowsEdges(word), "\(probe)")
            #expect(layered.allows(word, changed: 0..<word.count) == reference.allows(word, changed: 0..<word.count), "\(probe)")
        }
        #expect(LetterGrams(words: base).unknownRuns(in: Array("selenskyj".unicodeScalars)) != [])
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

    /// A TSV dictionary in a fresh folder, a cache beside it, and a load of its lexicon through the
    /// cache's entry (not `LexiconCache.lexicon`, which keeps a loaded lexicon for the process and
    /// would never read the damaged entry again) that counts its builds.
    final class CachedDictionary {
        static let lines = "Botschaft\tembassy\nKrieg\twar\nAusweisung\texpulsion\nHafen\tharbour\nFähre\tferry\n"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-cache-\(UUID().uuidString)")
        var dictionary: String { folder.appendingPathComponent("lexicon.tsv").path }
        var cache: LexiconCache { LexiconCache(directory: folder.appendingPathComponent("cache").path) }
        private(set) var builds = 0

        init() throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(Self.lines.utf8).write(to: URL(fileURLWithPath: dictionary))
        }

        func fresh() throws -> Lexicon {
            try LexiconLoader.load(source: .de, target: .en, paths: [dictionary], cache: LexiconCache(directory: nil))
        }

        func load() throws -> Lexicon {
            try cache.value(kind: .lexicon, key: "test", paths: [dictionary], decode: Lexicon.deserialized, encode: { $0.serialized() }) {
                builds += 1
                return try fresh()
            }
        }

        var entry: URL {
            get throws { URL(fileURLWithPath: try #require(cache.entryPath(kind: .lexicon, key: "test", paths: [dictionary]))) }
        }
    }

    /// A changed letter in a stored target stem passes every bound and id check of the lexicon's
    /// format, and every command after it would translate with the changed stem: the entry's checksum
    /// makes it a miss, and the lexicon is built again, as a fresh build answers.
    @Test func aChangedLetterInAStoredStemIsRebuilt() throws {
        let cached = try CachedDictionary()
        defer { try? FileManager.default.removeItem(at: cached.folder) }
        let fresh = try cached.fresh()
        _ = try cached.load()
        var stored = [UInt8](try Data(contentsOf: try cached.entry))
        let stem = Array(fresh.targetStems[fresh.targetStems.count / 2].utf8)
        let position = try #require(stored.firstRange(of: stem)).lowerBound + stem.count / 2
        stored[position] ^= 0x01
        try Data(stored).write(to: try cached.entry)
        let loaded = try cached.load()
        #expect(cached.builds == 2)
        #expect(loaded.targetStems == fresh.targetStems && Self.sameTranslations(loaded, fresh))
        #expect(try cached.load().targetStems == fresh.targetStems && cached.builds == 2)
        let misread = Lexicon.deserialized(Array(stored.dropLast(8)))?.targetStems
        #expect(misread.map { $0 != fresh.targetStems } == true, "the format alone reads the entry, with the changed stem")
    }

    /// An entry cut short, by a byte or by its checksum's length, is a miss and is rebuilt.
    @Test(arguments: [1, 8, 100])
    func aCutEntryIsRebuilt(cut: Int) throws {
        let cached = try CachedDictionary()
        defer { try? FileManager.default.removeItem(at: cached.folder) }
        let fresh = try cached.fresh()
        _ = try cached.load()
        let stored = try Data(contentsOf: try cached.entry)
        try stored.dropLast(cut).write(to: try cached.entry)
        #expect(Self.sameTranslations(try cached.load(), fresh) && cached.builds == 2)
        #expect(try Data(contentsOf: try cached.entry) == stored)
    }

    /// The checksum only says the bytes are as stored; what they hold is still the format's to judge.
    /// Each kind's entry, stored by the cache with a right checksum, put where the other kind's goes:
    /// that kind's format refuses it, and the value is built again.
    @Test func anotherKindsEntryWithARightChecksumIsRebuilt() throws {
        let cached = try CachedDictionary()
        defer { try? FileManager.default.removeItem(at: cached.folder) }
        let tables = try DingTablesTests.parsed()
        var tableBuilds = 0
        let loadTables = {
            cached.cache.value(kind: .ding, key: "test", paths: [cached.dictionary], decode: DingTables.deserialized, encode: { $0.serialized() }) {
                tableBuilds += 1
                return tables
            }
        }
        let dingEntry = try #require(cached.cache.entryPath(kind: .ding, key: "test", paths: [cached.dictionary]))
        let fresh = try cached.fresh()
        #expect(loadTables() == tables)
        try FileManager.default.copyItem(atPath: dingEntry, toPath: try cached.entry.path)
        #expect(Self.sameTranslations(try cached.load(), fresh) && cached.builds == 1)
        #expect(Self.sameTranslations(try cached.load(), fresh) && cached.builds == 1)
        try FileManager.default.removeItem(atPath: dingEntry)
        try FileManager.default.copyItem(atPath: try cached.entry.path, toPath: dingEntry)
        #expect(loadTables() == tables && tableBuilds == 2)
        #expect(loadTables() == tables && tableBuilds == 2)
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
    @Test func membershipOrderAndRoundTrip() throws {
        let a = WordList(["kalben", "Botschaft", "ärger", "kalben", "zeit", "botschaft"])
        #expect(a.count == 5)
        #expect(a.contains("kalben") && a.contains("ärger") && !a.contains("kalbe") && !a.contains("kalbent"))
        #expect(Array(a) == ["Botschaft", "botschaft", "kalben", "zeit", "ärger"])
        let copy = try #require(WordList(bytes: a.bytes, ends: a.ends))
        #expect(Array(copy) == Array(a))
        #expect(WordList(bytes: [0x61], ends: [2]) == nil)
    }

    /// A list read back must be as `init(_:)` writes it, sorted and without repeats: repeats made the
    /// position table's probe runs grow with their square (the `cache` fuzz target's planted entry of
    /// 150,000 empty words ran for over ten seconds).
    @Test func aReadListWithRepeatsOrOutOfOrderIsRefused() {
        #expect(WordList(bytes: [], ends: [0, 0, 0]) == nil, "a repeated empty word")
        #expect(WordList(bytes: Array("abab".utf8), ends: [2, 4]) == nil, "a repeated word")
        #expect(WordList(bytes: Array("ba".utf8), ends: [1, 2]) == nil, "out of order")
        #expect(WordList(bytes: Array("aab".utf8), ends: [0, 1, 3])?.count == 3, "the empty word first, then rising")
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
