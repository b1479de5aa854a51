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

        /// The form to show: a base form (`isBase`: nominative or singular) if one occurs, then the
        /// most frequent, then the shortest, then the first in code-point order.
        func displayForm(isBase: (String) -> Bool) -> String {
            forms.max { a, b in
                let aBase = isBase(a.key)
                let bBase = isBase(b.key)
                if aBase != bBase { return !aBase }
                if a.value != b.value { return a.value < b.value }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key > b.key
            }?.key ?? key
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
            if terms[id].sentences.last != sentence {
                terms[id].sentences.append(sentence)
                perSentence[sentence].append(id)
            }
        }
    }

    func id(ofKey key: String) -> Int? { ids[key] }
}
