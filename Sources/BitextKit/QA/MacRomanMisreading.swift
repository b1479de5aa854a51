/// Finds letters whose Latin-1 bytes were read as Mac Roman: "Ver‰nderungen" for "Veränderungen",
/// "lieﬂen" for "ließen", "‹bersicht" for "Übersicht" (a German medical abstract of WMT23's
/// terminology task arrived so). `EncodingDamageDetector` recognizes UTF-8 read as Windows-1252 by
/// decoding; this misreading leaves one sign per letter, which decoding cannot tell from real text,
/// so the signs are looked for where a letter must stand. `EncodingDamageDetector` asks it.
///
/// The language's letters come from `<lang>/ascii-letters.txt` (`LetterFolding.letters`); the sign
/// each stands for is the Mac Roman character of its Latin-1 byte. Some signs are real characters
/// too: "‰" after a number, "‹" as a quotation mark, "ﬂ" as the ligature of "fl" in text copied
/// from a PDF ("Einﬂuss"). So a text counts as misread only when a lower-case letter's sign stands
/// between two letters and is no ligature ("h‰matologisch", "durchgef¸hrt"); then every sign of the
/// table inside a word, and every capital's sign that opens a word before a lower-case letter, is
/// repaired.
struct MacRomanMisreading: Sendable {
    /// Mac Roman's characters for the bytes 0xC0–0xFF, the upper half of Latin-1's letters.
    private static let macRomanHigh: [UInt32] = [
        0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
        0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
        0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
        0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7]

    /// Sign → the letter it stands for, for the language's letters of Latin-1's upper half.
    private let letters: [Unicode.Scalar: Unicode.Scalar]
    /// The smallest sign's value: a scalar below it (all of ASCII) is no sign, answered without
    /// hashing it. The scan asks about every scalar of every target, and the hash look-up alone was
    /// 2 % of a batch's CPU time (`perf`, the 2.0 MB throughput set).
    private let smallestSign: UInt32
    /// The ligature signs ("ﬁ", "ﬂ"), which are no evidence on their own.
    private static let ligatures: Set<Unicode.Scalar> = ["\u{FB01}", "\u{FB02}"]

    init(letters folding: LetterFolding) {
        var letters: [Unicode.Scalar: Unicode.Scalar] = [:]
        for letter in folding.letters where (0xC0...0xFF).contains(letter.value) {
            if let sign = Unicode.Scalar(Self.macRomanHigh[Int(letter.value) - 0xC0]) { letters[sign] = letter }
        }
        self.letters = letters
        smallestSign = letters.keys.map(\.value).min() ?? UInt32.max
    }

    /// The letter `scalar` stands for when it is a sign of the table.
    @inline(__always)
    private func letter(signedBy scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.value < smallestSign ? nil : letters[scalar]
    }

    /// The misread words of `scalars` (the word's range and the word with its letters restored),
    /// empty unless the text shows the misreading as described above.
    ///
    /// - Complexity: O(n).
    func damages(in scalars: [Unicode.Scalar]) -> [EncodingDamageDetector.Damage] {
        func isLetter(_ index: Int) -> Bool { index >= 0 && index < scalars.count && scalars[index].properties.isAlphabetic }
        func isSign(_ index: Int) -> Bool { index >= 0 && index < scalars.count && letter(signedBy: scalars[index]) != nil }
        let evidence = scalars.indices.contains { index in
            guard let letter = letter(signedBy: scalars[index]), letter.properties.isLowercase, !Self.ligatures.contains(scalars[index]) else { return false }
            return isLetter(index - 1) && isLetter(index + 1)
        }
        guard evidence else { return [] }
        var result: [EncodingDamageDetector.Damage] = []
        var index = 0
        while index < scalars.count {
            guard let letter = letter(signedBy: scalars[index]) else {
                index += 1
                continue
            }
            let inWord = letter.properties.isLowercase ? isLetter(index - 1)
                : !isLetter(index - 1) && isLetter(index + 1) && scalars[index + 1].properties.isLowercase
            guard inWord else {
                index += 1
                continue
            }
            var start = index
            while isLetter(start - 1) || isSign(start - 1) { start -= 1 }
            var end = index + 1
            while isLetter(end) || isSign(end) { end += 1 }
            var repair = String.UnicodeScalarView()
            for scalar in scalars[start..<end] { repair.append(letters[scalar] ?? scalar) }
            result.append(EncodingDamageDetector.Damage(range: start..<end, repair: String(repair), kind: .misreadLatin1))
            index = end
        }
        return result
    }
}
