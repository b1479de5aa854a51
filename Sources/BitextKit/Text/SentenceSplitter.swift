/// A sentence found by `SentenceSplitter`: byte and scalar ranges into the input, whitespace trimmed.
public struct SentenceSpan: Sendable, Equatable {
    /// UTF-8 byte range in the input.
    public let bytes: Range<Int>
    /// 0-based Unicode scalar range in the input.
    public let scalars: Range<Int>
}

/// Splits German, English or French text into sentences: ICU's sentence rules for the candidates,
/// corrected by our language data where ICU is wrong for news text.
///
/// ICU breaks after "27." in "am 27. Februar", after "Dr." and after "z." in "z. B."; it also knows
/// nothing of headlines. The corrections, in order:
/// - a blank line is always a boundary (paragraphs and headlines stand alone);
/// - a single line break is a boundary unless it wraps a sentence (a lower-case word or comma before,
///   a lower-case word after);
/// - after a period, the boundary is dropped when the next word starts in lower case, when the token
///   before is a known abbreviation (respecting its context: "before a number", "may end a sentence"),
///   an ordinal date or rank ("am 27. Februar", "der 3. Platz"), or an initial or acronym followed by a
///   word that is not a common sentence starter ("Sergej W. Lawrow", "U.S. Embassy").
///
/// Not thread-safe (it owns an ICU iterator): use one per thread.
///
/// ```swift
/// let splitter = try SentenceSplitter(language: .de)
/// splitter.split("Sie kam am 27. Februar. Dr. Meyer blieb.")  // two sentences
/// ```
public final class SentenceSplitter {
    public let rules: SentenceBoundaryRules
    private let breaker: BreakIterator

    public init(language: Language) throws {
        rules = try SentenceBoundaryRules(language: language)
        breaker = try BreakIterator(.sentence, locale: language.rawValue)
    }

    public init(rules: SentenceBoundaryRules) throws {
        self.rules = rules
        breaker = try BreakIterator(.sentence, locale: rules.language.rawValue)
    }

    /// Splits `text`. Convenience over `split(bytes:)`.
    public func split(_ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        return try split(bytes: bytes).map { String(decoding: bytes[$0.bytes], as: UTF8.self) }
    }

    /// Splits UTF-8 `bytes` (well-formed) into sentence spans.
    ///
    /// - Complexity: O(n) in the length of the text.
    public func split(bytes: [UInt8]) throws -> [SentenceSpan] {
        try bytes.withUnsafeBufferPointer { try split(buffer: $0) }
    }

