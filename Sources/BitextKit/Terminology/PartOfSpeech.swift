/// Part of speech, limited to the values TBX-Basic permits (`partOfSpeech` termNote), so every
/// entry exports unchanged to TBX. Names and multiword noun phrases are nouns.
public enum PartOfSpeech: String, Sendable, CaseIterable, Codable {
    case noun, verb, adjective, adverb, other
}
