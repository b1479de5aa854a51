@testable import BitextKit
import Testing

/// `CompoundSearch` against an exhaustive search over every way of cutting a word, on words of a
/// two-letter alphabet whose known parts are drawn at random: the search asks about last parts
/// first and skips parts that cannot lie on a split, and must still find a split exactly when one
/// exists, with the fewest parts.
@Suite struct CompoundSearchTests {
    /// A small deterministic generator (64-bit linear congruential), so that a failure can be replayed.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    /// The fewest parts of any split of `word[start...]` (parts of `minimumPart` letters or more,
    /// known, a linking element allowed after every part but the last), or nil without one.
    private static func fewestParts(_ word: [Unicode.Scalar], from start: Int, links: [[Unicode.Scalar]],
                                    isKnown: (String, Bool) -> Bool) -> Int? {
        let n = word.count
        var best: Int?
        for end in (start + CompoundSearch.minimumPart)...max(start + CompoundSearch.minimumPart, n) where end <= n {
            let part = String(String.UnicodeScalarView(word[start..<end]))
            if end == n {
                if start > 0, isKnown(part, true) { best = min(best ?? 1, 1) }
                continue
            }
            guard isKnown(part, false) else { continue }
            for next in [end] + links.filter({ end + $0.count < n && Array(word[end..<(end + $0.count)]) == $0 }).map({ end + $0.count }) {
                if let rest = fewestParts(word, from: next, links: links, isKnown: isKnown) { best = min(best ?? .max, rest + 1) }
            }
        }
        return best
    }

    @Test(arguments: [1, 2, 3, 4])
    func theSearchSplitsExactlyWhenASplitExistsWithTheFewestParts(seed: Int) {
        var generator = Generator(state: UInt64(seed))
        let letters: [Unicode.Scalar] = ["a", "b"]
        let links: [[Unicode.Scalar]] = [["b"]]
        let search = CompoundSearch(linkingElements: ["b"])
        for _ in 0..<300 {
            let word = (0..<Int.random(in: 6...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            // A third of the strings of three to six letters are known, as parts and as last parts alike.
            var known: [String: Bool] = [:]
            func isKnown(_ part: String, _ last: Bool) -> Bool {
                if let answer = known[part + (last ? "$" : "")] { return answer }
                let answer = part.unicodeScalars.count <= 6 && Int.random(in: 0..<3, using: &generator) == 0
                known[part + (last ? "$" : "")] = answer
                return answer
            }
            let expected = Self.fewestParts(word, from: 0, links: links, isKnown: isKnown)
            let found = search.parts(of: word, isKnown: isKnown)
            #expect(found?.count == expected, "\(String(String.UnicodeScalarView(word)))")
            guard let found else { continue }
            // The parts are known, in order, and the gaps between them are linking elements.
            #expect(found.first?.lowerBound == 0 && found.last?.upperBound == word.count)
            for (index, part) in found.enumerated() {
                #expect(isKnown(String(String.UnicodeScalarView(word[part])), index == found.count - 1))
                if index > 0 {
                    let gap = Array(word[found[index - 1].upperBound..<part.lowerBound])
                    #expect(gap.isEmpty || links.contains(gap))
                }
            }
        }
    }

    /// A word with no known last part is answered by the questions about its last parts alone.
    @Test func aWordWithNoKnownLastPartAsksOnlyAboutLastParts() {
        let word = Array("abcdefghij".unicodeScalars)
        var asked: [(String, Bool)] = []
        let parts = CompoundSearch(linkingElements: ["s"]).parts(of: word) { part, last in
            asked.append((part, last))
            return !last
        }
        #expect(parts == nil)
        #expect(asked.map(\.0) == ["hij", "ghij", "fghij", "efghij", "defghij"])
        #expect(asked.allSatisfy { $0.1 })
    }
}
