/// A sentence found by `SentenceSplitter`: byte and scalar ranges into the input, whitespace trimmed.
public struct SentenceSpan: Sendable, Equatable, Codable {
    /// UTF-8 byte range in the input.
    public let bytes: Range<Int>
    /// 0-based Unicode scalar range in the input.
    public let scalars: Range<Int>

    /// The spans of increasing, non-overlapping scalar ranges of `scalars`, with their byte ranges.
    /// Ranges beyond the text are clamped to its end.
    ///
    /// - Complexity: O(n + r) for n scalars and r ranges.
    static func spans(ofScalarRanges ranges: [Range<Int>], in scalars: [Unicode.Scalar]) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        result.reserveCapacity(ranges.count)
        var scalar = 0, byte = 0
        func advance(to target: Int) -> Int {
            while scalar < min(target, scalars.count) {
                byte += UTF8.width(scalars[scalar])
                scalar += 1
            }
            return byte
        }
        for range in ranges {
            let lower = min(max(range.lowerBound, scalar), scalars.count)
            let upper = min(max(range.upperBound, lower), scalars.count)
            let start = advance(to: lower)
            result.append(SentenceSpan(bytes: start..<advance(to: upper), scalars: lower..<upper))
        }
        return result
    }
}

/// Splits German, English or French text into sentences: ICU's sentence rules for the candidates,
/// corrected by our language data where ICU is wrong for news text.
///
/// ICU breaks after "14." in "am 14. März", after "Dr." and after "z." in "z. B."; it misses
/// "… einrückte. 1912 erreichte …" and dialogue dashes; it knows nothing of headlines or lists. The
/// corrections (see `SentenceSplitter+Candidates.swift` and `+Additions.swift`):
/// - a blank line is always a boundary; a single line break is one unless it wraps a sentence;
/// - after a period the boundary is dropped for abbreviations (respecting their context), ordinal
///   dates and ranks, initials and acronyms before a non-starter, and anything before a lower-case word;
/// - boundaries ICU misses are added: before a year or number after a sentence, before a dialogue dash,
///   after an acronym before a sentence starter, after a citation in parentheses;
/// - list markers stay with their item, and items written on one line are split.
///
/// Not thread-safe (it owns an ICU iterator): use one per thread.
///
/// ```swift
/// let splitter = try SentenceSplitter(language: .de)
/// try splitter.split("Sie kam am 14. März. Dr. Meyer blieb.")  // two sentences
/// ```
public final class SentenceSplitter {
    public let rules: SentenceBoundaryRules
    private let breaker: BreakIterator

    public convenience init(language: Language) throws {
        try self.init(rules: SentenceBoundaryRules(language: language))
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

    /// Splits a validated text into sentence spans (byte and scalar offsets into `text.bytes`).
    ///
    /// - Complexity: O(n) in the length of the text.
    public func split(_ text: TextFile) throws -> [SentenceSpan] {
        try split(bytes: text.bytes)
    }

    /// Splits UTF-8 `bytes` into sentence spans. The bytes must be well-formed UTF-8 (a `TextFile`'s or a
    /// `String`'s): the scan decodes without bounds checks on continuation bytes, so only the package calls it.
    ///
    /// - Complexity: O(n) in the length of the text.
    package func split(bytes: [UInt8]) throws -> [SentenceSpan] {
        try bytes.withUnsafeBufferPointer { try split(buffer: $0) }
    }

    /// Splits a UTF-8 buffer (well-formed) into sentence spans.
    package func split(buffer: UnsafeBufferPointer<UInt8>) throws -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        var offsets = ScalarOffsetMap()
        var start = 0
        let count = buffer.count
        func emit(_ end: Int) {
            guard let trimmed = Self.trim(start..<end, in: buffer) else { return }
            for piece in Self.splitListItems(trimmed, in: buffer) {
                let first = offsets.scalarOffset(ofByte: piece.lowerBound, in: buffer)
                let last = offsets.scalarOffset(ofByte: piece.upperBound, in: buffer)
                spans.append(SentenceSpan(bytes: piece, scalars: first..<last))
            }
        }
        func close(at end: Int) {
            for added in addedBoundaries(in: start..<end, buffer) {
                emit(added)
                start = added
            }
            emit(end)
            start = end
        }
        try breaker.forEachBatch(in: buffer) { boundaries, _ in
            for boundary in boundaries {
                let b = Int(boundary)
                guard b < count else { continue }
                // The next sentence starts at its first non-space: a candidate's look back stops there,
                // instead of crossing the same run of space again for every candidate (a file of blank
                // lines took 38 s for 250 KB). Sentences are trimmed, so none changes.
                start = Self.firstNonSpace(in: start..<b, buffer)
                if isBoundary(at: b, segmentStart: start, in: buffer) {
                    close(at: b)
                }
            }
        }
        close(at: count)
        return spans
    }

    /// The offset of the first scalar of `range` that is not whitespace, or its end.
    static func firstNonSpace(in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
            guard UTF8Scalars.isSpace(scalar) else { break }
            index += length
        }
        return index
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

    /// Splits "1) first 2) second" and "• a • b" written on one line into their items.
    static func splitListItems(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let marker = ListMarker.parse(at: range.lowerBound, limit: range.upperBound, in: bytes) else { return [range] }
        let (firstScalar, _) = UTF8Scalars.decode(bytes, at: range.lowerBound)
        let bulleted = ListMarker.isBullet(firstScalar)
        var pieces: [Range<Int>] = []
        var pieceStart = range.lowerBound
        var current = marker
        var index = marker.range.upperBound
        while index < range.upperBound {
            defer { index += 1 }
            // An item ends on a letter or a period, never on a comma: "2. Thessalonicher 2, 3. Aber" is one item.
            guard bytes[index] == 0x20, index + 1 < range.upperBound, index > range.lowerBound,
                  bytes[index - 1] == UInt8(ascii: ".") || bytes[index - 1] >= 0x80 || Token.isASCIILetter(bytes[index - 1]) else { continue }
            if bulleted {
                let (scalar, _) = UTF8Scalars.decode(bytes, at: index + 1)
                guard ListMarker.isBullet(scalar) else { continue }
            } else {
                guard let next = ListMarker.parse(at: index + 1, limit: range.upperBound, in: bytes), current.isFollowed(by: next) else { continue }
                current = next
            }
            pieces.append(pieceStart..<index)
            pieceStart = index + 1
        }
        pieces.append(pieceStart..<range.upperBound)
        return pieces
    }
}
