@testable import BitextKit
import Testing

@Suite struct SingleQuotationMarksTests {
    private func encloses(_ text: String, _ stretch: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                 to: text.range(of: stretch)!.lowerBound.samePosition(in: text.unicodeScalars)!)
        let range = start..<(start + stretch.unicodeScalars.count)
        return SingleQuotationMarks(scalars).enclose(range, within: 0..<scalars.count)
    }

    @Test func aStretchBetweenSingleMarksIsEnclosed() {
        #expect(encloses("Müsste das nicht 'i can't get starter' heißen?", "can't get"))
        #expect(encloses("Er nannte es \u{201A}gave up\u{2018} und ging.", "gave up"))
    }

    @Test func apostrophesAreNoQuotationMarks() {
        // The apostrophes inside "can't" and "geht's" open and close nothing.
        #expect(!encloses("Ich can't get it, geht's noch?", "get it"))
        // A closing mark before the stretch does not enclose it.
        #expect(!encloses("Das war 'so' und gave up danach.", "gave up"))
    }

    @Test func rangesInOrderAnswerOverlapsByBinarySearch() {
        let ranges = [0..<3, 5..<8, 10..<12]
        #expect(ranges.anyOverlaps(2..<4))
        #expect(!ranges.anyOverlaps(3..<5))
        #expect(ranges.anyOverlaps(11..<20))
        #expect(!ranges.anyOverlaps(12..<20))
    }
}
