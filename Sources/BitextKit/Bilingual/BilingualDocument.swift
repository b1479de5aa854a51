/// A bilingual file from a CAT tool (XLIFF, TMX, PO), read into units of source and target segments.
/// Only the units are held: the file's skeleton stays in the file (`BilingualAnnotator` copies it).
public struct BilingualDocument: Sendable {
    /// The file, as named in diagnostics and findings.
    public let name: String
    public let format: BilingualFormat
    /// Language codes as the file states them (`xml:lang`, `source-language`, the PO header's
    /// `Language`), lower-cased; nil when the file does not say.
    public let sourceLanguage: String?
    public let targetLanguage: String?
    public let units: [BilingualUnit]
}

/// One translatable segment pair: a trans-unit, a segment of a segmented unit (Trados `mrk mtype="seg"`,
/// XLIFF 2 `segment`), a TMX `tu` or a PO message (one per plural form).
public struct BilingualUnit: Sendable {
    /// The id a reviser finds the unit by: the trans-unit or unit id, with the segment id after a slash
    /// for segmented units ("tu-7/3"); the TMX `tuid` or the `tu`'s position; the PO `msgctxt` or
    /// "line N" of the `msgid`, with "[n]" for plural form n.
    public let id: String
    public let source: BilingualSegment
    public let target: BilingualSegment
    public let state: SegmentState
    /// The line where the unit starts in the file (for PO, the first line of its entry, comments included).
    public let line: Int
    /// The 1-based ordinal, in the file, of the element or entry the unit belongs to (trans-unit, unit,
    /// tu, PO message): where `BilingualAnnotator` writes its notes.
    public let entry: Int
}

/// Where a segment stands in its workflow, normalized over the formats' own vocabularies (XLIFF 1.2
/// `state`, Trados `conf`, memoQ `mq:status`, XLIFF 2 `state`, the PO fuzzy flag).
public enum SegmentState: String, Sendable, CaseIterable {
    /// Not translated yet (empty target, XLIFF `new`/`initial`, memoQ `NotStarted`).
    case new
    /// A draft or a translation marked for review (PO fuzzy, XLIFF `needs-review-*`, Trados `Draft`).
    case fuzzy
    /// Translated (XLIFF `translated`, Trados `Translated`, memoQ `ManuallyConfirmed`, any PO translation).
    case translated
    /// Reviewed or approved (XLIFF 2 `reviewed`, XLIFF 1.2 `signed-off`, Trados `ApprovedTranslation`).
    case reviewed
    /// Final (XLIFF `final`, Trados `ApprovedSignOff`).
    case final
    /// Locked against editing (Trados `locked`, memoQ `mq:locked`, `translate="no"`).
    case locked
}
