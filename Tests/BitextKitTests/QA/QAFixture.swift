@testable import BitextKit

/// Builds QA inputs from small German/English strings and runs one check on them.
struct QAFixture {
    let resources: QAResources

    /// - Parameter lexicon: German-English word pairs for the lexical checks (no system dictionary).
    init(lexicon pairs: [(String, String)] = [], glossary: QAGlossary = QAGlossary()) throws {
        let builder = try LexiconBuilder(source: .de, target: .en)
        for (german, english) in pairs { builder.add(german: german, other: english) }
        for entry in glossary.entries { builder.add(german: entry.german, other: entry.english) }
        resources = try QAResources(target: .de, source: .en, lexicon: builder.finish())
    }

    /// - Parameter comparable: the source is a comparable article (not aligned), not the text translated.
    func input(_ target: String, source: String? = nil, glossary: QAGlossary = QAGlossary(), comparable: Bool = false) throws -> QAInput {
        let targetText = try resources.text(name: "target.txt", language: .de, bytes: Array(target.utf8))
        let sourceText = try source.map { try resources.text(name: "source.txt", language: .en, bytes: Array($0.utf8)) }
        let beads = comparable ? [] : sourceText.map { IndexSentencePairing().align(source: $0, target: targetText) } ?? []
        return QAInput(target: targetText, source: sourceText, glossary: glossary, beads: beads, sourceIsComparable: comparable && sourceText != nil)
    }

    /// The findings of the check `id` alone.
    func findings(_ id: String, _ target: String, source: String? = nil, glossary: QAGlossary = QAGlossary(),
                  comparable: Bool = false) throws -> [QAFinding] {
        let checks = QARegistry.checks.filter { $0.id == id }
        return try QARunner(checks: checks, resources: resources).run(input(target, source: source, glossary: glossary, comparable: comparable))
    }
}
