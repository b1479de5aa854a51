import CICU

/// ICU's NFC / NFKC normalization of UTF-16 text.
public enum UnicodeNormalizer {
    public enum Form: String, Sendable, CaseIterable {
        case nfc, nfkc

        var code: Int32 { self == .nfkc ? Int32(CICU_NFKC) : Int32(CICU_NFC) }
    }

    /// Returns `text` in the given normalization form.
    ///
    /// - Complexity: O(n); already-normalized text is returned without a copy of its characters.
    public static func normalize(_ text: [UInt16], to form: Form) throws -> [UInt16] {
        if text.isEmpty { return text }
        var status: Int32 = 0
        let already = text.withUnsafeBufferPointer {
            cicu_is_normalized(form.code, $0.baseAddress, Int32($0.count), &status)
        }
        try ICUError.check(status, "checking \(form.rawValue.uppercased()) normalization")
        if already == 1 { return text }
        var capacity = text.count + text.count / 4 + 16
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            status = 0
            let needed = text.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { dest in
                    cicu_normalize(form.code, source.baseAddress, Int32(source.count), dest.baseAddress, Int32(capacity), &status)
                }
            }
            if Int(needed) > capacity {
                capacity = Int(needed)
                continue
            }
            try ICUError.check(status, "normalizing to \(form.rawValue.uppercased())")
            output.removeLast(capacity - Int(needed))
            return output
        }
    }

    /// Convenience for strings; used for short spans such as lines and lexicon entries.
    public static func normalize(_ text: String, to form: Form) throws -> String {
        let units = try normalize(Array(text.utf16), to: form)
        return String(decoding: units, as: UTF16.self)
    }
}
