/// `unbalanced-quotes`: a quotation opened and not closed in its paragraph, or closed without being
/// opened („… without “, » without «, an odd straight quote).
struct UnbalancedQuotesCheck: QARule {
    static let check = QACheck(
        id: "unbalanced-quotes",
        title: "Quotation marks unbalanced",
        explanation: """
            A quotation mark has no partner in its paragraph: an opening „ or » that is never closed, a \
            closing “ or « that was never opened, or an odd number of straight quotes ("). Machine \
            translation often drops one of a pair. A paragraph with a single quotation mark, or one whose \
            last quotation runs unclosed over whole sentences to its end, is only a note (info): a \
            quotation running over several paragraphs opens in one and closes in another. A mark the \
            source leaves unpartnered as well (a quotation it opens in one segment and closes in \
            another) is the source's, not the translation's: a note too.
            """,
        severity: .warning)

    /// Pairs of opening and closing marks: German „“ and »«, English “”, Swiss/French «».
    private static let closers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\u{201E}": ["\u{201C}", "\u{201D}"],
        "\u{201C}": ["\u{201D}"],
        "\u{00BB}": ["\u{00AB}"],
        "\u{00AB}": ["\u{00BB}"],
    ]

    /// - Complexity: O(n) in the target and the source.
    func findings(in input: QAInput) -> [QAFinding] {
        var result = targetFindings(input.target)
        // As many unpartnered marks as the source has are its own.
        var inherited = input.source.map(Self.unpartneredMarks) ?? 0
        for index in result.indices where inherited > 0 && result[index].severity > .info {
            result[index] = result[index].adding(" (the source leaves one open too)", severity: .info)
            inherited -= 1
        }
        return result
    }

    /// The number of quotation marks of a text without a partner: the difference between its opening
    /// and closing double marks, plus the straight quotes left without a partner, plus the difference
    /// between its opening and closing single marks. English headlines and British news quote with
    /// single marks ('If they do'), which a translation turns into double ones.
    ///
    /// A straight quote's side shows in its neighbours (`StraightQuoteSide`), so a source that opens a
    /// quotation in one segment and closes it in a later one is seen to, even when its count of
    /// straight quotes is even.
    ///
    /// - Complexity: O(n).
    static func unpartneredMarks(in text: QAText) -> Int {
        var opening = 0, closing = 0
        var straightOpen = 0, straightStray = 0
        var singleOpening = 0, singleClosing = 0
        let scalars = text.scalars
        for (index, scalar) in scalars.enumerated() where scalar == "\"" || scalar == "'" || scalar.value >= 0xAB {
            switch scalar {
            case "\"":
                switch StraightQuoteSide(of: index, in: scalars, within: scalars.indices) {
                case .opening: straightOpen += 1
                case .closing where straightOpen == 0: straightStray += 1
                case .closing, .either:
                    if straightOpen > 0 { straightOpen -= 1 } else { straightOpen += 1 }
                }
            case "\u{201E}", "\u{00BB}": opening += 1
            case "\u{201C}": if text.language == .de { closing += 1 } else { opening += 1 }
            case "\u{201D}", "\u{00AB}": closing += 1
            case "\u{201A}": singleOpening += 1
            case "'", "\u{2018}", "\u{2019}":
                // German closes with ‘. Elsewhere the same marks are apostrophes inside words
                // ("haven't"); at a word's edge they quote: before a word they open, after one they close.
                let before = index > 0 && isWordScalar(scalars[index - 1])
                let after = index + 1 < scalars.count && isWordScalar(scalars[index + 1])
                if scalar == "\u{2018}" && text.language == .de {
                    singleClosing += 1
                } else if !before && after {
                    singleOpening += 1
                } else if before && !after {
                    singleClosing += 1
                }
            default: break
            }
        }
        return abs(opening - closing) + straightOpen + straightStray + abs(singleOpening - singleClosing)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func targetFindings(_ text: QAText) -> [QAFinding] {
        var result: [QAFinding] = []
        for line in text.lineRanges {
            let before = result.count
            var marks = 0
            defer {
                // A lone mark in a paragraph may belong to a quotation spanning paragraphs.
                if marks == 1, result.count == before + 1 { result[before] = result[before].withSeverity(.info) }
            }
            var open: [Int] = []
            // Straight quotes pair by their sides (`StraightQuoteSide`): an opening one while another is
            // open leaves that one unclosed, a closing one with none open is stray. Pairing by count
            // alone would blame the paragraph's last mark for a slip earlier on.
            var straightOpen: Int?
            var straightUnpaired: [Int] = []
            var lastMark = -1
            // Closing marks without an opening one, reported once the paragraph's straight quote is known.
            var strayClosers: [Int] = []
            for index in line {
                let scalar = text.scalars[index]
                // Every quotation mark is '"' or at or above U+00AB: skip the rest without lookups.
                guard scalar == "\"" || scalar.value >= 0xAB else { continue }
                if scalar == "\"" || Self.closers[scalar] != nil || scalar == "\u{201D}" { marks += 1; lastMark = index }
                if scalar == "\"" {
                    switch StraightQuoteSide(of: index, in: text.scalars, within: line) {
                    case .opening:
                        if let previous = straightOpen { straightUnpaired.append(previous) }
                        straightOpen = index
                    case .closing:
                        if straightOpen != nil { straightOpen = nil } else { straightUnpaired.append(index) }
                    case .either:
                        if straightOpen != nil { straightOpen = nil } else { straightOpen = index }
                    }
                } else if let top = open.last, Self.closers[text.scalars[top]]?.contains(scalar) == true {
                    open.removeLast()
                } else if Self.closers[scalar] != nil && !(scalar == "\u{201C}" && text.language == .de) {
                    open.append(index)
                } else if ["\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}"].contains(scalar) {
                    strayClosers.append(index)
                }
            }
            if let mark = straightOpen { straightUnpaired.append(mark) }
            // One quotation with marks of two kinds is one slip, not two: opened with „ and closed
            // with a straight quote, or opened with a straight quote and closed with “. The straight
            // quote is the mark to change, and the finding points at it alone.
            var straightLeft: [Int] = []
            for mark in straightUnpaired.sorted() {
                if let opener = open.last(where: { $0 < mark }) {
                    open.removeAll { $0 == opener }
                    result.append(text.finding(Self.check, mark..<(mark + 1), message:
                        "quotation opened with \(text.scalars[opener]) and closed with a straight quote", suggestion: "\u{201C}"))
                } else if let closer = strayClosers.first(where: { $0 > mark }) {
                    strayClosers.removeAll { $0 == closer }
                    result.append(text.finding(Self.check, mark..<(mark + 1), message:
                        "quotation opened with a straight quote and closed with \(text.scalars[closer])", suggestion: "\u{201E}"))
                } else {
                    straightLeft.append(mark)
                }
            }
            for index in strayClosers {
                result.append(text.finding(Self.check, index..<(index + 1), message: "closing quotation mark \(text.scalars[index]) without an opening one"))
            }
            for index in open + straightLeft {
                let runsOn = index == lastMark && Self.sentenceStarts(in: text, after: index, before: line.upperBound)
                result.append(text.finding(Self.check, index..<(index + 1), severity: runsOn ? .info : nil,
                                           message: "quotation mark \(text.scalars[index]) is not closed in this paragraph"
                                               + (runsOn ? " (a quotation running on into the next one?)" : "")))
            }
            Self.joinMarksInARow(&result, from: before, in: text)
        }
        return result
    }

    /// Joins the paragraph's findings (those from `first` on) whose marks stand with nothing but
    /// spaces and punctuation between them (`Reise“ . “`, `bleiben.“ "`) into one finding over the
    /// stretch: one slip, a mark written twice or on both sides of a full stop, which one edit mends;
    /// a finding per mark would report it twice.
    ///
    /// - Complexity: O(n) in the paragraph.
    private static func joinMarksInARow(_ findings: inout [QAFinding], from first: Int, in text: QAText) {
        guard findings.count - first > 1 else { return }
        var joined: [QAFinding] = []
        var run: [QAFinding] = []
        func flush() {
            guard let head = run.first, let tail = run.last else { return }
            if run.count == 1 {
                joined.append(head)
            } else {
                joined.append(text.finding(check, head.start..<tail.end, severity: run.map(\.severity).max(),
                                           message: "\(run.count) quotation marks in a row: " + run.map(\.message).joined(separator: "; ")))
            }
            run = []
        }
        for finding in findings[first...].sorted(by: { $0.start < $1.start }) {
            if let last = run.last, !text.scalars[min(last.end, finding.start)..<finding.start].contains(where: isWordScalar) {
                run.append(finding)
            } else {
                flush()
                run = [finding]
            }
        }
        flush()
        findings.replaceSubrange(first..., with: joined)
    }

    /// Whether a sentence starts between `start` and `end`: a quotation that runs unclosed over whole
    /// sentences to the end of its paragraph is how a quotation over several paragraphs looks in each
    /// of them but the last; a closing mark dropped by machine translation leaves a shorter one.
    ///
    /// - Complexity: O(log n) in the number of sentences (a binary search: they are in text order).
    private static func sentenceStarts(in text: QAText, after start: Int, before end: Int) -> Bool {
        let next = text.sentences.partitionPoint { $0.scalars.lowerBound <= start }
        return next < text.sentences.count && text.sentences[next].scalars.lowerBound < end
    }
}
