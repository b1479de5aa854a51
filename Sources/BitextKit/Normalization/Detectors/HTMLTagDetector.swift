/// Finds HTML tags and comments in text: "<p>", "</ul>", "<ul style=\"…\">", "<!-- … -->". Shared by the
/// normalizer (which removes them) and QA's `markup-remnant` check (which reports them), so that
/// both agree on what a tag is.
///
/// A tag is "<", an optional "/", an ASCII letter-led name, then whitespace, "/" or ">" right after
/// the name, and a ">" before the end of the line: "a < b", "<3" and "<Name" in prose are not tags.
/// Comments may span lines.
public struct HTMLTagDetector: Sendable {
    /// A tag found in the text: its scalar range and lower-cased name ("!--" for comments).
    public struct Tag: Sendable, Equatable {
        public let range: Range<Int>
        public let name: String
    }

    public init() {}

    /// The tags of `scalars`, in order.
    ///
    /// - Complexity: O(n); a tag's scan stops at the line end, and a comment's scan runs to the end of
    ///   the text at most once (after an unclosed "<!--" no later one can close either).
    public func tags(in scalars: [Unicode.Scalar]) -> [Tag] {
        var result: [Tag] = []
        var index = 0
        var commentsCanClose = true
        while index < scalars.count {
            guard scalars[index] == "<", let (end, name) = tagEnd(from: index, in: scalars, commentsCanClose: &commentsCanClose) else {
                index += 1
                continue
            }
            result.append(Tag(range: index..<end, name: name))
            index = end
        }
        return result
    }

    /// The end of a tag or comment starting at `start` and the lower-cased tag name; nil if it is not one.
    private func tagEnd(from start: Int, in scalars: [Unicode.Scalar], commentsCanClose: inout Bool) -> (Int, String)? {
        var index = start + 1
        if index + 2 < scalars.count, scalars[index] == "!", scalars[index + 1] == "-", scalars[index + 2] == "-" {
            guard commentsCanClose else { return nil }
            index += 3
            while index + 2 < scalars.count {
                if scalars[index] == "-", scalars[index + 1] == "-", scalars[index + 2] == ">" { return (index + 3, "!--") }
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
        return (index + 1, name.lowercased())
    }
}
