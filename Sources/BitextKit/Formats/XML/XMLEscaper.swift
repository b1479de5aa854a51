/// Escaping for XML 1.0 text and attribute values, shared by every XML writer (TMX, TBX).
///
/// `& < > "` become entity references everywhere (quotes too in text, so one escaped string fits
/// both places).
/// XML 1.0 forbids C0 control characters other than tab, line feed and carriage return, and
/// U+FFFE/U+FFFF; no escape makes them legal, so they are dropped, never written. Carriage returns,
/// and tabs and line feeds inside attributes, are written as character references because a parser
/// would otherwise normalize them away and the round trip would lose them. DEL, legal in XML but
/// refused by bitext's input check as binary data (`TextFile`), is written as `&#127;`, so bitext
/// reads back what it writes.
public enum XMLEscaper {
    /// Whether XML 1.0 allows `scalar` in a document at all.
    @inline(__always)
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// Appends `text` escaped for element content.
    public static func appendText(_ text: String, to out: inout String) {
        append(text, attribute: false, to: &out)
    }

    /// Appends `text` escaped for a double-quoted attribute value.
    public static func appendAttribute(_ text: String, to out: inout String) {
        append(text, attribute: true, to: &out)
    }

    /// `text` escaped for element content.
    public static func text(_ text: String) -> String {
        var out = ""
        appendText(text, to: &out)
        return out
    }

    /// `text` escaped for a double-quoted attribute value.
    public static func attribute(_ text: String) -> String {
        var out = ""
        appendAttribute(text, to: &out)
        return out
    }

    private static func append(_ text: String, attribute: Bool, to out: inout String) {
        // Fast path: most terms need no escaping at all.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\u{7F}": out += "&#127;"
            case "\t": out += attribute ? "&#9;" : "\t"
            case "\n": out += attribute ? "&#10;" : "\n"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
    }
}
