import Foundation
import Testing
@testable import BitextKit

/// Ding's noun grammar, subject-field counts and verb forms as `LexiconCache` keeps them (`DingTables`).
@Suite struct DingTablesTests {
    /// The Ding fixtures of the lemma, termhood and verb form tests: genders, plurals, English plurals,
    /// plural-only nouns, marked senses and verb forms.
    static let dingBytes = Array((TermLemmaTests.dingLines + "\n" + TermhoodTests.dingLines + "\n").utf8) + GermanVerbFormsTests.dingBytes

    static func parsed() throws -> DingTables {
        DingTables.read(dingBytes: dingBytes, labels: try DingSubjectFields.labels(), verbGrammar: try GermanVerbForms.Grammar.load())
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-ding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func oneReadGivesWhatEachReaderGives() throws {
        let tables = try Self.parsed()
        #expect(tables.grammar == GermanNounGrammar.read(dingBytes: Self.dingBytes))
        #expect(tables.subjectFields == (try DingSubjectFields.read(dingBytes: Self.dingBytes)))
        #expect(tables.verbForms == (try GermanVerbForms.read(dingBytes: Self.dingBytes)))
    }

    /// Every table comes back: the fixture fills each, and each answer is the parsed one.
    @Test func serializedTablesAnswerAsTheParsedOnes() throws {
        let tables = try Self.parsed()
        let grammar = tables.grammar
        #expect(!grammar.genders.isEmpty && !grammar.singulars.isEmpty && !grammar.englishSingulars.isEmpty
                && !grammar.pluralOnly.isEmpty && !tables.subjectFields.isEmpty && !tables.verbForms.isEmpty)
        let copy = try #require(DingTables.deserialized(tables.serialized()))
        #expect(copy == tables)
        #expect(copy.grammar.gender(of: "Botschaft") == .feminine && copy.grammar.gender(of: "See") == nil)
        #expect(copy.grammar.singular(of: "Ärzte") == "Arzt" && copy.grammar.englishSingular(of: "months") == "month")
        #expect(copy.grammar.isPluralOnly("Kosten") && !copy.grammar.isPluralOnly("Fonds"))
        #expect(copy.subjectFields.share(of: "Konsulat") == 2.0 / 3.0 && copy.subjectFields.share(of: "Weg") == 1.0 / 5.0)
        #expect(copy.verbForms.participles(of: "treffen") == ["getroffen"] && copy.verbForms.finiteForms(of: "ausweisen").first?.particle == "aus")
        #expect(DingTables.verbForms(inSerialized: tables.serialized()) == tables.verbForms)
        let empty = DingTables(grammar: GermanNounGrammar(), subjectFields: DingSubjectFields(), verbForms: GermanVerbForms())
        #expect(DingTables.deserialized(empty.serialized()) == empty)
    }

    /// Cut, lengthened or foreign: no tables, and QA's read of the verbs alone gives them whole or
    /// nothing. (A changed letter in a word passes the format's checks; the cache's checksum refuses
    /// it: `CacheChecksumTests`, `damagedCacheEntryIsRebuilt`.)
    @Test func cutOrForeignBytesAreNoTables() throws {
        let tables = try Self.parsed()
        let bytes = tables.serialized()
        #expect(DingTables.deserialized(Array(bytes.dropLast(3))) == nil)
        #expect(DingTables.deserialized(bytes + [0]) == nil)
        #expect(DingTables.deserialized(Array("not a table".utf8)) == nil)
        #expect(DingTables.deserialized([]) == nil)
        #expect(DingTables.deserialized(try LexiconCacheTests.built(LexiconCacheTests.entries).serialized()) == nil)
        #expect(DingTables.verbForms(inSerialized: Array(bytes.dropLast(3))) == tables.verbForms)
        #expect(DingTables.verbForms(inSerialized: Array(bytes.prefix(40))) == nil)
        #expect(DingTables.verbForms(inSerialized: []) == nil)
    }

