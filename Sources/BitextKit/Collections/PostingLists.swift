/// Key → items that contain it, in two flat arrays (CSR layout: one offsets array, one items array),
/// each item listed at most once per key. The inverted index behind the comparable sentence matcher
/// (key → target sentences) and the article pairer (key → English articles).
struct PostingLists: Sendable {
    private let offsets: [Int32]
    private let items: [Int32]

    /// Builds the lists from `keys(item, emit)`, which reports an item's keys (repeats allowed) through
    /// `emit`; it is called twice per item (count, then fill).
    ///
    /// - Complexity: O(keyCount + total keys emitted).
    init(keyCount: Int, itemCount: Int, keys: (_ item: Int, _ emit: (Int) -> Void) -> Void) {
        var counts = [Int32](repeating: 0, count: keyCount + 1)
        var lastItem = [Int32](repeating: -1, count: keyCount)
        for item in 0..<itemCount {
            keys(item) { key in
                guard lastItem[key] != Int32(item) else { return }
                lastItem[key] = Int32(item)
                counts[key + 1] += 1
            }
        }
        for key in 0..<keyCount { counts[key + 1] += counts[key] }
        var fill = counts
        var items = [Int32](repeating: 0, count: Int(counts[keyCount]))
        for index in lastItem.indices { lastItem[index] = -1 }
        for item in 0..<itemCount {
            keys(item) { key in
                guard lastItem[key] != Int32(item) else { return }
                lastItem[key] = Int32(item)
                items[Int(fill[key])] = Int32(item)
                fill[key] += 1
            }
        }
        offsets = counts
        self.items = items
    }

    /// The items with `key` (ascending); empty for an unknown key.
    func items(withKey key: Int) -> ArraySlice<Int32> {
        guard key >= 0, key + 1 < offsets.count else { return [] }
        return items[Int(offsets[key])..<Int(offsets[key + 1])]
    }

    /// How many items have `key`.
    func count(of key: Int) -> Int {
        guard key >= 0, key + 1 < offsets.count else { return 0 }
        return Int(offsets[key + 1] - offsets[key])
    }
}
