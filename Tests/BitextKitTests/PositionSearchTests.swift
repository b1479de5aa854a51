import Testing
@testable import BitextKit

/// The one binary search (`partitionPoint`) and the line/column arithmetic built on it (`LineStarts`).
@Suite struct PositionSearchTests {
    @Test func partitionPointIsTheFirstElementNotBeforeTheBound() {
        let sorted = [1, 3, 3, 3, 7, 9]
        #expect(sorted.partitionPoint { $0 < 0 } == 0)
        #expect(sorted.partitionPoint { $0 < 3 } == 1)
        #expect(sorted.partitionPoint { $0 <= 3 } == 4)
        #expect(sorted.partitionPoint { $0 < 8 } == 5)
        #expect(sorted.partitionPoint { $0 < 100 } == 6)
        #expect([Int]().partitionPoint { $0 < 1 } == 0)
    }

    @Test func partitionPointOfASliceIsAnIndexOfTheBase() {
        let starts = [0, 10, 20, 30]
        #expect(starts.dropFirst().partitionPoint { $0 <= 15 } == 2)
        #expect(starts.dropFirst().partitionPoint { $0 <= 35 } == 4)
    }

    @Test func partitionPointAgreesWithALinearScanOnEveryBound() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...20, using: &generator) }.sorted()
            for bound in -1...21 {
                #expect(values.partitionPoint { $0 < bound } == (values.firstIndex { $0 >= bound } ?? values.count))
            }
        }
    }

    @Test func lineStartsGiveOneBasedLinesAndColumns() {
        let lines = LineStarts("ab\ncd\n\ne".unicodeScalars)
        #expect(lines.offsets == [0, 3, 6, 7])
        #expect(lines.position(ofScalar: 0) == (1, 1))
        #expect(lines.position(ofScalar: 2) == (1, 3))
        #expect(lines.position(ofScalar: 3) == (2, 1))
        #expect(lines.position(ofScalar: 6) == (3, 1))
        #expect(lines.position(ofScalar: 7) == (4, 1))
        #expect(lines.position(ofScalar: 8) == (4, 2))
        #expect(lines.range(ofLine: 0) == 0..<2)
        #expect(lines.range(ofLine: 2) == 6..<6)
        #expect(lines.range(ofLine: 3) == 7..<8)
    }

    @Test func aTextWithoutLineFeedIsOneLine() {
        let lines = LineStarts("".unicodeScalars)
        #expect(lines.position(ofScalar: 0) == (1, 1))
        #expect(lines.range(ofLine: 0) == 0..<0)
    }
}
