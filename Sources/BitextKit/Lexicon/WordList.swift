#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of words kept as one sorted buffer: membership by binary search, no hashing.
///
/// Why: the lexicon's 330,000 German word forms are asked about only for the few words Hunspell
/// rejects, yet building a `Set<String>` of them took an eighth of every command's start-up. Stored
/// sorted by their UTF-8 bytes, they load from the cache as two array copies.
public struct WordList: Sendable, Sequence, Equatable {
    /// The words' UTF-8 bytes, one after another, in byte order.
    let bytes: [UInt8]
    /// Where each word ends in `bytes` (it starts where the previous one ends).
    let ends: [Int32]

    public var count: Int { ends.count }
    public var isEmpty: Bool { ends.isEmpty }

    /// The words, sorted and without duplicates.
    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var sorted = words.map { Array($0.utf8) }
        sorted.sort { $0.lexicographicallyPrecedes($1) }
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        var previous: [UInt8]?
        for word in sorted where word != previous {
            bytes.append(contentsOf: word)
            ends.append(Int32(bytes.count))
            previous = word
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// A list read back from its parts (`Lexicon+Serialization`); nil unless the ends rise within `bytes`.
    init?(bytes: [UInt8], ends: [Int32]) {
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) == bytes.count else { return nil }
        self.bytes = bytes
        self.ends = ends
    }

    /// Whether `word` is in the list.
    ///
    /// - Complexity: O(log n) comparisons of UTF-8 bytes.
    public func contains(_ word: String) -> Bool {
        index(of: word) != nil
    }

    /// The position of `word` in the sorted list, or nil when it is not in it.
    ///
    /// - Complexity: O(log n) comparisons of UTF-8 bytes.
    func index(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { key in
            bytes.withUnsafeBufferPointer { bytes in
                ends.withUnsafeBufferPointer { ends in
                    var low = 0, high = ends.count
                    while low < high {
                        let middle = (low + high) / 2
                        let start = middle == 0 ? 0 : Int(ends[middle - 1])
                        let order = Self.compare(UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[middle])]), key)
                        if order == 0 { return middle }
                        if order < 0 { low = middle + 1 } else { high = middle }
                    }
                    return nil
                }
            }
        }
    }

    /// The UTF-8 bytes of the word at `index`.
    func word(at index: Int) -> ArraySlice<UInt8> {
        bytes[range(index)]
    }

    /// Both lists' words, merged in one pass over the two buffers (a glossary's few words join the
    /// dictionary's on every run).
    public func union(_ other: WordList) -> WordList {
        if other.isEmpty { return self }
        if isEmpty { return other }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(self.bytes.count + other.bytes.count)
        var ends: [Int32] = []
        ends.reserveCapacity(count + other.count)
        func append(_ list: WordList, _ index: Int) {
            bytes.append(contentsOf: list.bytes[list.range(index)])
            ends.append(Int32(bytes.count))
        }
        var i = 0, j = 0
        while i < count || j < other.count {
            guard i < count else { append(other, j); j += 1; continue }
            guard j < other.count else { append(self, i); i += 1; continue }
            let order = withWord(at: i) { mine in other.withWord(at: j) { Self.compare(mine, $0) } }
            if order <= 0 { append(self, i); i += 1 } else { append(other, j); j += 1 }
            if order == 0 { j += 1 }
        }
        return WordList(uncheckedBytes: bytes, ends: ends)
    }

    /// A list from words already sorted and unique, with `ends` rising within `bytes` (a merge's output).
    init(uncheckedBytes bytes: [UInt8], ends: [Int32]) {
        self.bytes = bytes
        self.ends = ends
    }

    public func makeIterator() -> AnyIterator<String> {
        var index = 0
        return AnyIterator {
            guard index < ends.count else { return nil }
            defer { index += 1 }
            return String(decoding: bytes[range(index)], as: UTF8.self)
        }
    }

    private func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    private func withWord<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes[range(index)].withUnsafeBufferPointer(body)
    }

    /// The byte order of `word` against `key`: negative, zero or positive.
    private static func compare(_ word: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let common = Swift.min(word.count, key.count)
        if common > 0, let a = word.baseAddress, let b = key.baseAddress {
            let order = memcmp(a, b, common)
            if order != 0 { return Int(order) }
        }
        return word.count - key.count
    }
}
