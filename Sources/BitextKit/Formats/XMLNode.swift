/// An element of a parsed XML document: name, attributes, content and where it starts, so that
/// format readers can report "line 12, column 5: tu has no tuv for en".
public struct XMLElement: Sendable {
    /// Element content in document order.
    public enum Content: Sendable {
        case element(XMLElement)
        case text(String)
    }

    /// The qualified name as written ("tuv", "xml:lang" stays prefixed).
    public let name: String
    public let attributes: [String: String]
    public let content: [Content]
    public let line: Int
    public let column: Int

    /// The child elements, in order.
    public var children: [XMLElement] {
        content.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The child elements named `name`.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    public func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// All character data of the element and its descendants, concatenated (inline markup such as
    /// TBX `<hi>` contributes its text).
    public var textContent: String {
        var out = ""
        for item in content {
            switch item {
            case .text(let t): out += t
            case .element(let e): out += e.textContent
            }
        }
        return out
    }
}
