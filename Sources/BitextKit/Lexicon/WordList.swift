#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of words kept as one sorted buffer, with a table of positions by a hash of their bytes.
///
/// Why: the lexicon's 330,000 German word forms are asked about only for the few words Hunspell
/// rejects, yet building a `Set<String>` of them took an eighth of every command's start-up. Stored
/// sorted by their UTF-8 bytes, they load from the cache as two array copies; the position table is
/// one pass over them (no strings built). QA asks the stem lists about every candidate part of every
/// compound it splits, where a binary search cost some twenty cache misses per question.
public struct WordList: Sendable, Sequence, Equatable {
    /// The words' UTF-8 bytes, one after another, in byte order.
    let bytes: [UInt8]
    /// Where each word ends in `bytes` (it starts where the previous one ends).
    let ends: [Int32]
    /// Open addressing by `hash` of a word's bytes: the word's position, or -1 in an empty slot; a
    /// power of two at least twice the word count, so probe runs stay short.
    private let slots: [Int32]

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
        slots = Self.slots(bytes: bytes, ends: ends)
    }

    /// A list read back from its parts (`Lexicon+Serialization`); nil unless the ends rise within `bytes`
    /// and the words are in rising byte order, each after the one before, as `init(_:)` keeps them.
    /// A repeated word would make the position table's probe runs grow with the square of its repeats
    /// (a planted cache entry of 150,000 empty words took over ten seconds; found by the `cache` fuzz
    /// target).
    ///
    /// - Complexity: O(total bytes).
    init?(bytes: [UInt8], ends: [Int32]) {
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) == bytes.count else { return nil }
        let rising = bytes.withUnsafeBufferPointer { bytes in
            var start = 0, previousStart = 0
            for (position, end) in ends.enumerated() {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<Int(end)])
                if position > 0, Self.compare(UnsafeBufferPointer(rebasing: bytes[previousStart..<start]), word) >= 0 { return false }
                previousStart = start
                start = Int(end)
            }
            return true
        }
        guard rising else { return nil }
        self.bytes = bytes
        self.ends = ends
        slots = Self.slots(bytes: bytes, ends: ends)
    }

    /// Whether `word` is in the list.
    ///
    /// - Complexity: that of `index(of:)`.
    public func contains(_ word: String) -> Bool {
        index(of: word) != nil
    }

    /// The position of `word` in the sorted list, or nil when it is not in it.
    ///
    /// - Complexity: O(length of `word`) expected: a hash and a short run of slots.
    func index(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { key in
            bytes.withUnsafeBufferPointer { bytes in
                ends.withUnsafeBufferPointer { ends in
                    slots.withUnsafeBufferPointer { slots in
                        let mask = slots.count - 1
                        var slot = Self.hash(key) & mask
                        while slots[slot] >= 0 {
                            let position = Int(slots[slot])
                            let start = position == 0 ? 0 : Int(ends[position - 1])
                            if Self.compare(UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[position])]), key) == 0 { return position }
                            slot = (slot + 1) & mask
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// The position table of a list (see `slots`).
    ///
    /// - Complexity: O(total bytes).
    private static func slots(bytes: [UInt8], ends: [Int32]) -> [Int32] {
        var capacity = 2
        while capacity < 2 * ends.count { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (position, end) in ends.enumerated() {
                var slot = hash(UnsafeBufferPointer(rebasing: bytes[start..<Int(end)])) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(position)
                start = Int(end)
            }
        }
        return slots
    }

    /// FNV-1a over a word's bytes, folded so that the low bits (the slot) depend on every byte.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
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
