import Foundation

/// Turns a term pair's raw score into a confidence that means what it says: of the pairs given
/// 0.9, about nine in ten are right.
///
/// The raw score (`TermPairer`: the noisy-or of Dice and lexical evidence) orders pairs well but is
/// no probability: a dictionary match alone gives 0.85 whether the text supports it or not, and a
/// pair seen once in two short sentences gets a Dice of 1. What predicts whether a pair is right is
/// the score together with how often the pair was seen and which kinds of evidence it has. The
/// confidence is a logistic curve over these features, fitted by logistic regression
/// (`python3 eval/glossary_calibration.py --fit`) on the development half of the WMT23 terminology
/// set (lines 1–1481, built alone with `--raw-confidence`), a pair being right when it is a gold
/// term pair or a Ding entry (the rule of `eval/glossary_eval.py`); its reliability is reported on the
/// test half (`docs/results/glossary.md`). The fit is on sentence-aligned (parallel) text; comparable
/// builds, whose counts are of article pairs and guessed sentence pairs, keep the raw score
/// (`TermPairer.Parameters.calibrated`): no gold data says how often their pairs are right.
enum GlossaryConfidenceCalibration {
    /// The fitted weights; `eval/glossary_calibration.py` computes the same features in the same order.
    static let coefficients = (bias: -2.955, score: 0.495, logJoint: 1.332, lexicon: 1.689, compound: 1.361, name: 1.955, cognate: 2.607, cooccurrence: 0.703)

    /// The calibrated confidence of a pair with raw score `score`, seen in `joint` units, paired by `evidence`.
    static func confidence(score: Double, joint: Int, evidence: [TermEvidence]) -> Double {
        let c = coefficients
        func has(_ kind: TermEvidence) -> Double { evidence.contains(kind) ? 1 : 0 }
        let z = c.bias + c.score * score + c.logJoint * log(Double(max(joint, 1)))
            + c.lexicon * has(.lexicon) + c.compound * has(.compound) + c.name * has(.name)
            + c.cognate * has(.cognate) + c.cooccurrence * has(.cooccurrence)
        return 1 / (1 + exp(-z))
    }
}
