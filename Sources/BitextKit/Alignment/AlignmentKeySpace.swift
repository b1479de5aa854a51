/// Dense integer ids for everything two tokens can share: a target stem (the lexicon's own target
/// ids come first, so a translation list needs no conversion), a folded name, a cognate prefix, a
/// number, a punctuation mark. Kinds are kept apart by a one-character namespace in the interned
/// string ("=" name, "~" prefix, "#" number, "!" punctuation, "s" stems the lexicon does not know).
final class AlignmentKeySpace {
    private let lexiconTargets: Int
    private var ids: [String: Int32] = [:]

    init(lexicon: Lexicon) {
        lexiconTargets = lexicon.targetStemCount
    }

    /// The number of ids handed out so far (an upper bound for arrays indexed by key).
    var count: Int { lexiconTargets + ids.count }

    func intern(_ namespaced: String) -> Int32 {
        if let known = ids[namespaced] { return known }
        let id = Int32(lexiconTargets + ids.count)
        ids[namespaced] = id
        return id
    }
}
