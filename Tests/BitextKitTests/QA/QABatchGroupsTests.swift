@testable import BitextKit
import Testing

@Suite struct QABatchGroupsTests {
    private func record(_ id: Int, source: String?, target: String) -> QARecord {
        QARecord(id: Array("\(id)".utf8), target: Array(target.utf8), source: source.map { Array($0.utf8) })
    }

    /// Translations of one source form one group, which one thread checks in a row (so the session
    /// can reuse the source's analysis); groups in order of first appearance; every record once.
    @Test func translationsOfOneSourceFormOneGroup() {
        let records = [
            record(0, source: "A", target: "a1"), record(1, source: "B", target: "b1"), record(2, source: "C", target: "c1"),
            record(3, source: "A", target: "a2"), record(4, source: nil, target: "x"), record(5, source: "B", target: "b2"),
            record(6, source: "A", target: "a3"),
        ]
        #expect(QABatch.groups(records) == [[0, 3, 6], [1, 5], [2], [4]])
    }
}
