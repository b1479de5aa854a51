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
public struct DingSubjectFields: Sendable {
    private var senses: [String: Int] = [:]
    private var marked: [String: Int] = [:]

    public init() {}

    /// The share of the word's senses that carry a subject-field label, with one unmarked sense added
    /// as a prior (a single marked sense is weaker evidence than many); nil when Ding lists no sense.
    public func share(of word: String) -> Double? {
        let key = word.lowercased()
        guard let count = senses[key] else { return nil }
        return Double(marked[key] ?? 0) / Double(count + 1)
    }

    public var isEmpty: Bool { senses.isEmpty }

    /// Reads a Ding file's lines `German :: English` (sub-entries " | ", synonyms "; ", labels "[…]").
    ///
    /// - Complexity: O(bytes).
    public static func read(dingBytes bytes: [UInt8]) throws -> DingSubjectFields {
        let labels = Set(try LanguageDataFile.load("ding-subject-fields", language: .de).entries.map(\.text))
        var fields = DingSubjectFields()
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if bytes[lineStart] != 0x23 /* # */, let german = germanSide(bytes, lineStart..<lineEnd) {
                fields.read(line: String(decoding: bytes[german], as: UTF8.self), labels: labels)
            }
            lineStart = lineEnd + 1
        }
        return fields
    }

    private static func germanSide(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int>? {
        var i = line.lowerBound
        while i + 3 < line.upperBound {
            if bytes[i] == 0x20, bytes[i + 1] == 0x3A, bytes[i + 2] == 0x3A, bytes[i + 3] == 0x20 { return line.lowerBound..<i }
            i += 1
        }
        return nil
    }

    private mutating func read(line: String, labels: Set<String>) {
        for subEntry in line.split(separator: "|") {
            for synonym in subEntry.split(separator: ";") {
                var words: [Substring] = []
                var isMarked = false
                var depth: Character? = nil
                var label = ""
                var word = ""
                func endWord() {
                    if !word.isEmpty { words.append(Substring(word)) }
                    word = ""
                }
                for character in synonym {
                    if let open = depth {
                        let close: Character = open == "[" ? "]" : open == "{" ? "}" : open == "(" ? ")" : ">"
                        if character == close {
                            if open == "[", labels.contains(label) { isMarked = true }
                            depth = nil
                            label = ""
                        } else if open == "[" {
                            label.append(character)
                        }
                    } else if "[{(<".contains(character) {
                        endWord()
                        depth = character
                    } else if character == " " {
                        endWord()
                    } else {
                        word.append(character)
                    }
                }
                endWord()
                guard words.count == 1 else { continue }
                let key = words[0].lowercased()
                senses[key, default: 0] += 1
                if isMarked { marked[key, default: 0] += 1 }
            }
        }
    }
}
