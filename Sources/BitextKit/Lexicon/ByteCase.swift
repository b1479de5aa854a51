/// Byte-level letter tests and lower-casing for UTF-8 text in German, English and French.
///
/// Dictionary loading touches millions of words; going through `String` per character would make
/// the Ding dictionary take seconds. Lower-casing covers ASCII and the Latin-1 letters (À–Þ, which
/// in UTF-8 are C3 80–C3 9E), enough for these languages; other scripts pass unchanged.
enum ByteCase {
    /// Letters, digits and any byte of a multi-byte scalar (non-ASCII text is treated as word text).
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Lower-cases `b`, given the byte before it in the same word (to recognise C3 xx sequences).
    @inline(__always)
    static func lower(_ b: UInt8, after previous: UInt8?) -> UInt8 {
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        if previous == 0xC3, b >= 0x80, b <= 0x9E, b != 0x97 { return b + 0x20 }
        return b
    }
}
