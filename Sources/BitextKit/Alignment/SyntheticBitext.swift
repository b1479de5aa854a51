import Foundation

/// Two synthetic documents and their gold alignment, for benchmarking the aligner at any size
/// without shipping text: German-like pseudo-words, their "translations" through a generated
/// lexicon (each word maps to a different pseudo-word), a tenth of the words left untranslated,
/// and on the target side merges (2-1, p = 0.05) and drops (1-0, p = 0.02).
public struct SyntheticBitext: Sendable {
    public let source: [String]
    public let target: [String]
    public let lexicon: Lexicon
    /// The beads the documents were built with.
    public let gold: [AlignmentBead]

    public static let vocabularySize = 5000
    private static let syllables = ["ka", "ber", "lin", "to", "mas", "rei", "schu", "gen", "dor", "fel", "an", "hau", "sti", "mun", "pol", "ter"]

    public init(sentences: Int, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        func word(_ syllableCount: Int) -> String {
            (0..<syllableCount).map { _ in Self.syllables[Int(random.next() % UInt64(Self.syllables.count))] }.joined()
        }
        var vocabulary: [String] = []
        var translations: [String] = []
        var seen = Set<String>()
        while vocabulary.count < Self.vocabularySize {
            let w = word(2 + Int(random.next() % 3))
            guard seen.insert(w).inserted else { continue }
            vocabulary.append(w)
            translations.append("x" + String(w.reversed()))
        }
        let builder = try LexiconBuilder(source: .de, target: .en)
        for (w, t) in zip(vocabulary, translations) { builder.add(german: w, other: t) }
        lexicon = builder.finish()

        var source: [String] = []
        var target: [String] = []
        var gold: [AlignmentBead] = []
        var i = 0
        func sentencePair() -> (String, String) {
            let length = 6 + Int(random.next() % 20)
            var s: [String] = []
            var t: [String] = []
            for _ in 0..<length {
                // Zipf-like: small ids (frequent words) more often.
                let r = Double(random.next() % 1_000_000) / 1_000_000
                let id = min(Self.vocabularySize - 1, Int(pow(Double(Self.vocabularySize), r)) - 1)
                s.append(vocabulary[id])
                t.append(random.next() % 10 == 0 ? word(2) : translations[id])
            }
            return (s.joined(separator: " ").capitalized + ".", t.joined(separator: " ").capitalized + ".")
        }
        while i < sentences {
            let roll = random.next() % 100
            let (s1, t1) = sentencePair()
            if roll < 5, i + 1 < sentences {
                let (s2, t2) = sentencePair()
                source += [s1, s2]
                target.append(t1 + " " + t2)
                gold.append(AlignmentBead(source: i..<(i + 2), target: (target.count - 1)..<target.count, confidence: 1))
                i += 2
            } else if roll < 7 {
                source.append(s1)
                gold.append(AlignmentBead(source: i..<(i + 1), target: target.count..<target.count, confidence: 1))
                i += 1
            } else {
                source.append(s1)
                target.append(t1)
                gold.append(AlignmentBead(source: i..<(i + 1), target: (target.count - 1)..<target.count, confidence: 1))
                i += 1
            }
        }
        self.source = source
        self.target = target
        self.gold = gold
    }

    /// How many gold beads (by indices) occur in `beads`.
    public func goldBeadsFound(in beads: [AlignmentBead]) -> Int {
        let found = Set(beads.map { [$0.source.lowerBound, $0.source.upperBound, $0.target.lowerBound, $0.target.upperBound] })
        return gold.filter { found.contains([$0.source.lowerBound, $0.source.upperBound, $0.target.lowerBound, $0.target.upperBound]) }.count
    }
}
