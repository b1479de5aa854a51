/// The term candidates of one language over a list of sentence pairs: each distinct term (by lemma
/// key) with its surface forms and the sentence pairs it occurs in.
struct TermIndex {
    struct Term {
        let key: String
        /// A representative occurrence (stems and words are the same for every form of a key).
        let occurrence: TermOccurrence
        var forms: [String: Int] = [:]
        /// Indices of the sentence pairs the term occurs in, ascending, unique.
        var sentences: [Int] = []

        /// Base forms met, with counts (one per key almost always; names keep their surface forms).
        var bases: [String: Int] = [:]

        /// The form to show: the most frequent base form, then the shortest, then the first in
        /// code-point order.
        var baseForm: String {
            bases.max { a, b in
                if a.value != b.value { return a.value < b.value }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key > b.key
            }?.key ?? key
        }

        /// Every surface form met, most frequent first: the inflected forms that counted towards this term.
        var surfaceForms: [String] {
            forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        }
    }

    private(set) var terms: [Term] = []
    private var ids: [String: Int] = [:]
    /// Term ids per sentence pair, unique.
    private(set) var perSentence: [[Int]] = []

    /// Adds the candidates of sentence pair number `sentence` (call in ascending order).
    mutating func add(_ occurrences: [TermOccurrence], sentence: Int) {
        while perSentence.count <= sentence { perSentence.append([]) }
        for occurrence in occurrences where !occurrence.key.isEmpty {
            let id: Int
            if let known = ids[occurrence.key] {
                id = known
            } else {
                id = terms.count
                ids[occurrence.key] = id
                terms.append(Term(key: occurrence.key, occurrence: occurrence))
            }
            terms[id].forms[occurrence.surface, default: 0] += 1
            terms[id].bases[occurrence.base, default: 0] += 1
            if terms[id].sentences.last != sentence {
                terms[id].sentences.append(sentence)
                perSentence[sentence].append(id)
            }
        }
    }

    func id(ofKey key: String) -> Int? { ids[key] }
}
