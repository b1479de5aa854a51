@testable import BitextKit
import Foundation
import Testing

@Suite struct RepetitionLoopsTests {
    private func loops(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return RepetitionLoops.loops(in: scalars).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    @Test(arguments: [
        ("Radmuttern" + String(repeating: "muttern", count: 5) + ".", ["muttern" + String(repeating: "muttern", count: 5)]),
        (String(repeating: "abcd", count: 5), [String(repeating: "abcd", count: 5)]),
        (String(repeating: "abcd", count: 4) + "abc", []),
        (String(repeating: "ha", count: 40), []),
        // A short word with its space loops when the first unit of four or more ("in in ") is
        // written five times: ten copies, not nine; a table's "0 " never does.
        ("Er ging " + String(repeating: "in ", count: 10) + "die Stadt.", [String(repeating: "in ", count: 10)]),
        ("Er ging " + String(repeating: "in ", count: 9) + "die Stadt.", []),
        (String(repeating: "0 ", count: 40), []),
        (String(repeating: "=", count: 60) + " " + String(repeating: "1234", count: 9), []),
        ("Wir gehen. " + String(repeating: "Wir gehen heim. ", count: 5), [String(repeating: "Wir gehen heim. ", count: 5)]),
        ("Ende." + String(repeating: " .", count: 12), [String(repeating: " .", count: 12)]),
        ("Ende" + String(repeating: " .", count: 6), []),
        (String(repeating: "!", count: 30) + " " + String(repeating: "-", count: 30), []),
        // A whole sentence looped, a unit longer than a phrase.
        ("Die Presse tagte. " + String(repeating: "Die amerikanische Presse hat sich in der letzten Woche in Chicago getroffen, und ", count: 5),
         [String(repeating: "Die amerikanische Presse hat sich in der letzten Woche in Chicago getroffen, und ", count: 5)]),
    ])
    func loopsAreFoundWithTheirWholeUnits(text: String, expected: [String]) {
        #expect(loops(text).map(\.trimmed) == expected.map(\.trimmed))
    }

    /// A loop found at its own unit is not reported again at a multiple of it.
    @Test func aLoopIsReportedOnceAtItsShortestUnit() {
        let text = String(repeating: "Kanal", count: 30)
        let found = RepetitionLoops.loops(in: Array(text.unicodeScalars))
        #expect(found.map(\.unit) == [5])
        #expect(found.first?.repeats == 30)
    }

    /// A unit longer than `maximumUnit` is not looked for.
    @Test func unitsBeyondTheLongestAreNotLookedFor() {
        // Letters of a linear congruential sequence: no shorter unit repeats inside the unit.
        var state: UInt32 = 7
        let unit = String((0...RepetitionLoops.maximumUnit).map { _ in
            state = state &* 1_103_515_245 &+ 12_345
            return Character(Unicode.Scalar(UInt8(97 + (state >> 16) % 26)))
        }) + "!"
        #expect(loops(String(repeating: unit, count: 6)).isEmpty)
    }
}

private extension String {
    /// A loop of words may start at the space before its first word: the same loop, rotated.
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
