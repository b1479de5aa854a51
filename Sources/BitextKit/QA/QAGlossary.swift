/// The glossary as the QA pass uses it: German renderings of English terms with their status, taken
/// from the project's glossary (`CuratedGlossary`, `glossaries/*.tsv`), and the forms the dictionary
/// lists for its verbs, in which a translation renders them (`GlossaryRenderingStems`).
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
    /// Ding's verb forms (`QALexicon.withVerbForms`); empty without Ding, and then a verb is looked for in
    /// its regular forms alone.
    public let verbForms: GermanVerbForms

    public init(entries: [Entry] = [], verbForms: GermanVerbForms = GermanVerbForms()) {
        self.entries = entries
        self.verbForms = verbForms
    }

    /// The QA view of a project glossary.
    public init(_ glossary: Glossary, verbForms: GermanVerbForms = GermanVerbForms()) {
        self.init(entries: glossary.entries.map { Entry(german: $0.german, english: $0.english, status: $0.status) }, verbForms: verbForms)
    }

    public var isEmpty: Bool { entries.isEmpty }
}
