/// The orientation of the translation memories and glossaries bitext writes: which language is the
/// source (`srclang`, the first `tuv`) for the CAT tool that reads them. It does not change what the
/// inputs are (`--langs` names those). The default is English to German, the direction of the
/// translations bitext checks.
public enum TMXDirection: String, Sendable, CaseIterable {
    case enDe = "en-de"
    case deEn = "de-en"

    public var source: Language { self == .enDe ? .en : .de }
    public var target: Language { self == .enDe ? .de : .en }

    /// The two documents in this direction's order; documents of another language pair keep theirs.
    func ordered(_ first: AlignmentDocument, _ second: AlignmentDocument) -> (source: AlignmentDocument, target: AlignmentDocument, swapped: Bool) {
        first.language == target && second.language == source ? (second, first, true) : (first, second, false)
    }
}
