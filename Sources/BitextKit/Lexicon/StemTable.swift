/// A map from stems to sorted, unique id lists, kept as flat arrays: the stems sorted by their UTF-8
/// bytes (`WordList`), and the ids of stem i at `ids[starts[i]..<starts[i + 1]]`.
///
/// Why not `[String: [Int32]]`: the lexicon's tables hold hundreds of thousands of stems, and
/// building dictionaries of strings and arrays from the cache was most of every command's start-up.
/// Flat arrays load as copies. A lookup is a hash probe (`WordList`); the callers that look words up in bulk
/// (the aligner, compound splitting, QA) remember their answers per word.
struct StemTable: Sendable, Equatable {
    let stems: WordList
    let starts: [Int32]
    let ids: [Int32]

    var count: Int { stems.count }

    /// The table of `entries`; each id list must be sorted and unique.
    init(_ entries: [String: [Int32]]) {
        let sorted = entries.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        var starts: [Int32] = [0]
        var ids: [Int32] = []
        for (_, list) in sorted {
            ids.append(contentsOf: list)
            starts.append(Int32(ids.count))
        }
        self.init(unchecked: WordList(sorted.map(\.key)), starts: starts, ids: ids)
    }

    /// A table read back from its parts (`Lexicon+Serialization`); nil unless the offsets rise from 0
    /// to the end of `ids`, one run per stem.
    init?(stems: WordList, starts: [Int32], ids: [Int32]) {
        guard starts.count == stems.count + 1, starts.first == 0, Int(starts.last ?? -1) == ids.count,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        self.init(unchecked: stems, starts: starts, ids: ids)
    }

    private init(unchecked stems: WordList, starts: [Int32], ids: [Int32]) {
        self.stems = stems
        self.starts = starts
        self.ids = ids
    }

    /// The ids of `stem`, or nil when the table does not have it.
    func ids(of stem: String) -> ArraySlice<Int32>? {
        stems.index(of: stem).map(ids(at:))
    }

    func contains(_ stem: String) -> Bool {
        stems.index(of: stem) != nil
    }

    private func ids(at index: Int) -> ArraySlice<Int32> {
        ids[Int(starts[index])..<Int(starts[index + 1])]
    }
}
