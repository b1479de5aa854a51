import Foundation
import Testing
@testable import BitextKit

/// The glossary counts' line form read by the byte parser (`GlossaryStatistics.StoredLine(jsonLine:)`):
/// every line kind as the stage writes it and as `JSONEncoder` may write it, read to the record
/// `JSONDecoder` gives; and refusals with the column they name.
@Suite struct StoredCountsLineTests {
    static let stageEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A record as bytes the stage writes, to compare records (`StoredLine` is not `Equatable`).
    static func written(_ line: GlossaryStatistics.StoredLine) throws -> [UInt8] {
        Array(try stageEncoder.encode(line))
    }

    static func occurrence(_ key: String, gender: GrammaticalGender?) -> TermOccurrence {
        TermOccurrence(key: key, surface: key.capitalized, base: key.capitalized, stems: [key], words: key.split(separator: " ").map(String.init),
                       partOfSpeech: .noun, gender: gender)
    }

    /// One line of each kind, with the optional fields both set and left out, and strings that need
    /// every escape the encoder writes.
    static let lineOfEveryKind: [(kind: String, line: GlossaryStatistics.StoredLine)] = [
        ("head", .init(head: .init(mode: .comparable, maxContexts: 3, units: 2_734))),
        ("german term", .init(german: .init(key: "botschaft", occurrence: occurrence("botschaft", gender: .feminine), firstSeen: 1 << 63 | 7,
                                            forms: ["Botschaft": 2, "Botschaften": 1, "botschaft": 1, "Ärger\u{7F}": 1, "Z\u{8}\u{C}/": 1, "é": 1, "f": 1],
                                            units: 3, bases: ["Botschaft": 3]))),
        ("english term", .init(english: .init(key: "embassy", occurrence: occurrence("embassy", gender: nil), firstSeen: 0,
                                              forms: ["embassy": 1], units: 1, bases: ["embassy": 1]))),
        ("sentence", .init(sentence: "Er sagte: \"Nein\" \\ / \u{8}\u{C}\n\r\t\u{0}\u{1F}\u{7F} – ä 😀 \u{2028}")),
        ("pair", .init(pair: .init(german: 0, english: 1, joint: 2, contexts: [[50_331_648, 0, 1], [UInt64.max, 2, 3]], articleContext: nil))),
        ("pair with an article context", .init(pair: .init(german: 4, english: 0, joint: 1, contexts: [], articleContext: [1 << 63 | 12, 0, 1]))),
        ("flag", .init(flag: .init(word: "anegeben", flag: .init(order: 2_818_572_288, finding: "spelling: unknown word \"anegeben\"")))),
        ("no field", .init()),
    ]

