/// `punctuation-spacing`: a space before a comma, period, colon, semicolon, question or exclamation
/// mark ("Wort ,"), a missing space after a comma or semicolon ("Wort,und"), doubled marks (",,"),
/// a space just inside a bracket or quotation ("( ALS)", "„ Nein"), and a hashtag broken by a space.
/// A space inside a bracket that the source has too is a note.
struct PunctuationSpacingCheck: QARule {
    static let check = QACheck(
        id: "punctuation-spacing",
        title: "Spacing around punctuation",
        explanation: """
            German and English write no space before , . : ; ? ! and one space after a comma or \
            semicolon, and none just inside brackets and quotation marks. A space before the mark, none \
            after it, a doubled mark (",,"), or a space after an opening or before a closing bracket or \
            quotation mark ("( ALS)", "„ Nein", a straight quote with a space on both sides), or after \
            a hashtag's # ("# Heute") is a slip (a space inside a bracket the source has too is a note); \
            ellipses ("…", "...") and numbers ("3,5") are fine, and so is a colon set apart between \
            two numbers, a ratio or a score ("im Verhältnis 3 : 1", "2 : 1 gewonnen"). A text with a \
            space before most of its marks (ten or more) is tokenized: one finding says so.
            """,
        severity: .warning,
        targetLanguages: [.de, .en])

    /// Spaced marks from which a text counts as tokenized: one finding then says so, instead of one
    /// per mark (a tokenized corpus has thousands).
    static let tokenizedMinimum = 10
    /// The share of a text's marks that are spaced in a tokenized text (a slip spaces a few).
    static let tokenizedShare = 0.8

