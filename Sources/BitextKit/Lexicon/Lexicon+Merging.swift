extension Lexicon {
    /// This lexicon with the pairs of `other` (same direction) added: what one builder fed with both
    /// sets of entries would give, up to the numbering of target stems. Lets a small glossary join a
    /// large cached dictionary without reading the dictionary again.
    ///
    /// - Complexity: O(T + S + o log o) for T target and S source stems (one merge of sorted tables)
    ///   and o entries of `other`.
    public func merging(_ other: Lexicon) -> Lexicon {
        guard !other.isEmpty else { return self }
        var stems = targetStems
        var added: [String: [Int32]] = [:]
        let mapped: [Int32] = other.targetStems.map { stem in
            if let known = targetID(ofStem: stem) ?? added[stem]?.first { return known }
            let id = Int32(stems.count)
            stems.append(stem)
            added[stem] = [id]
            return id
        }
        func entries(_ table: StemTable) -> [String: [Int32]] {
            var result: [String: [Int32]] = [:]
            for index in 0..<table.count {
                let stem = String(decoding: table.stems.word(at: index), as: UTF8.self)
                result[stem] = Set(table.ids(of: stem) ?? []).map { mapped[Int($0)] }.sorted()
            }
            return result
        }
        return Lexicon(source: source, target: target, targetStems: stems, targetIndex: targetIndex.adding(added),
                       table: table.adding(entries(other.table)), directTable: directTable.adding(entries(other.directTable)),
                       germanWordForms: germanWordForms.union(other.germanWordForms),
                       germanLetterRuns: germanLetterRuns.union(other.germanLetterRuns))
    }
}
