import Foundation

/// Association between a German and an English term from sentence-level co-occurrence counts.
enum AssociationMeasures {
    /// Dice coefficient 2·joint / (german + english): 1 when the terms always occur together.
    static func dice(joint: Int, german: Int, english: Int) -> Double {
        let sum = german + english
        return sum == 0 ? 0 : 2 * Double(joint) / Double(sum)
    }

    /// Dunning's log-likelihood ratio (G²) of the 2×2 contingency table over `total` sentence pairs:
    /// how surprising the joint count is if the terms were independent. Above 10.83 the association
    /// is significant at p < 0.001; unlike Dice it does not reward pairs of rare terms seen once.
    static func logLikelihood(joint: Int, german: Int, english: Int, total: Int) -> Double {
        let k11 = Double(joint)
        let k12 = Double(german - joint)
        let k21 = Double(english - joint)
        let k22 = Double(total - german - english + joint)
        func h(_ values: Double...) -> Double {
            let sum = values.reduce(0, +)
            guard sum > 0 else { return 0 }
            return values.reduce(0) { $0 + ($1 > 0 ? $1 * log($1 / sum) : 0) }
        }
        let g2 = 2 * (h(k11, k12, k21, k22) - h(k11 + k12, k21 + k22) - h(k11 + k21, k12 + k22))
        // Negative association (fewer joint occurrences than expected) is no evidence of translation.
        let expected = Double(german) * Double(english) / Double(max(total, 1))
        return k11 < expected ? 0 : max(0, g2)
    }
}
