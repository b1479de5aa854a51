/// How two texts relate: the one idea behind `--mode` in `align`, `qa`, `run` and `glossary build`.
///
/// The raw values are the command-line spellings.
public enum TextRelation: String, Sendable, CaseIterable {
    /// One text translates the other: sentences are aligned in order (beads), so sentences left out or
    /// added are found (omission/addition findings in QA).
    case parallel
    /// Both report the same events: only sentence pairs that say the same thing count, in any order; no
    /// omissions or additions.
    case comparable
    /// Decided per document pair from the share of sentences with a counterpart (`TranslationTest`).
    case auto
}

/// What `.auto` decided for one document pair, and on what evidence.
public struct RelationDecision: Sendable, Equatable {
    /// `.parallel` or `.comparable`, never `.auto`.
    public let relation: TextRelation
    /// Share of sentences (both sides) the comparable matcher linked; nil when it could not run.
    public let matchedShare: Double?

    public init(relation: TextRelation, matchedShare: Double?) {
        self.relation = relation
        self.matchedShare = matchedShare
    }

    /// "comparable: 31% of sentences have a counterpart (translation from 70%)".
    public var summary: String {
        "\(relation == .parallel ? "a translation" : relation.rawValue): \(evidence)"
    }

    /// "31% of sentences have a counterpart (translation from 70%)".
    public var evidence: String {
        guard let matchedShare else { return "no German-English lexicon to decide with" }
        return "\(Int((matchedShare * 100).rounded()))% of sentences have a counterpart "
            + "(translation from \(Int(TranslationTest.minimumMatchedShare * 100))%)"
    }
}

/// Decides whether two texts are a translation or only comparable, from the sentence pairs the
/// comparable matcher finds: it links only sentences that say the same thing, in any order, so in a
/// translation nearly every sentence finds its partner, while comparable reports share a part.
public enum TranslationTest {
    /// Share of sentences (both sides) with a comparable partner above which a pair is a translation.
    public static let minimumMatchedShare = 0.7

    public static func matchedShare(_ matches: [AlignmentBead], sourceCount: Int, targetCount: Int) -> Double {
        let total = sourceCount + targetCount
        guard total > 0 else { return 0 }
        let matched = matches.reduce(0) { $0 + $1.source.count + $1.target.count }
        return Double(matched) / Double(total)
    }

    /// The decision for two sides, given the comparable matcher's pairs between them.
    public static func decide(_ matches: [AlignmentBead], sourceCount: Int, targetCount: Int) -> RelationDecision {
        let share = matchedShare(matches, sourceCount: sourceCount, targetCount: targetCount)
        return RelationDecision(relation: share >= minimumMatchedShare ? .parallel : .comparable, matchedShare: share)
    }
}
