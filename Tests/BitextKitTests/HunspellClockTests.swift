@testable import BitextKit
import CHunspellClock
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Hunspell's time limit runs on our step counter (`Sources/CHunspellClock`), not on process time,
/// so its verdicts cannot depend on load.
@Suite struct HunspellClockTests {
    @Test func theClockAdvancesByOneStepPerRead() {
        // The C library's clock() reports processor time: its reads differ by whatever ran between them.
        let first = clock(), second = clock()
        #expect(second - first == 100)
    }

    @Test func hunspellsCompoundSearchReadsTheStepClock() throws {
        // A fresh handle has no cached verdicts; Debian's de_DE accepts this compound only through
        // its compound rules, whose search reads the clock.
        let german = try Hunspell(language: .de)
        let before = chunspellclock_steps()
        #expect(german.accepts("Eigenblutspende"))
        #expect(chunspellclock_steps() > before)
    }
}
