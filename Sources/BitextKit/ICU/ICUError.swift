import CICU

/// A failure reported by ICU, carrying ICU's own error name so that it can be looked up.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's status code (always > 0 for a failure).
    public let code: Int32
    /// What bitext was doing when ICU failed, e.g. "opening the German sentence breaker".
    public let operation: String

    public var description: String {
        "ICU failed \(operation): \(String(cString: cicu_error_name(code)))"
    }

    /// Throws when `status` is a failure; ICU warnings (negative codes) count as success.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
        if status > 0 {
            throw ICUError(code: status, operation: operation())
        }
    }
}
