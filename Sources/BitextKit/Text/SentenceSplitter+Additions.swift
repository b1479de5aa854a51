/// Boundaries ICU does not offer at all.
extension SentenceSplitter {
    /// Scans a segment between two accepted boundaries for sentence ends ICU's rules never propose:
    /// - "… einrückte. 1912 und 1913 …": ICU keeps a period before a number followed by a lower-case word;
    /// - "… bestanden haben. – Und …": a dialogue or aside dash after a finished sentence;
    /// - "… moved to the U.S. The move …": an acronym before a sentence starter;
    /// - "… nennen. (Gen 17,15) Folie …": the end of a citation attached to the sentence before.
    ///
    /// - Complexity: O(length of the segment).
    func addedBoundaries(in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        var index = range.lowerBound
        let space: UInt8 = 0x20
        while index + 2 < range.upperBound {
            defer { index += 1 }
            index = Self.nextCandidate(from: index, before: range.upperBound - 2, in: bytes)
            guard index < range.upperBound - 2 else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: ")") {
                if let after = boundaryAfterCitation(closing: index, range: range, bytes) { result.append(after) }
                continue
            }
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
            // Skip closing quotes after the mark.
            var cursor = index + 1
            while cursor < range.upperBound, UTF8Scalars.isClosing(UTF8Scalars.decode(bytes, at: cursor).0) {
                cursor += UTF8Scalars.decode(bytes, at: cursor).1
            }
            guard cursor + 1 < range.upperBound, bytes[cursor] == space else { continue }
            if isDialogueDash(at: cursor + 1, range: range, bytes) {
                result.append(cursor)
                continue
            }
            guard byte == UInt8(ascii: "."), cursor == index + 1, let next = Token.after(cursor, in: bytes),
                  next.range.upperBound <= range.upperBound else { continue }
            let token = Token.before(index + 1, in: bytes)
            if next.startsWithDigit(in: bytes), endsOrdinaryWord(token, bytes) {
                result.append(cursor)
            } else if token.isInitialOrAcronym(in: bytes), token.range.count > 2,
                      rules.sentenceStarters.contains(bytes, next.word(in: bytes)) {
                result.append(cursor)
            }
        }
        return result
    }

    /// The first index at or after `start` (below `limit`) holding ".", "!", "?" or ")", or `limit`.
    /// Most bytes are letters, so eight are tested at once (a byte equals t when `word ^ t·0x01…01` has a
    /// zero byte, found by the classic `(x − 0x01…01) & ~x & 0x80…80` test).
    @inline(__always)
    private static func nextCandidate(from start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        if let pointer = bytes.baseAddress {
            let base = UnsafeRawPointer(pointer)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= limit {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                var found: UInt64 = 0
                for target: UInt64 in [0x2E, 0x21, 0x3F, 0x29] {
                    let x = word ^ (target &* ones)
                    found |= (x &- ones) & ~x & highs
                }
                if found != 0 { break }
                index += 8
            }
        }
        while index < limit {
            let byte = bytes[index]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x29 { return index }
            index += 1
        }
        return limit
    }

    /// " – Und", " - Es", " — »Wohin": a dash between spaces, then a capital or an opening quote.
    private func isDialogueDash(at index: Int, range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (dash, length) = UTF8Scalars.decode(bytes, at: index)
        guard dash == "-" || dash == "\u{2013}" || dash == "\u{2014}", index + length + 1 < range.upperBound,
              bytes[index + length] == 0x20 else { return false }
        let (next, _) = UTF8Scalars.decode(bytes, at: index + length + 1)
        return next.properties.isUppercase || UTF8Scalars.isOpening(next)
    }

    /// A word of two or more letters that is no abbreviation: after it, a period before a number ends
    /// the sentence ("einrückte. 1912"), unlike "S. 12" or "Nr. 3".
    private func endsOrdinaryWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.range.count >= 3, !rules.always.contains(bytes, token.range), !rules.beforeNumber.contains(bytes, token.range),
              !rules.sentenceFinal.contains(bytes, token.range) else { return false }
        let word = token.range.lowerBound..<(token.range.upperBound - 1)
        return bytes[word].allSatisfy { $0 >= 0x80 || Token.isASCIILetter($0) }
    }

    /// After ")" of a citation that follows a finished sentence ("nennen. (Gen 17,15) Folie"), a capital
    /// starts the next sentence. A ")" that opens the text has no citation before it.
    private func boundaryAfterCitation(closing: Int, range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard closing > range.lowerBound, closing + 2 < range.upperBound, bytes[closing + 1] == 0x20 else { return nil }
        var open = closing - 1
        while open > range.lowerBound, closing - open <= Self.parentheticalLimit, bytes[open] != UInt8(ascii: "(") { open -= 1 }
        guard bytes[open] == UInt8(ascii: "("), open >= 2, bytes[open - 1] == 0x20 else { return nil }
        let (before, _) = UTF8Scalars.decode(bytes, at: UTF8Scalars.start(before: open - 1, in: bytes))
        guard before == "." || before == "!" || before == "?" || UTF8Scalars.isClosing(before) else { return nil }
        guard let next = Token.after(closing + 1, in: bytes), next.range.upperBound <= range.upperBound,
              next.startsUppercase(in: bytes) || bytes[next.range.lowerBound - 1] == UInt8(ascii: "(") else { return nil }
        return closing + 1
    }
}
