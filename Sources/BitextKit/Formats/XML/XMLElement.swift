/// One element of a streamed document, read whole (`XMLStream.element(_:)`): a TMX `tu`, an XLIFF
/// `trans-unit`, a TBX concept. Format readers hold one at a time, never the document.
public struct XMLElement: Sendable {
    /// Element content in document order.
    public enum Content: Sendable {
        case element(XMLElement)
        case text(String)
    }

    /// The qualified name as written ("tuv", "sdl:seg").
    public let name: String
    /// The name without its prefix ("seg" for "sdl:seg").
    public let localName: String
    /// The namespace URI ("" for none).
    public let namespace: String
    /// Attributes by qualified name ("xml:lang").
    public let attributes: [String: String]
    public let content: [Content]
    /// The line of the start tag.
    public let line: Int

    init(start: XMLStart, content: [Content]) {
        name = start.name
        localName = start.localName
        namespace = start.namespace
        attributes = start.attributes
        self.content = content
        line = start.line
    }

    /// The child elements, in order.
    public var children: [XMLElement] {
        content.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The child elements whose local name is `name`.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.localName == name }
    }

    public func child(named name: String) -> XMLElement? {
        children.first { $0.localName == name }
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

    /// The `xml:lang` attribute (TMX 1.1's `lang` as a fallback), lower-cased.
    public var language: String? {
        (attributes["xml:lang"] ?? attributes["lang"])?.lowercased()
    }
}
