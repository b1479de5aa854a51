extension Lexicon {
    /// This lexicon with the pairs of `other` (same direction) added: what one builder fed with both
    /// sets of entries would give, up to the numbering of target stems. Lets a small glossary join a
    /// large cached dictionary without reading the dictionary again.
    ///
    /// - Complexity: O(T + o) for T target stems (re-indexed once) and o entries of `other`.
    public func merging(_ other: Lexicon) -> Lexicon {
        guard !other.isEmpty else { return self }
        var stems = targetStems
        var ids: [String: Int32] = [:]
        let mapped: [Int32] = other.targetStems.map { stem in
            if let known = targetID(ofStem: stem) ?? ids[stem] { return known }
            let id = Int32(stems.count)
            stems.append(stem)
            ids[stem] = id
            return id
        }
        func union(_ base: [String: [Int32]], _ extra: [String: [Int32]]) -> [String: [Int32]] {
            var result = base
            for (stem, targets) in extra {
                result[stem] = Array(Set((result[stem] ?? []) + targets.map { mapped[Int($0)] })).sorted()
            }
            return result
        }
        return Lexicon(source: source, target: target, targetStems: stems,
                       translations: union(table, other.table), direct: union(directTable, other.directTable),
                       germanWordForms: germanWordForms.union(other.germanWordForms),
                       germanLetterRuns: germanLetterRuns.union(other.germanLetterRuns))
    }
}
