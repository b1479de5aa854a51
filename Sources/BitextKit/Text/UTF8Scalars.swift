/// Scalar-level reading of validated UTF-8 bytes, for hot paths that must not build `String`s.
///
/// All functions assume well-formed UTF-8 (guaranteed by `TextFile`).
enum UTF8Scalars {
    /// The scalar starting at byte `index` and its encoded length.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        if b0 < 0xE0 {
            let value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0 {
            let value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        let value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
    }

    /// The string of `scalars`, encoded straight into the string's own buffer.
    ///
    /// Why: `String(String.UnicodeScalarView(scalars))` appends scalar by scalar; the compound search
    /// and the typo search build a string for every candidate part or spelling they ask about.
    static func string<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The start of the scalar that ends just before byte `index` (index > 0).
    @inline(__always)
    static func start(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = index - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Whitespace as sentence splitting sees it: ASCII space and controls, no-break and other Unicode spaces.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Opening punctuation that may precede a word: brackets and opening quotes of German, English and French.
    @inline(__always)
    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "\"", "'", "\u{201E}", "\u{201C}", "\u{201A}", "\u{2018}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{00BF}", "\u{00A1}", "*", "_":
            return true
        default:
            return false
        }
    }

    /// Closing punctuation that may follow a sentence's final mark: brackets and closing quotes.
    @inline(__always)
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ")", "]", "}", "\"", "'", "\u{201C}", "\u{201D}", "\u{2019}", "\u{2018}", "\u{00BB}", "\u{00AB}", "\u{203A}", "\u{2039}":
            return true
        default:
            return false
        }
    }

    /// Marks after which a line counts as complete (no line-wrap joining).
    @inline(__always)
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", ":", ";": return true
        default: return false
        }
    }

    /// Any Unicode punctuation (the P* general categories).
    @inline(__always)
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
