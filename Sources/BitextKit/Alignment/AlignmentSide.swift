import Foundation

/// The alignment evidence of one side of a bitext, in flat arrays: per sentence its length in
/// characters and its content tokens; per token the match keys it offers (target side) or the keys
/// it would match (source side: its translations, name key, cognate prefix, number).
///
/// Sentences own consecutive token ranges, so a run of sentences (a bead, or a coarse block in the
/// banded search) is itself one contiguous token range.
///
/// Each token carries a weight, its inverse document frequency in this text (log(1 + N / df) over
/// the N sentences): a word in every sentence says little about which sentences correspond, and
/// blocks of many sentences (the coarse levels of the search) share all frequent words, so only
/// the rarer ones tell blocks apart.
public struct AlignmentSide: Sendable {
    /// Characters (Unicode scalars) per sentence.
    public internal(set) var characters: [Int] = []
    /// `tokenStart[s]..<tokenStart[s + 1]`: the content tokens of sentence s.
    var tokenStart: [Int] = [0]
    /// `keyStart[t]..<keyStart[t + 1]`: the keys of token t in `keys`.
    var keyStart: [Int] = [0]
    var keys: [Int32] = []
    /// Per token: its weight (set by `weighTokens()`).
    var weights: [Float] = []
    /// Per token: which word it is (for document frequencies).
    private var identities: [Int32] = []

    public init() {}

    public var count: Int { characters.count }

    /// Appends a sentence given its length and, per content token, its keys.
    mutating func append(characters length: Int, tokens: [(keys: [Int32], identity: Int32)]) {
        characters.append(length)
        for token in tokens {
            keys.append(contentsOf: token.keys)
            keyStart.append(keys.count)
            identities.append(token.identity)
        }
        tokenStart.append(keyStart.count - 1)
    }

    /// Sets every token's weight from its word's document frequency.
    ///
    /// Identities are numbered by the extractor across all texts it has seen, so they are first
    /// renumbered densely for this text: arrays sized by the extractor's whole vocabulary would
    /// cost more than the text itself when thousands of short records are aligned.
    ///
    /// - Complexity: O(tokens).
    mutating func weighTokens() {
        var local: [Int32: Int32] = [:]
        local.reserveCapacity(identities.count)
        let dense = identities.map { id in
            if let known = local[id] { return known }
            let next = Int32(local.count)
            local[id] = next
            return next
        }
        var frequency = [Int32](repeating: 0, count: local.count)
        var lastSentence = [Int32](repeating: -1, count: local.count)
        for s in 0..<count {
            for t in tokenStart[s]..<tokenStart[s + 1] {
                let id = Int(dense[t])
                if lastSentence[id] != Int32(s) {
                    lastSentence[id] = Int32(s)
                    frequency[id] += 1
                }
            }
        }
        let n = Float(max(count, 1))
        weights = dense.map { log(1 + n / Float(max(frequency[Int($0)], 1))) }
    }

    /// The token range of a run of sentences.
    func tokens(of sentences: Range<Int>) -> Range<Int> {
        tokenStart[sentences.lowerBound]..<tokenStart[sentences.upperBound]
    }

    /// The summed weight of the content tokens of a run of sentences.
    func contentWeight(_ sentences: Range<Int>) -> Double {
        var total: Float = 0
        for t in tokens(of: sentences) { total += weights[t] }
        return Double(total)
    }

    /// The characters of a run of sentences.
    func characterCount(_ sentences: Range<Int>) -> Int {
        var total = 0
        for s in sentences { total += characters[s] }
        return total
    }
}
