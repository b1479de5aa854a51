import CICU

/// An ICU transliterator, e.g. "Any-Latin; Latin-ASCII" (Андрей Громыко → Andrej Gromyko).
///
/// Owns the ICU handle. Not thread-safe: use one per thread.
public final class Transliterator {
    private let handle: OpaquePointer
    public let id: String

    public init(_ id: String) throws {
        var status: Int32 = 0
        let units = Array(id.utf16)
        let opened = units.withUnsafeBufferPointer { cicu_transliterator_open($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "opening transliterator '\(id)'")
        guard let opened else { throw ICUError(code: 1, operation: "opening transliterator '\(id)'") }
        handle = opened
        self.id = id
    }

    deinit {
        cicu_transliterator_close(handle)
    }

    /// Returns `text` transliterated.
    public func apply(_ text: String) throws -> String {
        let source = Array(text.utf16)
        var capacity = source.count * 2 + 16
        while true {
            var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
            var status: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer {
                cicu_transliterate(handle, $0.baseAddress, Int32(source.count), Int32(capacity), &status)
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ || Int(length) > capacity {
                capacity = max(capacity * 2, Int(length) + 16)
                continue
            }
            try ICUError.check(status, "transliterating with '\(id)'")
            return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        }
    }
}
