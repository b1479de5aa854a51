import Dispatch

/// Timing for the `bench` subcommands: the best of several runs, which is the least disturbed by the
/// rest of the machine (benchmarks, never tests, measure speed).
enum Stopwatch {
    /// The shortest wall-clock time of `runs` calls of `body`, in seconds.
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