    /// - Complexity: O(n).
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        let s = text.scalars
        var result: [QAFinding] = []
        // Marks that end a word ("Wort," "Wort ."), and the findings of those with a space before.
        var marks = 0
        var spaced: [QAFinding] = []
        let sourceSpaced = input.source.map { Self.bracketsSpacedInside($0.scalars) } ?? []
        var index = 0
        while index < s.count {
            defer { index += 1 }
            let scalar = s[index]
            if let finding = bracketSpacing(at: index, text) ?? quoteSpacing(at: index, text) ?? hashtagSpacing(at: index, text) {
                if isBracket(scalar), sourceSpaced.contains(scalar) {
                    result.append(finding.adding(" (as in the source)", severity: .info))
                    continue
                }
                marks += 1
                spaced.append(finding)
                continue
            }
            guard index > 0, [",", ".", ":", ";", "?", "!"].contains(scalar) else { continue }
            let next: Unicode.Scalar? = index + 1 < s.count ? s[index + 1] : nil
            if s[index - 1] == " " {
                var start = index - 1
                while start > 0, s[start - 1] == " " { start -= 1 }
                // After a word, or after the closing mark of a quotation or bracket ("mobilisieren“ .").
                let afterWord = start > 0 && (ScalarClass.isLetterOrDigit(s[start - 1]) || "\u{201C}\u{201D}\u{00BB}\")]".unicodeScalars.contains(s[start - 1]))
                let endsHere = next == nil || next == " " || next == "\n" || next == "\u{201C}" || next == "\""
                if afterWord, endsHere, !(scalar == "." && next == "."), !(scalar == ":" && isRatio(colon: index, s)) {
                    marks += 1
                    spaced.append(text.finding(Self.check, start..<(index + 1), message: "space before \"\(scalar)\"", suggestion: String(scalar)))
                }
                continue
            }
            if ScalarClass.isLetterOrDigit(s[index - 1]), index + 1 == s.count || s[index + 1] == " " || s[index + 1] == "\n" { marks += 1 }
            guard let next else { continue }
            if (scalar == "," || scalar == ";"), ScalarClass.isLetter(next), ScalarClass.isLetter(s[index - 1]) {
                result.append(text.finding(Self.check, index..<(index + 1), message: "no space after \"\(scalar)\"", suggestion: "\(scalar) "))
            } else if (scalar == "," || scalar == ";" || scalar == ":") && next == scalar, !isScopeOperator(index, s) {
                result.append(text.finding(Self.check, index..<(index + 2), message: "\"\(scalar)\" is doubled", suggestion: String(scalar)))
                index += 1
            } else if scalar == ",", next == "." || next == ";" {
                result.append(text.finding(Self.check, index..<(index + 2), message: "comma followed by \"\(next)\"", suggestion: String(next)))
                index += 1
            }
        }
        if spaced.count >= Self.tokenizedMinimum, Double(spaced.count) >= Self.tokenizedShare * Double(marks), let first = spaced.first {
            let summary = text.finding(Self.check, first.start..<first.end, message:
                "space before punctuation throughout (\(spaced.count) of \(marks) marks, the first here): the text is tokenized; detokenize it")
            return [summary] + result
        }
        return spaced + result
    }

    private func isBracket(_ scalar: Unicode.Scalar) -> Bool { "()[]".unicodeScalars.contains(scalar) }

    /// The brackets that `source` has with white space just inside, before a word or after one
    /// ("[ \u{2002}DC were", a label scraped with its layout), as `bracketSpacing` finds them in the
    /// target. The translation that keeps such a space kept the source's layout: a note, not the
    /// translator's slip. An emoticon's mouth (":( This") is no bracket here either.
    ///
    /// - Complexity: O(n).
    private static func bracketsSpacedInside(_ s: [Unicode.Scalar]) -> Set<Unicode.Scalar> {
        var result: Set<Unicode.Scalar> = []
        for index in s.indices where s[index] == "(" || s[index] == "[" {
            if index > 0, ":;=-".unicodeScalars.contains(s[index - 1]) { continue }
            var end = index + 1
            while end < s.count, s[end].properties.isWhitespace, s[end] != "\n" { end += 1 }
            if end > index + 1, end < s.count, ScalarClass.isLetterOrDigit(s[end]) { result.insert(s[index]) }
        }
        for index in s.indices where s[index] == ")" || s[index] == "]" {
            var start = index
            while start > 0, s[start - 1].properties.isWhitespace, s[start - 1] != "\n" { start -= 1 }
            if start < index, start > 0, ScalarClass.isLetterOrDigit(s[start - 1]) { result.insert(s[index]) }
        }
        return result
    }

    /// A space just inside a bracket, "( ALS)", "[ORGANISATION15 ]": machine translation that
    /// tokenizes leaves it. The mouth of an emoticon (":-( ", ";( ") is no bracket.
    private func bracketSpacing(at index: Int, _ text: QAText) -> QAFinding? {
        let s = text.scalars
        switch s[index] {
        case "(", "[":
            if index > 0, ":;=-".unicodeScalars.contains(s[index - 1]) { return nil }
            var end = index + 1
            while end < s.count, s[end] == " " { end += 1 }
            guard end > index + 1, end < s.count, ScalarClass.isLetterOrDigit(s[end]) else { return nil }
            return text.finding(Self.check, index..<end, message: "space after \"\(s[index])\"", suggestion: String(s[index]))
        case ")", "]":
            var start = index
            while start > 0, s[start - 1] == " " { start -= 1 }
            guard start < index, start > 0, ScalarClass.isLetterOrDigit(s[start - 1]) else { return nil }
            return text.finding(Self.check, start..<(index + 1), message: "space before \"\(s[index])\"", suggestion: String(s[index]))
        default:
            return nil
        }
    }

    /// A space just inside a quotation: after „ or before a German “ (English: after “, before ”),
    /// whose sides are known, or around a straight quote set apart on both sides between words and
    /// sentence marks (`Twitter. " Das`, `gebissen. " Minnesota`, a paragraph opening `" Ein`): a
    /// space before a closing or after an opening mark either way. » and « are left alone: German
    /// opens with », Swiss German with «.
    private func quoteSpacing(at index: Int, _ text: QAText) -> QAFinding? {
        let s = text.scalars
        let scalar = s[index]
        guard scalar == "\"" || scalar == "\u{201E}" || scalar == "\u{201C}" || scalar == "\u{201D}" else { return nil }
        let german = text.language == .de
        var before = index
        while before > 0, s[before - 1] == " " { before -= 1 }
        var after = index + 1
        while after < s.count, s[after] == " " { after += 1 }
        let spaceBefore = before < index, spaceAfter = after > index + 1
        let wordAfter = after < s.count && ScalarClass.isLetterOrDigit(s[after])
        let textBefore = before > 0 && (ScalarClass.isLetterOrDigit(s[before - 1]) || ".,!?:;".unicodeScalars.contains(s[before - 1]))
        let message: String
        let range: Range<Int>
        switch scalar {
        case "\u{201E}" where spaceAfter && wordAfter, "\u{201C}" where !german && spaceAfter && wordAfter:
            (message, range) = ("space after \"\(scalar)\"", index..<after)
        case "\u{201C}" where german && spaceBefore && textBefore, "\u{201D}" where !german && spaceBefore && textBefore:
            (message, range) = ("space before \"\(scalar)\"", before..<(index + 1))
        case "\"" where spaceAfter && wordAfter && (before == 0 || spaceBefore && textBefore),
             "\"" where spaceBefore && textBefore && (after == s.count || s[after] == "\n"):
            (message, range) = ("straight quotation mark set apart by spaces: a space before a closing or after an opening mark",
                                before..<after)
        default:
            return nil
        }
        // A straight quote with a space on each side may open or close: which space goes is the reviser's call.
        let suggestion = scalar == "\"" && spaceBefore && spaceAfter ? nil : String(scalar)
        return text.finding(Self.check, range, message: message, suggestion: suggestion)
    }

    /// A hashtag broken by a space ("# Heute", "# flutter"): a # at a word's start followed by a
    /// space and a letter. "# 5", a number sign, is left alone.
    private func hashtagSpacing(at index: Int, _ text: QAText) -> QAFinding? {
        let s = text.scalars
        guard s[index] == "#", index == 0 || s[index - 1].properties.isWhitespace else { return nil }
        var after = index + 1
        while after < s.count, s[after] == " " { after += 1 }
        guard after > index + 1, after < s.count, ScalarClass.isLetter(s[after]) else { return nil }
        return text.finding(Self.check, index..<after, message: "space after \"#\": a hashtag is written without one", suggestion: "#")
    }

    /// Whether the doubled mark at `index` joins two names with no space: "IDirect3D::CreateViewport",
    /// "std::vector" (a programming language's scope operator in a text about software), not a slip.
    private func isScopeOperator(_ index: Int, _ s: [Unicode.Scalar]) -> Bool {
        s[index] == ":" && index + 2 < s.count && ScalarClass.isLetterOrDigit(s[index - 1]) && ScalarClass.isLetterOrDigit(s[index + 2])
    }

    /// Whether the colon at `index` stands between two numbers with a space on each side: a ratio or a
    /// score, which German typography sets apart ("3 : 1").
    private func isRatio(colon index: Int, _ s: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before > 0, s[before] == " " { before -= 1 }
        var after = index + 1
        while after < s.count, s[after] == " " { after += 1 }
        return after > index + 1 && after < s.count && s[before].properties.numericType != nil && s[after].properties.numericType != nil
    }
}