    /// Splits a UTF-8 buffer (well-formed) into sentence spans.
    public func split(buffer: UnsafeBufferPointer<UInt8>) throws -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        var offsets = ScalarOffsetMap()
        var start = 0
        let count = buffer.count
        func emit(_ end: Int) {
            guard let trimmed = Self.trim(start..<end, in: buffer) else { return }
            let first = offsets.scalarOffset(ofByte: trimmed.lowerBound, in: buffer)
            let last = offsets.scalarOffset(ofByte: trimmed.upperBound, in: buffer)
            spans.append(SentenceSpan(bytes: trimmed, scalars: first..<last))
        }
        func close(at end: Int) {
            for missed in missedBoundaries(in: start..<end, buffer) {
                emit(missed)
                start = missed
            }
            emit(end)
            start = end
        }
        try breaker.forEachBatch(in: buffer) { boundaries, _ in
            for boundary in boundaries {
                let b = Int(boundary)
                if b < count, isBoundary(at: b, segmentStart: start, in: buffer) {
                    close(at: b)
                }
            }
        }
        close(at: count)
        return spans
    }

    /// Boundaries ICU does not offer: after an acronym such as "U.S." followed by a sentence starter
    /// ("… moved to the U.S. The move …"), where ICU's rules never break.
    private func missedBoundaries(in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        var index = range.lowerBound
        let period = UInt8(ascii: "."), space = UInt8(ascii: " ")
        while index + 1 < range.upperBound {
            defer { index += 1 }
            guard bytes[index] == period, bytes[index + 1] == space else { continue }
            let token = Token.before(index + 1, in: bytes)
            guard Token.isInitialOrAcronym(token.bytes(in: bytes)), token.range.count > 2,
                  let next = Token.after(index + 1, in: bytes), next.range.upperBound <= range.upperBound,
                  rules.sentenceStarters.contains(next.word(in: bytes)) else { continue }
            result.append(index + 1)
        }
        return result
    }

    /// `range` without surrounding whitespace, or nil when nothing but whitespace is left.
    static func trim(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: lower)
            guard UTF8Scalars.isSpace(scalar) else { break }
            lower += length
        }
        while upper > lower {
            let start = UTF8Scalars.start(before: upper, in: bytes)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: start)
            guard UTF8Scalars.isSpace(scalar) else { break }
            upper = start
        }
        return lower < upper ? lower..<upper : nil
    }

    /// Decides whether ICU's candidate boundary at byte `b` stands.
    private func isBoundary(at b: Int, segmentStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Find the last non-space scalar before b and count the line breaks in between.
        var end = b
        var newlines = 0
        while end > segmentStart {
            let s = UTF8Scalars.start(before: end, in: bytes)
            let (scalar, _) = UTF8Scalars.decode(bytes, at: s)
            guard UTF8Scalars.isSpace(scalar) else { break }
            if scalar == "\n" || scalar == "\u{2029}" { newlines += 1 }
            end = s
        }
        if end == segmentStart { return false }  // nothing but space since the last boundary
        if newlines >= 2 { return true }
        let lastStart = UTF8Scalars.start(before: end, in: bytes)
        let (last, _) = UTF8Scalars.decode(bytes, at: lastStart)
        let next = Token.after(b, in: bytes)
        if newlines == 1 {
            return !isWrappedLine(last: last, next: next, in: bytes)
        }
        guard last == "." else { return true }
        return !continuesAfterPeriod(tokenEnd: end, next: next, in: bytes)
    }

    /// A single line break inside a sentence: the line ends on a lower-case letter, comma or hyphen and
    /// the next line starts with a lower-case letter.
    private func isWrappedLine(last: Unicode.Scalar, next: Token?, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next, next.startsLowercase(in: bytes) else { return false }
        return last.properties.isLowercase || last == "," || last == "-"
    }

    /// Whether the period ending the token at `tokenEnd` belongs to a non-final word.
    private func continuesAfterPeriod(tokenEnd: Int, next: Token?, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next else { return false }
        if next.startsLowercase(in: bytes) { return true }
        let token = Token.before(tokenEnd, in: bytes)
        let word = token.bytes(in: bytes)
        if rules.always.contains(word) { return true }
        let nextIsDigit = next.startsWithDigit(in: bytes)
        if rules.beforeNumber.contains(word) { return nextIsDigit }
        let nextWord = next.word(in: bytes)
        let startsSentence = rules.sentenceStarters.contains(nextWord)
        if rules.sentenceFinal.contains(word) { return nextIsDigit || !startsSentence }
        if let partFinal = multiPartMatch(token: token, next: next, in: bytes) {
            return !partFinal || !startsSentence
        }
        if Token.isNumber(word) {
            if rules.months.contains(nextWord) { return true }
            if let previous = Token.before(token.range.lowerBound, in: bytes, allowEmpty: true),
               rules.ordinalContext.contains(previous.lowercasedASCIIOrSelf(in: bytes)) {
                return true
            }
            return false
        }
        if Token.isInitialOrAcronym(word) { return !startsSentence }
        return false
    }

    /// Matches the multi-part abbreviations around the boundary. Returns nil when none matches, else
    /// whether the match ends at this token *and* may end a sentence (true) or continues (false).
    private func multiPartMatch(token: Token, next: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for (parts, sentenceFinal) in rules.multiPart {
            let word = token.bytes(in: bytes)
            for (index, part) in parts.enumerated() where part == word {
                var matches = true
                var cursor = token.range.lowerBound
                for before in parts[..<index].reversed() {
                    guard let previous = Token.before(cursor, in: bytes, allowEmpty: true), previous.bytes(in: bytes) == before else {
                        matches = false
                        break
                    }
                    cursor = previous.range.lowerBound
                }
                if !matches { continue }
                var following: Token? = next
                for after in parts[(index + 1)...] {
                    guard let current = following, current.bytes(in: bytes) == after else {
                        matches = false
                        break
                    }
                    following = Token.after(current.range.upperBound, in: bytes)
                }
                if matches { return index == parts.count - 1 ? sentenceFinal : false }
            }
        }
        return nil
    }
}
