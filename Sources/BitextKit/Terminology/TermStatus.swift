/// Administrative status of a term (TBX `administrativeStatus`): whether translators should use it.
public enum TermStatus: String, Sendable, CaseIterable, Codable {
    case preferred, admitted, deprecated, superseded

    /// The TBX-Basic picklist value ("preferredTerm-admn-sts").
    public var tbxValue: String { rawValue + "Term-admn-sts" }

    /// Parses either spelling: "preferred" or "preferredTerm-admn-sts".
    public init?(lenient text: String) {
        let base = text.hasSuffix("Term-admn-sts") ? String(text.dropLast("Term-admn-sts".count)) : text
        self.init(rawValue: base)
    }
}
