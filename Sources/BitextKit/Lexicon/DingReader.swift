/// Reads the Ding German-English dictionary (Debian `trans-de-en`, `/usr/share/trans/de-en`).
///
/// Line format: `German :: English`. `|` separates parallel sub-entries that correspond position by
/// position on both sides (singular | plural | example); `;` separates synonyms; `{f}`, `{pl}`
/// (grammar), `[pol.]` (domain), `(…)` (notes) and `<…>` annotations are removed. Every German
/// synonym of a sub-entry is paired with every English synonym of the same sub-entry.
///
/// ```
/// Botschaft {f} (diplomatische Vertretung) [pol.] | Botschaften {pl} :: embassy | embassies
/// ```
public enum DingReader {
    /// The Debian install location.
    public static let defaultPath = "/usr/share/trans/de-en"

    /// Adds every entry of the dictionary text to `builder`.
    ///
    /// - Complexity: O(n) in the size of the file. Ding (25 MB, 206k lines) takes about 2.5 s of CPU
    ///   in release on the 2-core build machine (`bitext bench align --ding`), most of it interning
    ///   and stemming words.
    public static func read(_ bytes: [UInt8], into builder: LexiconBuilder) {
        forEachEntry(bytes) { german, english in readEntry(bytes, german: german, english: english, into: builder) }
    }

    /// Calls `body` with the German and English byte ranges of every entry line (`German :: English`),
    /// comment lines and lines without the separator skipped: the one walk over a Ding file's lines that
    /// the lexicon, the noun grammar (`GermanNounGrammar`) and the subject fields (`DingSubjectFields`) share.
    ///
    /// - Complexity: O(n) in the size of the file, plus `body`.
    static func forEachEntry(_ bytes: [UInt8], _ body: (_ german: Range<Int>, _ english: Range<Int>) -> Void) {
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if bytes[lineStart] != 0x23 /* # */, let separator = find(bytes, in: lineStart..<lineEnd, pattern: [0x20, 0x3A, 0x3A, 0x20]) {
                body(lineStart..<separator, (separator + 4)..<lineEnd)
            }
            lineStart = lineEnd + 1
        }
    }

    private static func readEntry(_ bytes: [UInt8], german germanSide: Range<Int>, english englishSide: Range<Int>, into builder: LexiconBuilder) {
        let german = subEntries(bytes, germanSide)
        let other = subEntries(bytes, englishSide)
        for (g, o) in zip(german, other) {
            // Bracketed annotations stay in: the builder skips them while reading words.
            builder.add(german: split(bytes, g, at: 0x3B /* ; */).flatMap { abbreviations(bytes, $0) },
                        other: split(bytes, o, at: 0x3B).flatMap { abbreviations(bytes, $0) })
        }
    }

    /// A synonym with Ding's abbreviation marks (`Schweiz {f} /CH/`, `gross national product /GNP/`)
    /// taken out as synonyms of their own: the phrase without them, then each abbreviation. A mark
    /// opens with a slash after a space and closes with the next slash, so "Import/Export" stays
    /// one phrase.
    static func abbreviations(_ bytes: [UInt8], _ range: Range<Int>) -> [ArraySlice<UInt8>] {
        var main: [UInt8] = []
        var marks: [ArraySlice<UInt8>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == 0x2F, i == range.lowerBound || bytes[i - 1] == 0x20,
               let close = bytes[(i + 1)..<range.upperBound].firstIndex(of: 0x2F) {
                marks.append(bytes[(i + 1)..<close])
                main.append(0x20)
                i = close + 1
                continue
            }
            main.append(bytes[i])
            i += 1
        }
        return marks.isEmpty ? [bytes[range]] : [main[...]] + marks
    }

    private static func subEntries(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        split(bytes, range, at: 0x7C /* | */)
    }

    /// The parts of `range` between `separator`s outside brackets: in "(eine Äußerung; Frage)
    /// nachschieben" the semicolon lists objects of one verb, not synonyms, and splitting there made
    /// "Frage" a one-word entry translated as "to add another … action".
    static func split(_ bytes: [UInt8], _ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for i in range {
            switch bytes[i] {
            case 0x7B, 0x5B, 0x28: depth += 1
            case 0x7D, 0x5D, 0x29: depth = max(0, depth - 1)
            case separator where depth == 0:
                parts.append(start..<i)
                start = i + 1
            default: break
            }
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// The bytes of `range` with `{…}`, `[…]`, `(…)` and `<…>` groups replaced by a space.
    static func stripAnnotations(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var depth = 0
        for i in range {
            let b = bytes[i]
            switch b {
            case 0x7B, 0x5B, 0x28, 0x3C: depth += 1
            case 0x7D, 0x5D, 0x29, 0x3E:
                depth = max(0, depth - 1)
                result.append(0x20)
            default:
                if depth == 0 { result.append(b) }
            }
        }
        return result
    }

    private static func find(_ bytes: [UInt8], in range: Range<Int>, pattern: [UInt8]) -> Int? {
        guard range.count >= pattern.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - pattern.count
        while i <= last {
            if bytes[i] == pattern[0], bytes[i + 1] == pattern[1], bytes[i + 2] == pattern[2], bytes[i + 3] == pattern[3] {
                return i
            }
            i += 1
        }
        return nil
    }
}
