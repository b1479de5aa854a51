/// One record of a QA batch: a target, its source if any, and the id to report it under.
public struct QARecord: Sendable {
    public let id: [UInt8]
    public let target: [UInt8]
    public let source: [UInt8]?

    /// A record of validated texts; `id` is written to reports as a JSON string.
    public init(id: String, target: TextFile, source: TextFile?) {
        var quoted: [UInt8] = []
        JSONLine.appendString(id, to: &quoted)
        self.init(id: quoted, target: target.bytes, source: source?.bytes)
    }

    /// A record as `JSONLRecords` reads it: `id` the raw JSON of the id value, texts well-formed UTF-8.
    package init(id: [UInt8], target: [UInt8], source: [UInt8]?) {
        self.id = id
        self.target = target
        self.source = source
    }
}

/// Checks the records of a batch on several threads: one `QASession` per thread (sessions own ICU,
/// Hunspell and Snowball handles and caches), one lexicon and one set of word-level answers
/// (`QAWordMemos`) shared by all, each thread taking the next group of records (`groups`) when it is
/// done with one; reports in record order whatever the thread count.
public struct QABatch: Sendable {
    public let checks: [QACheck]
    public let source: Language
    public let target: Language
    public let glossary: QAGlossary
    public let relation: TextRelation
    public let lexicon: Lexicon

    public init(checks: [QACheck], source: Language, target: Language, glossary: QAGlossary,
                relation: TextRelation, useInstalledLexicon: Bool = true) throws {
        self.checks = checks
        self.source = source
        self.target = target
        self.glossary = try QALexicon.withVerbForms(glossary, target: target, useInstalled: useInstalledLexicon)
        self.relation = relation
        lexicon = try HunspellHandles.opening([target, source]) {
            try QALexicon.load(glossary: glossary, source: source, target: target, useInstalled: useInstalledLexicon)
        }
    }

    /// The report of every record, in record order.
    ///
    /// - Complexity: O(total text) spread over `jobs` threads, plus one session's set-up per thread.
    public func check(_ records: [QARecord], jobs: Int) throws -> [QAReportDocument] {
        try check(records, jobs: jobs) { $0 }
    }

    /// What `keep` makes of each record's report, in record order. A report holds the analysed texts
    /// (about a hundred bytes per byte of text), so a caller that writes reports as lines keeps the
    /// lines instead: memory then grows with the output, not with the analyses of the whole batch.
    ///
    /// - Complexity: O(total text) spread over `jobs` threads, plus one session's set-up per thread.
    public func check<Kept: Sendable>(_ records: [QARecord], jobs: Int,
                                      keep: @Sendable (QAReportDocument) -> Kept) throws -> [Kept] {
        let batch = self
        let groups = Self.groups(records)
        let workers = max(1, min(jobs, groups.count))
        let memos = workers > 1 ? QAWordMemos() : nil
        let slots = ParallelSlots<Result<Kept, Error>>.fill(count: records.count, groups: groups, workers: workers) { next, slots in
            let session = Result {
                try QASession(checks: batch.checks, source: batch.source, target: batch.target,
                              glossary: batch.glossary, relation: batch.relation, lexicon: batch.lexicon, memos: memos)
            }
            while let group = next() {
                for index in group {
                    let record = records[index]
                    slots[index] = session.flatMap { session in
                        Result {
                            keep(try session.check(name: String(decoding: record.id, as: UTF8.self), recordID: record.id, target: record.target,
                                                   source: record.source.map { (name: "source", bytes: $0) }))
                        }
                    }
                }
            }
        }
        return try slots.map { try ($0 ?? .failure(QABatchError.internalGap)).get() }
    }

    /// The groups of records a thread checks one after another: records with the same source
    /// (several translations of one text), in order of first appearance; a record without a source
    /// is grouped by its own text.
    ///
    /// Why: a session's cost is the first sight of each word (Hunspell, compound splitting, lexicon
    /// keys), cached from then on. Translations of one source share their rare words, so keeping
    /// them on one thread analyses those words once instead of once per thread; checking them in a
    /// row lets the session reuse the source's analysis (`QASession`). Reports do not depend on the
    /// grouping or the order.
    static func groups(_ records: [QARecord]) -> [[Int]] {
        var groups: [[UInt8]: Int] = [:]
        var members: [[Int]] = []
        for (index, record) in records.enumerated() {
            let key = record.source ?? record.target
            if let group = groups[key] {
                members[group].append(index)
            } else {
                groups[key] = members.count
                members.append([index])
            }
        }
        return members
    }
}

public enum QABatchError: Error, CustomStringConvertible {
    case internalGap

    public var description: String { "qa: a worker left a record unchecked" }
}
