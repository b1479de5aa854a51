/// A German sentence and its English counterpart: the unit term pairing counts co-occurrences in,
/// and the context shown with a glossary entry. In parallel mode it is an aligned bead's text; in
/// comparable mode two sentences from articles on the same events.
public struct SentencePair: Sendable, Equatable, Hashable, Codable {
    public var german: String
    public var english: String

    public init(german: String, english: String) {
        self.german = german
        self.english = english
    }
}
