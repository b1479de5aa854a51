/// The formats' own state words, mapped to `SegmentState`.
extension SegmentState {
    /// XLIFF 1.2 `target/@state` (and custom `x-` states, read as translated).
    static func xliff1(_ state: String?, hasTarget: Bool) -> SegmentState {
        switch state {
        case nil: return hasTarget ? .translated : .new
        case "new", "needs-translation": return .new
        case "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n", "needs-review-translation": return .fuzzy
        case "signed-off": return .reviewed
        case "final": return .final
        default: return hasTarget ? .translated : .new
        }
    }

    /// Trados SDLXLIFF `sdl:seg/@conf`.
    static func trados(_ confirmation: String?, hasTarget: Bool) -> SegmentState? {
        switch confirmation {
        case "Draft", "RejectedTranslation", "RejectedSignOff": return .fuzzy
        case "Translated": return .translated
        case "ApprovedTranslation": return .reviewed
        case "ApprovedSignOff": return .final
        case "Unspecified": return hasTarget ? .fuzzy : .new
        default: return nil
        }
    }

    /// memoQ `mq:status` on a trans-unit.
    static func memoQ(_ status: String?) -> SegmentState? {
        switch status {
        case "NotStarted": return .new
        case "PartiallyEdited", "Pretranslated", "Rejected": return .fuzzy
        case "ManuallyConfirmed": return .translated
        case "Proofread", "Reviewer1Confirmed": return .reviewed
        case "Reviewer2Confirmed": return .final
        default: return nil
        }
    }

    /// XLIFF 2 `segment/@state`.
    static func xliff2(_ state: String?, hasTarget: Bool) -> SegmentState {
        switch state {
        case "initial": return hasTarget ? .fuzzy : .new
        case "translated": return .translated
        case "reviewed": return .reviewed
        case "final": return .final
        default: return hasTarget ? .translated : .new
        }
    }
}
