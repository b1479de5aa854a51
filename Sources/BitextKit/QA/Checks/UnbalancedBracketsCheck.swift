/// `unbalanced-brackets`: a bracket opened and not closed in its paragraph, or the reverse.
///
/// A note (info) throughout: on annotated MT output raters marked almost none of these brackets (a
/// bracket left from a dropped "(Laughter)", a smiley, a list marker), see `docs/results/qa.md`.
struct UnbalancedBracketsCheck: QARule {
    static let check = QACheck(
        id: "unbalanced-brackets",
        title: "Brackets unbalanced",
        explanation: """
            A parenthesis or square bracket has no partner in its paragraph ("(EU-Kommission" without \
            ")"). List markers such as "1)" or "a)" and emoticons such as ":(" are not brackets. A \
            bracket the source leaves unbalanced as well is not the translation's fault. Only a note: \
            a lone bracket is rarely an error a reviser would mark.
            """,
        severity: .info)

    /// The opening bracket a closing one pairs with; nil for any other scalar. A switch, not a
    /// dictionary: it is asked about every scalar of both texts.
    private static func opener(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case ")": return "("
        case "]": return "["
        default: return nil
        }
    }

    /// - Complexity: O(n) in the target and the source.
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        // What the source leaves open or unopened, per bracket: those in the target are its copies.
        var sourceUnbalanced: [Unicode.Scalar: Int] = [:]
        if let source = input.source {
            for index in unbalanced(in: source) { sourceUnbalanced[source.scalars[index], default: 0] += 1 }
        }
        var seen: [Unicode.Scalar: Int] = [:]
        var result: [QAFinding] = []
        for run in runs(of: unbalanced(in: text), in: text.scalars) {
            var inheritedAll = true
            for index in run {
                let scalar = text.scalars[index]
                seen[scalar, default: 0] += 1
                inheritedAll = inheritedAll && seen[scalar, default: 0] <= sourceUnbalanced[scalar, default: 0]
            }
            let first = text.scalars[run[0]]
            var message = Self.opener(of: first).map { "closing \(first) without an opening \($0)" } ?? "\(first) is not closed in this paragraph"
            if run.count > 1 { message = "\(run.count) brackets in a row without a partner, the first: " + message }
            result.append(text.finding(Self.check, run[0]..<(run[run.count - 1] + 1), severity: inheritedAll ? .info : nil,
                                       message: message + (inheritedAll ? " (as in the source)" : "")))
        }
        return result
    }

    /// `offsets` (ascending) in runs with nothing but punctuation and spaces of one line between
    /// neighbours: "((((" is one finding, not one per bracket.
    private func runs(of offsets: [Int], in scalars: [Unicode.Scalar]) -> [[Int]] {
        var runs: [[Int]] = []
        for index in offsets {
            if let last = runs.last?.last,
               scalars[(last + 1)..<index].allSatisfy({ !ScalarClass.isLetterOrDigit($0) && $0 != "\n" && $0 != "\u{2029}" }) {
                runs[runs.count - 1].append(index)
            } else {
                runs.append([index])
            }
        }
        return runs
    }

    /// The offsets of the brackets of `text` that have no partner in their paragraph, in text order.
    private func unbalanced(in text: QAText) -> [Int] {
        var result: [Int] = []
        for line in text.lineRanges {
            var open: [Int] = []
            for index in line {
                let scalar = text.scalars[index]
                if scalar == "(" || scalar == "[" {
                    if !isEmoticon(index, line: line, text.scalars) { open.append(index) }
                } else if let opener = Self.opener(of: scalar) {
                    if let top = open.last, text.scalars[top] == opener {
                        open.removeLast()
                    } else if !isListMarker(index, line: line, text.scalars) {
                        result.append(index)
                    }
                }
            }
            result += open
        }
        return result.sorted()
    }

    /// ":(", ":-(", ";(", "=(" and the like: a face, not a bracket.
    private func isEmoticon(_ index: Int, line: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        if before > line.lowerBound, scalars[before] == "-" || scalars[before] == "'" { before -= 1 }
        return before >= line.lowerBound && [":", ";", "="].contains(scalars[before])
    }

    /// "1)", "a)", "iv)" at a line start, a number or single letter with ")" after a space inside a
    /// line ("Gründe: 1) … 2) …"), or an emoticon ":)".
    private func isListMarker(_ index: Int, line: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        if isEmoticon(index, line: line, scalars) { return true }
        var start = index
        while start > line.lowerBound, ScalarClass.isLetterOrDigit(scalars[start - 1]) { start -= 1 }
        guard index - start <= 3, index > start else { return false }
        if scalars[line.lowerBound..<start].allSatisfy({ ScalarClass.isBlank($0) }) { return true }
        let marker = scalars[start..<index]
        let afterSpace = ScalarClass.isBlank(scalars[start - 1])
        return afterSpace && (marker.allSatisfy { $0.properties.numericType != nil } && marker.count <= 2
            || marker.count == 1 && marker.first?.properties.isLowercase == true)
    }
}
