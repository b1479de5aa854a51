/// Finds HTML tags and comments in text: "<p>", "</ul>", "<div class=\"…\">", "<!-- … -->". Shared by the
/// normalizer (which removes them) and QA's `markup-remnant` check (which reports them), so that
/// both agree on what a tag is.
///
/// A tag is "<", an optional "/", an ASCII letter-led name, then whitespace, "/" or ">" right after
/// the name, and a ">" before the end of the line: "a < b", "<3" and "<Name" in prose are not tags.
/// The name is an HTML element's (`common/html-elements.txt`), or the tag has attributes ("="), or it
/// closes an element ("</contents>"), or the text closes it later: texts that set quotations in angle
/// brackets ("<Landung>", "<Gloria in excelsis Deo>") keep them.
/// Comments may span lines.
public struct HTMLTagDetector: Sendable {
    /// A tag found in the text: its scalar range and lower-cased name ("!--" for comments).
    public struct Tag: Sendable, Equatable {
        public let range: Range<Int>
        public let name: String
    }

    /// The HTML element names, lower case.
    private let elements: Set<String>
    /// The elements whose removal leaves a line break (`[block]` of the data file).
    public let blockElements: Set<String>

    public init() throws {
        let data = try LanguageDataFile.load("html-elements", language: nil)
        blockElements = Set(data.section("block"))
        elements = blockElements.union(data.section("other"))
    }

    /// The tags of `scalars`, in order.
    ///
    /// - Complexity: O(n); a tag's scan stops at the line end, and a comment's scan runs to the end of
    ///   the text at most once (after an unclosed "<!--" no later one can close either).
    public func tags(in scalars: [Unicode.Scalar]) -> [Tag] {
        // Opening tags of names that are no HTML element and have no attributes wait for a closing tag.
        var result: [(tag: Tag, waits: Bool)] = []
        var closed: Set<String> = []
        var index = 0
        var commentsCanClose = true
        while index < scalars.count {
            guard scalars[index] == "<", let found = tagEnd(from: index, in: scalars, commentsCanClose: &commentsCanClose) else {
                index += 1
                continue
            }
            if found.closing { closed.insert(found.name) }
            let waits = !found.closing && !found.attributes && found.name != "!--" && !elements.contains(found.name)
            result.append((Tag(range: index..<found.end, name: found.name), waits))
            index = found.end
        }
        return result.filter { !$0.waits || closed.contains($0.tag.name) }.map(\.tag)
    }

    /// The end of a tag or comment starting at `start`, the lower-cased tag name, whether it closes an
    /// element and whether it has attributes; nil if it is not one.
    private func tagEnd(from start: Int, in scalars: [Unicode.Scalar], commentsCanClose: inout Bool)
        -> (end: Int, name: String, closing: Bool, attributes: Bool)? {
        var index = start + 1
        if index + 2 < scalars.count, scalars[index] == "!", scalars[index + 1] == "-", scalars[index + 2] == "-" {
            guard commentsCanClose else { return nil }
            index += 3
            while index + 2 < scalars.count {
                if scalars[index] == "-", scalars[index + 1] == "-", scalars[index + 2] == ">" { return (index + 3, "!--", false, false) }
                index += 1
            }
            commentsCanClose = false
            return nil
        }
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        var name = ""
        while index < scalars.count, scalars[index].isASCII, ScalarClass.isLetterOrDigit(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
        while index < scalars.count, scalars[index] != ">" {
            if scalars[index] == "<" || scalars[index] == "\n" { return nil }
            index += 1
        }
        guard index < scalars.count else { return nil }
        // Require whitespace, "/" or ">" right after the name so that "<3" or "<Name" in prose stays.
        let afterName = start + 1 + (scalars[start + 1] == "/" ? 1 : 0) + name.unicodeScalars.count
        let next = scalars[afterName]
        guard next == ">" || next == " " || next == "/" || next == "\t" else { return nil }
        return (index + 1, name.lowercased(), scalars[start + 1] == "/", scalars[afterName..<index].contains("="))
    }
}
