import Foundation
@testable import BitextKit

/// Shared fixtures of the glossary tests: a sample glossary that exercises every field and every
/// character the formats must escape, golden files with a record switch, and the schema files.
enum GlossaryFixtures {
    /// Set `BITEXT_RECORD_GOLDEN=1` to rewrite the golden files from the current writers.
    static let recording = ProcessInfo.processInfo.environment["BITEXT_RECORD_GOLDEN"] == "1"

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/glossary")

    /// `../shared/formats` next to the repository, where the TMX DTD and TBX schemas live.
    static let formats = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/formats").standardizedFileURL

    static let sample = Glossary(entries: [
        GlossaryEntry(
            german: "Botschaft", english: "embassy", partOfSpeech: .noun, domain: "diplomacy",
            note: "diplomatic mission; not \"message\"", status: .preferred, confidence: 0.912, frequency: 4,
            evidence: [.lexicon, .cooccurrence],
            contexts: [
                SentencePair(german: "Die Botschaft in Warschau öffnet wieder.", english: "The embassy in Warsaw reopens."),
                SentencePair(german: "Beide Botschaften & Konsulate <neu>.", english: "Both embassies & consulates <new>."),
            ]),
        GlossaryEntry(german: "Außenminister", english: "foreign minister", partOfSpeech: .noun, status: .admitted),
        GlossaryEntry(
            german: "Schoigu", english: "Shoigu", partOfSpeech: .noun, note: "tab\there, comma, \"quotes\"\nand a second line",
            confidence: 0.5, frequency: 1, evidence: [.name]),
        GlossaryEntry(german: "#hashtag-Diplomatie", english: "hashtag diplomacy", domain: "media, online", status: .deprecated),
        GlossaryEntry(german: "Weißrussland", english: "Belarus", partOfSpeech: .noun, note: "back\\slash", status: .superseded),
        {
            var entry = GlossaryEntry(german: "Europäische Union", english: "European Union", partOfSpeech: .noun, gender: .feminine)
            // German variants first, as every format keeps them (TBX groups them by language).
            entry.variants = [TermVariant(language: .de, term: "EU", kind: .acronym), TermVariant(language: .de, term: "Staatenunion", kind: .synonym),
                              TermVariant(language: .en, term: "EU", kind: .acronym)]
            return entry
        }(),
    ])

    /// A glossary with characters XML forbids, which writers must drop.
    static let withControlCharacters = Glossary(entries: [
        GlossaryEntry(german: "Bot\u{1}schaft", english: "em\u{FFFE}bassy\u{7}", note: "bell\u{7} and escape\u{1B}"),
    ])

    static func golden(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Compares `bytes` with a golden file, or rewrites it when recording.
    static func matchesGolden(_ bytes: [UInt8], _ name: String) throws -> Bool {
        let url = golden(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return true
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else { return false }
        return [UInt8](expected) == bytes
    }

    static func file(_ bytes: [UInt8], name: String = "glossary") throws -> TextFile {
        try TextFile(name: name, bytes: bytes)
    }

    static func file(_ text: String, name: String = "glossary") throws -> TextFile {
        try TextFile(name: name, bytes: Array(text.utf8))
    }

    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static var canValidate: Bool {
        xmllint != nil && FileManager.default.fileExists(atPath: formats.appendingPathComponent("tmx14.dtd").path)
    }

    /// Runs `xmllint --noout --nonet` with `arguments` on `bytes`; returns (exit status, messages).
    static func xmllint(_ arguments: [String], _ bytes: [UInt8], suffix: String) throws -> (Int32, String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-glossary-\(UUID().uuidString).\(suffix)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint ?? "xmllint")
        process.arguments = ["--noout", "--nonet"] + arguments + [url.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let messages = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, messages)
    }
}
