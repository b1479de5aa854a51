/// Whether the source itself repeats words ("Thank you, thank you", "negative 120, negative 120"),
/// in which case a repetition in the translation is faithful, not a stutter. Only meaningful for the
/// aligned source sentences of a repetition (a whole article always repeats something).
enum SourceRepetition {
    /// Whether the source tokens in `scope` contain a word or a phrase of up to `maximumLength`
    /// words immediately repeated (case-insensitive, punctuation ignored).
    ///
    /// - Complexity: O(t · L²) for t tokens in scope.
    static func repeats(in source: QAText, scope: Range<Int>, maximumLength: Int = 8) -> Bool {
        let keys = scope.filter { source.tokens[$0].kind != .punctuation }.map { source.lowercased($0) }
        guard keys.count >= 2 else { return false }
        for start in keys.indices {
            var length = 1
            while length <= maximumLength, start + 2 * length <= keys.count {
                if (0..<length).allSatisfy({ keys[start + $0] == keys[start + length + $0] }) { return true }
                length += 1
            }
        }
        return false
    }
}

/// The answers of `SourceRepetition.repeats` per scope, for a check that asks about every repetition
/// of a text: a long sentence with many repetitions has its source scanned once, not once for each.
struct SourceRepetitionMemo {
    private var answers: [Range<Int>: Bool] = [:]

    mutating func repeats(in source: QAText, scope: Range<Int>, maximumLength: Int = 8) -> Bool {
        if let known = answers[scope] { return known }
        let answer = SourceRepetition.repeats(in: source, scope: scope, maximumLength: maximumLength)
        answers[scope] = answer
        return answer
    }
}
