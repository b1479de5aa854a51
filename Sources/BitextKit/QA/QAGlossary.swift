/// The glossary as the QA pass uses it: German renderings of English terms with their status, taken
/// from the project's glossary (`CuratedGlossary`, `glossaries/*.tsv`).
public struct QAGlossary: Sendable {
    public struct Entry: Sendable, Equatable {
        public let german: String
        public let english: String
        public let status: TermStatus?

        public init(german: String, english: String, status: TermStatus? = nil) {
            self.german = german
            self.english = english
            self.status = status
        }

        /// Whether the glossary marks this German rendering as one not to use.
        public var isDiscouraged: Bool { status == .deprecated || status == .superseded }
    }

    public let entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The QA view of a project glossary.
    public init(_ glossary: Glossary) {
        entries = glossary.entries.map { Entry(german: $0.german, english: $0.english, status: $0.status) }
    }

    public var isEmpty: Bool { entries.isEmpty }
}
