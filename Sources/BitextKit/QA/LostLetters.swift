/// Words that lost their umlauts and ß: a decoder or a translation system that cannot write them
/// drops them, so "Lebensqualität" comes out as "Lebensqualitt" and "können" as "knnen". Each such
/// word is unknown; put the lost letter back at the right place and the lexicon lists it.
///
/// A text counts as damaged only when it has no umlaut or ß at all and at least
/// `minimumRepairs` different words are mended so: one such word may be a name or a slip. Only the
/// lexicon's word forms are asked (`QASpelling.isListedForm`, a hash look-up per candidate), never
/// Hunspell, and a text whose first `probe` unknown words mend none is taken as undamaged: a list of
/// unknown codes or names costs a bounded number of look-ups, not one search per word.
struct LostLetters {
    /// The letters the language loses to an ASCII-only step (`<lang>/ascii-letters.txt`: ä, ö, ü, ß),
    /// tried at every place of a word; the capitals only at its start ("rzte" for "Ärzte",
    /// "bersicht" for "Übersicht").
    let lowerCase: [Character]
    let capitals: [Character]
    /// Different mended words a damaged text has at least.
    static let minimumRepairs = 2
    /// Unknown words tried before a text none of them mends is taken as undamaged.
    static let probe = 20

    /// Every letter of `lowerCase` and `capitals`, and the smallest one's value: a text with any of
    /// them has lost none. The scan asks about every scalar of a text until it meets one, and a text
    /// without (most short segments) is scanned to its end; skipping the scalars below the smallest
    /// (all of ASCII) without hashing them, and making the set once, took this check from 2.1 % of a
    /// batch's instructions to 1.5 % (callgrind, 1,500 records of the throughput set).
    private let lost: Set<Unicode.Scalar>
    private let smallestLost: UInt32

    init(letters: LetterFolding) {
        lowerCase = letters.letters.filter { !$0.properties.isUppercase }.map(Character.init)
        capitals = letters.letters.filter(\.properties.isUppercase).map(Character.init)
        lost = Set((lowerCase + capitals).flatMap(\.unicodeScalars))
        smallestLost = lost.map(\.value).min() ?? UInt32.max
    }

    /// The mended words of `text` (token index and the word with its letter back), in text order;
    /// empty unless the text is damaged as described above. `isUnknown` says whether a word token
    /// is unknown to the spelling checks; `isCopied` whether it stands in the source (a name).
    ///
    /// - Complexity: O(n) and at most `probe` unknown words searched in an undamaged text, each with
    ///   a look-up per place and letter (German: (length + 1) × 7).
    func repairs(in text: QAText, isUnknown: (Int) -> Bool, isCopied: (Int) -> Bool,
                 isListed: (String) -> Bool) -> [(index: Int, repair: String)] {
        guard !text.scalars.contains(where: { $0.value >= smallestLost && lost.contains($0) }) else { return [] }
        var result: [(index: Int, repair: String)] = []
        var tried = 0
        for index in text.tokens.indices where text.tokens[index].kind == .word && text.isAnalysable(index) {
            if result.isEmpty, tried >= Self.probe { break }
            let word = text.words[index]
            guard word.unicodeScalars.count >= 3, word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
                  standsApart(text.tokens[index].scalars, text.scalars), isUnknown(index), !isCopied(index) else { continue }
            tried += 1
            if let repair = mended(word, isListed: isListed) { result.append((index, repair)) }
        }
        return Set(result.map(\.repair)).count >= Self.minimumRepairs ? result : []
    }

    /// Whether the word at `range` stands between spaces, ASCII punctuation or quotation marks and
    /// dashes: a word glued to another sign ("Ver‰nderungen", a letter misread, not dropped) had its
    /// letter replaced, and putting one back would suggest a wrong word ("Änderungen").
    private func standsApart(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII || scalar.properties.isWhitespace || "„“”‚‘’«»–—…".unicodeScalars.contains(scalar)
        }
        return (range.lowerBound == 0 || isSeparator(scalars[range.lowerBound - 1]))
            && (range.upperBound == scalars.count || isSeparator(scalars[range.upperBound]))
    }

    /// `word` with one lost letter put back so that the lexicon lists it, or nil.
    private func mended(_ word: String, isListed: (String) -> Bool) -> String? {
        let characters = Array(word)
        for position in 0...characters.count {
            let letters = position == 0 ? capitals + lowerCase : lowerCase
            for letter in letters {
                var candidate = characters
                candidate.insert(letter, at: position)
                // A capital put in front takes the place of the word's own first capital, if it had one.
                if position == 0, capitals.contains(letter), candidate.count > 1 { candidate[1] = Character(candidate[1].lowercased()) }
                let string = String(candidate)
                if isListed(string) { return string }
            }
        }
        return nil
    }
}
