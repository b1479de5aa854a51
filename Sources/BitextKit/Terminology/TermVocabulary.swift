/// What the term extractors learn from a whole corpus before they extract: which German words the
/// corpus writes in lower case, and per word how often it heads its phrase (`GermanTermExtractor`,
/// `EnglishTermExtractor`).
///
/// Every part is a set or a count, so vocabularies learned from separate chunks of a corpus merge
/// into exactly the vocabulary learned from the whole (`merge`), in any order: the corpus-scale
/// stages learn per chunk and merge once.
public struct TermVocabulary: Sendable, Codable, Equatable {
    /// Occurrences of a word as the head of its phrase, and all its occurrences.
    struct HeadCount: Sendable, Codable, Equatable {
        var head = 0
        var all = 0
    }

    /// German words seen in lower case.
    var germanLowercase: Set<String> = []
    /// Per capitalized German word (lower-cased): occurrences not followed by another capitalized word.
    var germanHeads: [String: HeadCount] = [:]
    /// Per English content word (lower-cased): occurrences that end their phrase.
    var englishHeads: [String: HeadCount] = [:]

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case germanLowercase, germanHeads, englishHeads
    }

    /// Written with the set's words sorted, so that a vocabulary file has the same bytes whatever the
    /// process: a set is encoded in its hash order, which Swift seeds per process, and the corpus
    /// workflow's vocabulary files differed from run to run with the same content.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(germanLowercase.sorted(), forKey: .germanLowercase)
        try container.encode(germanHeads, forKey: .germanHeads)
        try container.encode(englishHeads, forKey: .englishHeads)
    }

    /// Adds what `other` learned.
    public mutating func merge(_ other: TermVocabulary) {
        germanLowercase.formUnion(other.germanLowercase)
        for (word, count) in other.germanHeads {
            germanHeads[word, default: HeadCount()].head += count.head
            germanHeads[word, default: HeadCount()].all += count.all
        }
        for (word, count) in other.englishHeads {
            englishHeads[word, default: HeadCount()].head += count.head
            englishHeads[word, default: HeadCount()].all += count.all
        }
    }
}
