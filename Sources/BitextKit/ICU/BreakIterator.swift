import CICU

/// An ICU break iterator (sentence or word rules of one locale) over UTF-8 bytes.
///
/// Owns the ICU handle and closes it on `deinit`. Not thread-safe: use one per thread.
///
/// ```swift
/// let breaker = try BreakIterator(.sentence, locale: "de")
/// let ends = try breaker.boundaries(in: Array("Er kam. Sie ging.".utf8))  // [8, 18]
/// ```
public final class BreakIterator {
    /// Which of ICU's rule sets to use.
    public enum Kind: Sendable {
        case sentence, word
    }

    private let handle: OpaquePointer
    public let kind: Kind
    public let locale: String

    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let opened = cicu_breaker_open(kind == .word ? Int32(CICU_BREAK_WORD) : Int32(CICU_BREAK_SENTENCE), locale, &status)
        try ICUError.check(status, "opening the \(kind) breaker for '\(locale)'")
        guard let opened else { throw ICUError(code: 1, operation: "opening the \(kind) breaker for '\(locale)'") }
        handle = opened
        self.kind = kind
        self.locale = locale
    }

    deinit {
        cicu_breaker_close(handle)
    }

    /// Calls `body` with each batch of boundaries (UTF-8 byte offsets after the start, ascending; the
    /// last equals `text.count`) and, for word breaks, ICU's rule status of each boundary.
    ///
    /// - Complexity: O(n) in the length of `text`.
    package func forEachBatch(
        in text: UnsafeBufferPointer<UInt8>,
        _ body: (_ offsets: UnsafeBufferPointer<Int64>, _ statuses: UnsafeBufferPointer<Int32>) throws -> Void
    ) throws {
        var status: Int32 = 0
        cicu_breaker_set_utf8(handle, text.baseAddress, Int64(text.count), &status)
        try ICUError.check(status, "reading text into the \(kind) breaker")
        let capacity = 1024
        var offsets = [Int64](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        while true {
            let count = offsets.withUnsafeMutableBufferPointer { o in
                statuses.withUnsafeMutableBufferPointer { s in
                    cicu_breaker_next_batch(handle, o.baseAddress, s.baseAddress, Int32(capacity))
                }
            }
            if count == 0 { break }
            try offsets.withUnsafeBufferPointer { o in
                try statuses.withUnsafeBufferPointer { s in
                    try body(UnsafeBufferPointer(rebasing: o[0..<Int(count)]), UnsafeBufferPointer(rebasing: s[0..<Int(count)]))
                }
            }
        }
    }

    /// All boundaries of `text` as UTF-8 byte offsets (excluding 0, including `text.count`).
    package func boundaries(in text: [UInt8]) throws -> [Int] {
        var result: [Int] = []
        try text.withUnsafeBufferPointer { buffer in
            try forEachBatch(in: buffer) { offsets, _ in
                for offset in offsets { result.append(Int(offset)) }
            }
        }
        return result
    }
}
