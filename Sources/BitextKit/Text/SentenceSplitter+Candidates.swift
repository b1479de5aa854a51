/// Deciding whether one of ICU's candidate boundaries stands.
extension SentenceSplitter {
    /// Decides whether ICU's candidate boundary at byte `b` stands; `segmentStart` is the last accepted one.
    func isBoundary(at b: Int, segmentStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
            return !isWrappedLine(last: last, lineEnd: end, next: next, in: bytes)
        }
        if isListMarker(endingAt: end, segmentStart: segmentStart, in: bytes) { return false }
        // A short citation or stage direction stays with the sentence before: "… nennen. (Gen 17,15)".
        if startsShortParenthetical(at: b, in: bytes) || isInsideShortParenthetical(b, in: bytes) {
            return false
        }
        // Closing marks after the final punctuation ("Lust.“") do not change what the punctuation was.
        var markEnd = end
        var mark = last
        while UTF8Scalars.isClosing(mark), markEnd > segmentStart {
            markEnd = UTF8Scalars.start(before: markEnd, in: bytes)
            guard markEnd > segmentStart else { break }
            mark = UTF8Scalars.decode(bytes, at: UTF8Scalars.start(before: markEnd, in: bytes)).0
        }
        guard let next else { return true }
        if mark == "!" || mark == "?" {
            // "Yahoo! in …", "»… versorgt!« in …": a lower-case word continues the sentence.
            return !next.startsLowercase(in: bytes)
        }
        guard last == "." else { return true }
        if let dots = spacedEllipsisLength(endingAt: end, in: bytes) {
            // Three spaced dots mark an omission inside the sentence; a fourth is the sentence's own period.
            return dots >= 4
        }
        return !continuesAfterPeriod(tokenEnd: end, next: next, in: bytes)
    }

    /// A single line break inside a sentence: the line ends on a lower-case letter, comma or hyphen and
    /// the next line starts with a lower-case letter.
    /// A one-word line ("spielen" in a word list) is never taken as wrapped.
    private func isWrappedLine(last: Unicode.Scalar, lineEnd: Int, next: Token?, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next, next.startsLowercase(in: bytes), last.properties.isLowercase || last == "," || last == "-" else { return false }
        let lastWord = Token.before(lineEnd, in: bytes)
        guard lastWord.range.lowerBound >= 2 else { return false }
        let before = bytes[lastWord.range.lowerBound - 1]
        return before == 0x20 || before == 0x09
    }

    /// The number of dots when the text before `end` is an ellipsis written with spaces (" . . ."), else nil.
    private func spacedEllipsisLength(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var dots = 0
        var index = end - 1
        while index >= 1, bytes[index] == 0x2E, bytes[index - 1] == 0x20 {
            dots += 1
            index -= 2
        }
        return dots >= 3 ? dots : nil
    }

    /// A list marker ("1.", "b.", "• 10.") that opens an item rather than ending a sentence: at the start
    /// of the segment, after a finished sentence or citation ("… ist. (Gen 14,3) 2. Die Ursache"), or
    /// continuing a list that the segment began ("1. The first item 2. The second item").
    private func isListMarker(endingAt end: Int, segmentStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = Token.before(end, in: bytes)
        guard let marker = ListMarker.parse(at: token.range.lowerBound, limit: end, in: bytes), marker.range.upperBound == end else {
            return false
        }
        guard let previous = Token.previous(token.range.lowerBound, in: bytes), previous.range.lowerBound >= segmentStart else {
            return true
        }
        let last = bytes[previous.range.upperBound - 1]
        if last == UInt8(ascii: ")") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return true }
        if previous.range.count == 1 || (previous.range.count <= 3 && ListMarker.isBullet(UTF8Scalars.decode(bytes, at: previous.range.lowerBound).0)) {
            return true  // a bullet before the number: "• 10."
        }
        if let first = ListMarker.parse(at: segmentStart, limit: end, in: bytes), first.style == marker.style { return true }
        return false
    }

    /// Whether the period ending the token at `tokenEnd` belongs to a non-final word.
    private func continuesAfterPeriod(tokenEnd: Int, next: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if next.startsLowercase(in: bytes) { return true }
        let token = Token.before(tokenEnd, in: bytes)
        if rules.always.contains(bytes, token.range) { return true }
        let nextIsDigit = next.startsWithDigit(in: bytes)
        if rules.beforeNumber.contains(bytes, token.range) { return nextIsDigit }
        let startsSentence = rules.sentenceStarters.contains(bytes, next.word(in: bytes))
        if rules.sentenceFinal.contains(bytes, token.range) { return nextIsDigit || !startsSentence }
        if let mayEnd = multiPartMatch(token: token, next: next, in: bytes) {
            return !mayEnd || !startsSentence
        }
        if token.isOrdinalRangeEnd(in: bytes), let previous = Token.previous(token.range.lowerBound, in: bytes),
           previous.isOrdinalNumber(in: bytes) {
            return true  // "vom 1. -3. Jahrhundert"
        }
        if token.isOrdinalNumber(in: bytes) {
            if rules.months.contains(bytes, next.word(in: bytes)) { return true }
            if let previous = Token.previous(token.range.lowerBound, in: bytes),
               rules.ordinalContext.contains(previous.lowercasedFirst(in: bytes)) {
                return true
            }
            return false
        }
        if token.isInitialOrAcronym(in: bytes) { return !startsSentence }
        return false
    }

    /// Matches the multi-part abbreviations ("z. B.") around the boundary. Returns nil when none
    /// matches, else whether the match ends at this token *and* may end a sentence.
    private func multiPartMatch(token: Token, next: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard token.range.count <= 5, let occurrences = rules.multiPartIndex[Array(bytes[token.range])] else { return nil }
        for (entryIndex, partIndex) in occurrences {
            let entry = rules.multiPart[entryIndex]
            var matches = true
            var cursor = token.range.lowerBound
            for before in entry.parts[..<partIndex].reversed() {
                guard let previous = Token.previous(cursor, in: bytes), bytes[previous.range].elementsEqual(before) else {
                    matches = false
                    break
                }
                cursor = previous.range.lowerBound
            }
            guard matches else { continue }
            var following: Token? = next
            for after in entry.parts[(partIndex + 1)...] {
                guard let current = following, bytes[current.range].elementsEqual(after) else {
                    matches = false
                    break
                }
                following = Token.after(current.range.upperBound, in: bytes)
            }
            if matches { return partIndex == entry.parts.count - 1 ? entry.sentenceFinal : false }
        }
        return nil
    }

    /// The longest parenthetical ("(Gen 17,15)", "(Lachen)", "(Smith 55)") treated as an attachment to
    /// the sentence before it rather than a sentence of its own.
    static let parentheticalLimit = 40

    /// The text after `b` is "(" + a short parenthetical without sentence punctuation + ")".
    func startsShortParenthetical(at b: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = b
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "(") else { return false }
        return closingParenthesis(after: cursor, in: bytes) != nil
    }

    /// The index of the ")" closing the "(" at `open`, if it comes within the limit on the same line with
    /// no sentence-final punctuation before it (a "." directly before ")" is allowed: "(Anab. V, 3,7.)").
    func closingParenthesis(after open: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = open + 1
        while index < bytes.count, index - open <= Self.parentheticalLimit {
            switch bytes[index] {
            case UInt8(ascii: ")"): return index
            case UInt8(ascii: "("), 0x0A, UInt8(ascii: "!"), UInt8(ascii: "?"): return nil
            case UInt8(ascii: "."):
                // Allowed inside only when an abbreviation-like token ends there ("Anab.", "3,7.").
                if index + 1 < bytes.count, bytes[index + 1] != 0x20, bytes[index + 1] != UInt8(ascii: ")") { return nil }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// `b` lies inside a short parenthetical: "(Xen., Anab.| V, 3,4)".
    func isInsideShortParenthetical(_ b: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = b - 1
        while index >= 0, b - index <= Self.parentheticalLimit {
            switch bytes[index] {
            case UInt8(ascii: "("):
                guard let close = closingParenthesis(after: index, in: bytes) else { return false }
                return close >= b
            case UInt8(ascii: ")"), 0x0A: return false
            default: index -= 1
            }
        }
        return false
    }
}
