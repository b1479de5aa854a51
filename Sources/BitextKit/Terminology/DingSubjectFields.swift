/// Per German word, how many senses the Ding dictionary gives it and how many of them carry a
/// subject-field label (`de/ding-subject-fields.txt`): the lexicon's evidence for termhood.
///
/// A word whose senses the dictionary files under special fields is a term of those fields
/// (Blutdruck: its one sense [med.]); an everyday word has mostly unmarked senses, and polysemous
/// ones pick up a marked rare sense among many unmarked ones (Schritt: 1 of 13). Only one-word
/// synonyms count ("Weg {m}; Pfad {m}" gives a sense to each; "Weg von hier" to none).
///
/// ```swift
/// let fields = try DingSubjectFields.read(dingBytes: bytes)
/// fields.share(of: "Blutdruck")  // 1 marked of 1 sense: 1/2 with the add-one prior
/// ```
public struct DingSubjectFields: Sendable, Equatable {
    /// Per word (lower case): how many senses Ding gives it, and how many of them carry a label. One
    /// table of both counts, as it is held for a whole `bitext run`: 18 MB for Ding's 300,000 words,
    /// where a table per count took 21 MB. Internal for `DingTables+Serialization`.
    var counts: [String: SenseCounts] = [:]

    struct SenseCounts: Equatable {
        var senses: Int32 = 0
        var marked: Int32 = 0
    }

    public init() {}

    /// The share of the word's senses that carry a subject-field label, with one unmarked sense added
    /// as a prior (a single marked sense is weaker evidence than many); nil when Ding lists no sense.
    /// The prior is added as a `Double`: a planted cache entry's count of `Int32.max` senses
    /// overflowed `senses + 1` and trapped.
    public func share(of word: String) -> Double? {
        guard let count = counts[word.lowercased()] else { return nil }
        return Double(count.marked) / (Double(count.senses) + 1)
    }

    public var isEmpty: Bool { counts.isEmpty }

    /// Reads a Ding file's lines `German :: English` (sub-entries " | ", synonyms "; ", labels "[…]").
    ///
    /// - Complexity: O(bytes).
    public static func read(dingBytes bytes: [UInt8]) throws -> DingSubjectFields {
        var reader = try Reader()
        DingReader.forEachEntry(bytes) { german, _ in reader.add(bytes, german: german) }
        return reader.finish()
    }

    /// The labels that name a subject field (`de/ding-subject-fields.txt`): what the counts depend on
    /// besides Ding itself.
    static func labels() throws -> [String] {
        try LanguageDataFile.load("ding-subject-fields", language: .de).entries.map(\.text)
    }
}

extension DingSubjectFields {
    /// Counts the senses of Ding's lines for a `DingSubjectFields`. Works on the bytes: only the
    /// one-word synonyms become strings.
    public struct Reader {
        private let labels: Set<[UInt8]>
        private var fields = DingSubjectFields()

        /// - Throws: when the subject-field labels (`de/ding-subject-fields.txt`) cannot be loaded.
        public init() throws {
            self.init(labels: try DingSubjectFields.labels())
        }

        /// Counts with `labels` as the subject fields' names.
        init(labels: [String]) {
            self.labels = Set(labels.map { Array($0.utf8) })
        }

        /// The counts of everything read.
        public func finish() -> DingSubjectFields { fields }

        /// One line's German side: per synonym (ended by ";" or "|", inside brackets too), its words
        /// outside brackets and whether a "[…]" label in it names a subject field.
        public mutating func add(_ bytes: [UInt8], german side: Range<Int>) {
            var wordCount = 0
            var word: Range<Int>? = nil
            var wordStart: Int? = nil
            var isMarked = false
            var close: UInt8? = nil
            var labelStart = 0
            func endWord(_ end: Int) {
                if let start = wordStart {
                    wordCount += 1
                    word = start..<end
                }
                wordStart = nil
            }
            func endSynonym() {
                if wordCount == 1, let word {
                    let key = String(decoding: bytes[word], as: UTF8.self).lowercased()
                    fields.counts[key, default: SenseCounts()].senses += 1
                    if isMarked { fields.counts[key, default: SenseCounts()].marked += 1 }
                }
                wordCount = 0
                word = nil
                isMarked = false
            }
            var i = side.lowerBound
            while i < side.upperBound {
                let byte = bytes[i]
                if byte == 0x3B /* ; */ || byte == 0x7C /* | */ {
                    // Synonyms and sub-entries end here even inside brackets: a bracket left open
                    // ("(aus einem Land; gewaltsam)") does not swallow the next synonym.
                    endWord(i)
                    endSynonym()
                    close = nil
                } else if let expected = close {
                    if byte == expected {
                        if expected == 0x5D /* ] */, labels.contains(Array(bytes[labelStart..<i])) { isMarked = true }
                        close = nil
                    }
                } else {
                    switch byte {
                    case 0x5B /* [ */: endWord(i); close = 0x5D; labelStart = i + 1
                    case 0x7B /* { */: endWord(i); close = 0x7D
                    case 0x28 /* ( */: endWord(i); close = 0x29
                    case 0x3C /* < */: endWord(i); close = 0x3E
                    case 0x20, 0x09: endWord(i)
                    default: if wordStart == nil { wordStart = i }
                    }
                }
                i += 1
            }
            endWord(side.upperBound)
            endSynonym()
        }
    }
}