    @Test(arguments: lineOfEveryKind.map(\.kind))
    func everyLineKindReadsAsTheDecoderReadsIt(kind: String) throws {
        let record = try #require(Self.lineOfEveryKind.first { $0.kind == kind }).line
        let plain = JSONEncoder(), pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted]
        for encoder in [Self.stageEncoder, plain, pretty] {
            let bytes = Array(try encoder.encode(record))
            let parsed = try GlossaryStatistics.StoredLine(jsonLine: bytes[...])
            let decoded = try JSONDecoder().decode(GlossaryStatistics.StoredLine.self, from: Data(bytes))
            #expect(try Self.written(parsed) == Self.written(decoded))
            #expect(try Self.written(parsed) == Self.written(record))
        }
    }

    /// The lines of real counts (two chunks of articles, both modes) read as the decoder reads them.
    @Test(arguments: [TextRelation.parallel, .comparable])
    func countsOfArticlesReadAsTheDecoderReadsThem(mode: TextRelation) throws {
        let chunks = try CorpusStageTests.chunkCounts(mode: mode, builder: try CorpusStageTests.builder())
        var kinds = Set<String>()
        for line in chunks.flatMap(\.lines) {
            let parsed = try GlossaryStatistics.StoredLine(jsonLine: ArraySlice(line))
            let decoded = try JSONDecoder().decode(GlossaryStatistics.StoredLine.self, from: line)
            #expect(try Self.written(parsed) == Self.written(decoded))
            kinds.insert(String(decoding: line.dropFirst(2).prefix { $0 != UInt8(ascii: "\"") }, as: UTF8.self))
        }
        #expect(kinds.isSuperset(of: ["head", "german", "english", "sentence", "pair"]))
    }

    /// The direct writer gives the encoder's bytes (the counts files stay what they were).
    @Test(arguments: lineOfEveryKind.map(\.kind))
    func everyLineKindIsWrittenAsTheEncoderWritesIt(kind: String) throws {
        let record = try #require(Self.lineOfEveryKind.first { $0.kind == kind }).line
        var bytes: [UInt8] = []
        record.writeJSON(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: try Self.written(record), as: UTF8.self))
    }

    @Test(arguments: [TextRelation.parallel, .comparable])
    func countsOfArticlesAreWrittenAsTheEncoderWritesThem(mode: TextRelation) throws {
        let chunks = try CorpusStageTests.chunkCounts(mode: mode, builder: try CorpusStageTests.builder())
        for (statistics, lines) in chunks {
            var written: [[UInt8]] = []
            statistics.forEachStoredLine { line in
                var bytes: [UInt8] = []
                line.writeJSON(to: &bytes)
                written.append(bytes)
            }
            #expect(written.count == lines.count)
            for (direct, encoded) in zip(written, lines) {
                #expect(String(decoding: direct, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
            }
        }
    }

    @Test func stringsDecodeEveryEscape() throws {
        let line = #" { "sentence" : "q\"b\\s\/b\bf\fn\nr\rt\tu\u00e4\u00C4\ud83d\ude00\u0000" } "#
        let parsed = try GlossaryStatistics.StoredLine(jsonLine: Array(line.utf8)[...])
        #expect(parsed.sentence == "q\"b\\s/b\u{8}f\u{C}n\nr\rt\tuäÄ😀\u{0}")
        let decoded = try JSONDecoder().decode(GlossaryStatistics.StoredLine.self, from: Data(line.utf8))
        #expect(try Self.written(parsed) == Self.written(decoded))
    }

    /// Lines the parser refuses, with the column it names and whether Foundation's decoder would
    /// have read them (forms the encoder never writes, refused on purpose).
    @Test(arguments: [
        (#"{"sentence":"a"} x"#, 18, false),                                  // text after the record
        (#"{"sentence":"a\x"}"#, 15, false),                                  // unknown escape
        (#"{"sentence":"\ud800"}"#, 14, false),                               // lone high surrogate
        (#"{"sentence":"\udc00\ud800"}"#, 14, false),                         // lone low surrogate
        (#"{"sentence":"\ud83d\u0041"}"#, 14, false),                         // high surrogate, no low one
        (#"{"sentence":"\u12G4"}"#, 18, false),                               // bad hex digit
        ("{\"sentence\":\"a\u{1}\"}", 15, false),                             // raw control character
        (#"{"pair":{"german":01,"english":0,"joint":1,"contexts":[]}}"#, 19, false),  // leading zero
        (#"{"pair":{"german":0,"english":0,"joint":1,"contexts":[[-1]]}}"#, 56, false),  // negative order
        (#"{"pair":{"german":0,"english":0,"joint":1,"contexts":[[18446744073709551616]]}}"#, 56, false),  // out of range
        (#"{"pair":{"german":9223372036854775808,"english":0,"joint":1,"contexts":[]}}"#, 19, false),
        (#"{"pair":{"german":0,"english":0,"contexts":[]}}"#, 46, false),    // no joint
        (#"{"head":{"maxContexts":3,"mode":"both","units":1}}"#, 33, false), // not a mode
        (#"{"sentence":"a""#, 16, false),                                     // unexpected end
        (#"{"sentence":"a","sentence":"b"}"#, 17, true),                     // a field twice
        (#"{"sentence":"a","other":1}"#, 17, true),                          // a field the record lacks
        (#"{"sentence":null}"#, 13, true),
        (#"{"german":{"bases":{"a":1},"firstSeen":0,"forms":{"a":1,"a":01},"key":"a","units":1,"occurrence":{"base":"a","key":"a","partOfSpeech":"noun","stems":[],"surface":"a","words":[]}}}"#, 57, true),  // a key twice (the decoder never reads the second value)
        (#"{"pair":{"german":1.0,"english":0,"joint":1,"contexts":[]}}"#, 19, true),
        (#"{"pair":{"german":1e0,"english":0,"joint":1,"contexts":[]}}"#, 19, true),
        (#"{"pair":{"german":0,"english":0,"joint":1,"contexts":[[-0]]}}"#, 56, true),
        (#"{"sentence":"a",}"#, 17, true),                                   // comma before the brace
        ("\u{FEFF}{\"sentence\":\"a\"}", 1, true),                           // byte order mark
    ])
    func malformedLinesNameTheColumn(line: String, column: Int, unwritten: Bool) {
        let bytes = Array(line.utf8)
        #expect(throws: JSONLineError.self) { try GlossaryStatistics.StoredLine(jsonLine: bytes[...]) }
        do {
            _ = try GlossaryStatistics.StoredLine(jsonLine: bytes[...])
        } catch {
            #expect(error.column == column, "\(error.message)")
            #expect(error.isUnwrittenForm == unwritten, "\(error.message)")
            let decoderReads = (try? JSONDecoder().decode(GlossaryStatistics.StoredLine.self, from: Data(bytes))) != nil
            #expect(decoderReads == unwritten)
        }
    }

    @Test func invalidUTF8InAStringIsRefused() {
        for bytes: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0x80]] {
            let line = Array(#"{"sentence":""#.utf8) + bytes + Array(#""}"#.utf8)
            #expect(throws: JSONLineError(column: 13, message: "a string that is not UTF-8")) {
                try GlossaryStatistics.StoredLine(jsonLine: line[...])
            }
            #expect((try? JSONDecoder().decode(GlossaryStatistics.StoredLine.self, from: Data(line))) == nil)
        }
    }

    /// The glossary step reports a damaged counts line at its file, line and column.
    @Test func damagedCountsNameFileLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("counts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/de-0000.counts.jsonl"
        try StageFiles.writeAtomically(Array("{\"head\":{\"maxContexts\":3,\"mode\":\"parallel\",\"units\":1}}\n\n{\"sentence\":\"a\\q\"}\n".utf8), to: path)
        do {
            try StageFiles.forEachLine(in: path, parse: { bytes throws(JSONLineError) in try GlossaryStatistics.StoredLine(jsonLine: bytes) }) { _, _ in }
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.description.contains("de-0000.counts.jsonl:3:15"), "\(error.description)")
        }
    }
}
