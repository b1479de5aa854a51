import Foundation

/// Turns a term pair's raw score into a confidence that means what it says: of the pairs given
/// 0.9, about nine in ten are right.
///
/// The raw score (`TermPairer`: the noisy-or of Dice and lexical evidence) orders pairs well but is
/// no probability: a dictionary match alone gives 0.85 whether the text supports it or not, and a
/// pair seen once in two short sentences gets a Dice of 1. What predicts whether a pair is right is
/// the score together with how often the pair was seen, which kinds of evidence it has and, between
/// comparable articles, how long it is. The confidence is a logistic curve over these features.
///
/// Sentence-aligned and comparable input get separate curves: a comparable build counts article pairs
/// and guessed sentence pairs, so the same score and count mean something else there. The weights are
/// data (`common/glossary-confidence.txt`, one section per mode, with how each was fitted), refitted by
/// `python3 eval/glossary_calibration.py --fit parallel|comparable`; their reliability on test halves
/// is in `docs/results/glossary.md`.
struct GlossaryConfidenceCalibration: Sendable, Equatable {
    /// What the curve weighs, named as in the data file.
    enum Feature: String, CaseIterable, Sendable {
        case bias, score, logJoint = "log-joint", lexicon, compound, name, cognate, cooccurrence, words
    }

    /// The weight of each feature; a feature the file does not list weighs 0.
    let weights: [Feature: Double]

    /// The bundled curves per mode (`.parallel`, `.comparable`), read once per process.
    private static let bundled = Result {
        try read(try LanguageDataFile.load("glossary-confidence", language: nil), file: "common/glossary-confidence.txt")
    }

    /// The bundled curve for `mode`'s input (`.auto` builds each relation apart, so it has none of its own).
    static func bundled(for mode: TextRelation) throws -> GlossaryConfidenceCalibration {
        let curves = try bundled.get()
        guard let curve = curves[mode] else { throw LanguageDataError.missing("common/glossary-confidence.txt [\(mode.rawValue)]") }
        return curve
    }

    /// The curves of a data file: a section per mode, lines `feature weight`.
    static func read(_ data: LanguageDataFile, file: String) throws(LanguageDataError) -> [TextRelation: GlossaryConfidenceCalibration] {
        var weights: [TextRelation: [Feature: Double]] = [:]
        for entry in data.entries {
            guard let mode = TextRelation(rawValue: entry.section), mode != .auto else {
                throw .invalid(file: file, line: entry.line, message: "section [\(entry.section)] is no mode (parallel, comparable)")
            }
            let fields = entry.text.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, let feature = Feature(rawValue: String(fields[0])), let weight = Double(fields[1]), weight.isFinite else {
                throw .invalid(file: file, line: entry.line, message: "expected \"feature weight\" with a feature of "
                               + Feature.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard weights[mode, default: [:]].updateValue(weight, forKey: feature) == nil else {
                throw .invalid(file: file, line: entry.line, message: "\(feature.rawValue) given twice in [\(mode.rawValue)]")
            }
        }
        return weights.mapValues { GlossaryConfidenceCalibration(weights: $0) }
    }

    /// The calibrated confidence of a pair with raw score `score`, seen in `joint` units, paired by
    /// `evidence`, whose German and English base forms have `words` words together.
    func confidence(score: Double, joint: Int, evidence: [TermEvidence], words: Int) -> Double {
        func w(_ feature: Feature) -> Double { weights[feature] ?? 0 }
        func has(_ kind: TermEvidence) -> Double { evidence.contains(kind) ? 1 : 0 }
        let z = w(.bias) + w(.score) * score + w(.logJoint) * log(Double(max(joint, 1)))
            + w(.lexicon) * has(.lexicon) + w(.compound) * has(.compound) + w(.name) * has(.name)
            + w(.cognate) * has(.cognate) + w(.cooccurrence) * has(.cooccurrence) + w(.words) * Double(words)
        return 1 / (1 + exp(-z))
    }
}
