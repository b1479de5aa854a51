/// The whitespace-delimited chunks of a text that are web or mail addresses ("www.orf.at",
/// "https://example.org/intuitive-machines", "info@example.org") or hashtags ("#phdlife"): text
/// copied as it is, which the word checks do not judge as prose.
///
/// Found in one pass over the text, so that asking about every word of a long chunk stays linear:
/// walking the chunk around each word would cost the chunk's length per word.
struct WebAddressChunks {
    private var addresses: [Range<Int>] = []
    private var hashtags: [Range<Int>] = []

    /// - Complexity: O(n) for n scalars.
    init(_ scalars: [Unicode.Scalar]) {
        var start = 0
        while start < scalars.count {
            guard !ScalarClass.isWhitespace(scalars[start]) else { start += 1; continue }
            var end = start
            while end < scalars.count, !ScalarClass.isWhitespace(scalars[end]) { end += 1 }
            let chunk = scalars[start..<end]
            if Self.isAddress(chunk) {
                addresses.append(start..<end)
            } else if chunk.first == "#" {
                hashtags.append(start..<end)
            }
            start = end
        }
    }

    /// Whether `range` (a token: it never crosses whitespace) lies in a web or mail address.
    func isInsideAddress(_ range: Range<Int>) -> Bool {
        addresses.anyOverlaps(range)
    }

    /// Whether `range` (a token) lies in a hashtag.
    func isInsideHashtag(_ range: Range<Int>) -> Bool {
        hashtags.anyOverlaps(range)
    }

    private static func isAddress(_ chunk: ArraySlice<Unicode.Scalar>) -> Bool {
        if chunk.contains("@") || chunk.contains("/") { return true }
        // A dot between letters ("orf.at") marks a host name, not a sentence end.
        var dot = chunk.startIndex + 1
        while dot + 1 < chunk.endIndex {
            if chunk[dot] == ".", ScalarClass.isLetter(chunk[dot - 1]), ScalarClass.isLetter(chunk[dot + 1]) { return true }
            dot += 1
        }
        return false
    }
}
