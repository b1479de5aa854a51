import Foundation

/// A value behind a lock that ThreadSanitizer can see: the shared tables of parallel work (word memos,
/// Hunspell handles, loaded lexicons).
///
/// Why not `Synchronization.Mutex`: on Linux its lock is a futex inside the (uninstrumented) Swift runtime
/// library, so ThreadSanitizer sees the accesses it guards but not the locking, and reports every shared
/// table as a race (`bitext run --jobs 2` under `--sanitize=thread` reported 21; two threads writing a
/// `Mutex<[String: Int]>` in a ten-line program report 3). `NSLock` is a pthread mutex, which TSan
/// intercepts, so a report under `scripts/tsan-check.sh` is a real race.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value while holding the lock.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
