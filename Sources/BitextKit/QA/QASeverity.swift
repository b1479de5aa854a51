/// How serious a finding is. `error`: almost surely wrong (markup in a translation, a stray space in a
/// word). `warning`: probably wrong, a reviser should look. `info`: worth a glance, often fine.
public enum QASeverity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: QASeverity, rhs: QASeverity) -> Bool { lhs.rank < rhs.rank }
}