    /// A cache entry planted with the largest counts its format takes (found by the `cache` fuzz
    /// target): a share near 1, not an overflow trap in the termhood score of every later command.
    @Test func theLargestStoredCountsGiveAShare() throws {
        var fields = DingSubjectFields()
        fields.counts["hafen"] = DingSubjectFields.SenseCounts(senses: .max, marked: .max)
        let copy = try #require(DingTables.deserialized(DingTables(grammar: GermanNounGrammar(), subjectFields: fields, verbForms: GermanVerbForms()).serialized()))
        #expect(copy.subjectFields.share(of: "Hafen") == Double(Int32.max) / (Double(Int32.max) + 1))
    }

    /// The cache reads back what it stored; an entry cut short or with a changed byte is read afresh
    /// and rewritten, never used.
    @Test func damagedCacheEntryIsRebuilt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ding = folder.appendingPathComponent("de-en")
        try Data(Self.dingBytes).write(to: ding)
        let cache = LexiconCache(directory: folder.appendingPathComponent("cache").path)
        let reference = try Self.parsed()
        var builds = 0
        let load = {
            try cache.value(kind: .ding, key: "test", paths: [ding.path], decode: DingTables.deserialized, encode: { $0.serialized() }) {
                builds += 1
                return try Self.parsed()
            }
        }
        #expect(try load() == reference && builds == 1)
        #expect(try load() == reference && builds == 1)
        let entry = try #require(cache.entryPath(kind: .ding, key: "test", paths: [ding.path]))
        #expect(entry.hasPrefix(folder.path + "/cache/ding-"))
        let stored = try Data(contentsOf: URL(fileURLWithPath: entry))
        try stored.dropLast(5).write(to: URL(fileURLWithPath: entry))
        #expect(try load() == reference && builds == 2)
        var rewritten = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry)))
        #expect(rewritten.count == stored.count && LexiconCache.unseal(&rewritten) && DingTables.deserialized(rewritten) == reference)
        var changed = [UInt8](stored)
        changed[changed.count / 2] ^= 0x01
        try Data(changed).write(to: URL(fileURLWithPath: entry))
        #expect(try load() == reference && builds == 3)
        #expect(try load() == reference && builds == 3)
    }

    /// `DingTables.load` keys its entry on the file: a changed Ding is read afresh.
    @Test func changedDingIsReadAfresh() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ding = folder.appendingPathComponent("de-en")
        try Data(Self.dingBytes).write(to: ding)
        let cache = LexiconCache(directory: folder.appendingPathComponent("cache").path)
        #expect(try DingTables.load(path: ding.path, cache: cache) == Self.parsed())
        #expect(try DingTables.load(path: ding.path, cache: cache) == Self.parsed())
        try Data((String(decoding: Self.dingBytes, as: UTF8.self) + "Lagebesprechung {f} :: briefing\n").utf8).write(to: ding)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: ding.path)
        #expect(try DingTables.load(path: ding.path, cache: cache).grammar.gender(of: "Lagebesprechung") == .feminine)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cache").path)
        #expect(entries.filter { $0.hasPrefix("ding-") }.count == 2)
    }

    /// QA's read of the verbs alone answers as the whole tables' verbs, from an entry written by a
    /// whole read and when it writes the entry itself; an entry of the formats before the verbs
    /// ("BXD1", "BXD2") is a miss.
    @Test func theVerbsReadAloneAreTheTablesVerbs() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ding = folder.appendingPathComponent("de-en")
        try Data(Self.dingBytes).write(to: ding)
        let reference = try Self.parsed()
        let first = LexiconCache(directory: folder.appendingPathComponent("first").path)
        #expect(try DingTables.load(path: ding.path, cache: first) == reference)
        #expect(try DingTables.loadVerbForms(path: ding.path, cache: first) == reference.verbForms)
        let second = LexiconCache(directory: folder.appendingPathComponent("second").path)
        #expect(try DingTables.loadVerbForms(path: ding.path, cache: second) == reference.verbForms)
        #expect(try DingTables.load(path: ding.path, cache: second) == reference)
        for magic in ["BXD1", "BXD2"] {
            var old = reference.serialized()
            old.replaceSubrange(0..<4, with: Array(magic.utf8))
            #expect(DingTables.deserialized(old) == nil && DingTables.verbForms(inSerialized: old) == nil)
        }
    }
}
