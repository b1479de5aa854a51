/// The German-English glossary the QA pass checks terminology against, read from the project's
/// curated TSV format (`glossaries/*.tsv`): German, English, part of speech, domain, note, status.
///
/// Only the first two columns are required. A first line whose first field is "German" is a header;
/// lines starting with "#" are comments. Entries whose status is deprecated, forbidden or rejected are
/// German renderings a translator must not use.
public struct QAGlossary: Sendable {
    public struct Entry: Sendable, Equatable {
        public let german: String
        public let english: String
        public let status: String

        public init(german: String, english: String, status: String = "") {
            self.german = german
            self.english = english
            self.status = status
        }

        /// Whether the glossary marks this German rendering as one not to use.
        public var isDiscouraged: Bool {
            ["deprecated", "forbidden", "rejected", "avoid", "superseded"].contains(status.lowercased())
        }
    }

    public private(set) var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Adds the entries of another glossary (several `--glossary` files).
    public mutating func merge(_ other: QAGlossary) {
        entries.append(contentsOf: other.entries)
    }

    /// Parses a glossary TSV file.
    /// - Throws: `InputError.malformed` naming the line of a row without both terms.
    public static func read(_ file: TextFile) throws(InputError) -> QAGlossary {
        var entries: [Entry] = []
        let lines = file.string.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            if index == 0, fields.first?.lowercased() == "german" { continue }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw InputError(file: file.name, reason: .malformed(line: index + 1, column: 1, message: "expected German<TAB>English[<TAB>pos<TAB>domain<TAB>note<TAB>status]"))
            }
            entries.append(Entry(german: fields[0], english: fields[1], status: fields.count > 5 ? fields[5] : ""))
        }
        return QAGlossary(entries: entries)
    }
}

extension Substring {
    /// The substring without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
