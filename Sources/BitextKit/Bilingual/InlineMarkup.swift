/// How each bilingual format writes inline codes inside a segment, and the walk that turns a segment
/// element into a `BilingualSegment`. One table per format; the walk is shared.
struct InlineMarkup: Sendable {
    /// What an element inside a segment is.
    enum Role {
        /// A code; the content of the element (native code, `sub` flows) is not text of the segment.
        case code(InlineCode.Kind, id: String)
        /// A paired code whose content is segment text (`g`, `pc`).
        case span(id: String)
        /// Markup whose content is segment text (`mrk`, `hi`, unknown elements).
        case transparent
        /// Not part of the text (`sm`/`em` markers).
        case ignored
    }

    let role: @Sendable (XMLElement, _ ordinal: Int) -> Role

    /// The segment an element (`source`, `target`, `seg`, `mrk`) holds.
    func segment(_ element: XMLElement) -> BilingualSegment {
        var builder = SegmentBuilder()
        var ordinal = 0
        walk(element, into: &builder, ordinal: &ordinal)
        return builder.segment
    }

    private func walk(_ element: XMLElement, into builder: inout SegmentBuilder, ordinal: inout Int) {
        for item in element.content {
            switch item {
            case .text(let text): builder.text(text)
            case .element(let child):
                ordinal += 1
                switch role(child, ordinal) {
                case .code(let kind, let id): builder.code(id, kind)
                case .span(let id):
                    builder.code(id, .open)
                    walk(child, into: &builder, ordinal: &ordinal)
                    builder.code(id, .close)
                case .transparent: walk(child, into: &builder, ordinal: &ordinal)
                case .ignored: break
                }
            }
        }
    }

    /// XLIFF 1.1/1.2: `g` spans; `x`, `ph` standalone; `bx`/`ex`, `bpt`/`ept` paired by `rid` (else `id`);
    /// `it` by its `pos`; `mrk` transparent.
    static let xliff1 = InlineMarkup { element, ordinal in
        let id = element.attributes["id"] ?? String(ordinal)
        let pair = element.attributes["rid"] ?? id
        switch element.localName {
        case "g": return .span(id: id)
        case "x", "ph": return .code(.standalone, id: id)
        case "bx", "bpt": return .code(.open, id: pair)
        case "ex", "ept": return .code(.close, id: pair)
        case "it": return .code(element.attributes["pos"] == "close" ? .close : .open, id: id)
        default: return .transparent
        }
    }

    /// XLIFF 2.0/2.1: `pc` spans; `ph` standalone; `sc`/`ec` paired by `ec`'s `startRef`; `sm`/`em`
    /// annotation markers are no text; `mrk` transparent.
    static let xliff2 = InlineMarkup { element, ordinal in
        let id = element.attributes["id"] ?? String(ordinal)
        switch element.localName {
        case "pc": return .span(id: id)
        case "ph": return .code(.standalone, id: id)
        case "sc": return .code(.open, id: id)
        case "ec": return .code(.close, id: element.attributes["startRef"] ?? id)
        case "sm", "em": return .ignored
        default: return .transparent
        }
    }

    /// TMX 1.4: `bpt`/`ept` paired by `i`; `ph`, `ut` standalone (by `x`); `it` by `pos` begin/end;
    /// `hi` transparent.
    static let tmx = InlineMarkup { element, ordinal in
        let x = element.attributes["x"] ?? String(ordinal)
        switch element.localName {
        case "bpt": return .code(.open, id: element.attributes["i"] ?? x)
        case "ept": return .code(.close, id: element.attributes["i"] ?? x)
        case "ph", "ut": return .code(.standalone, id: x)
        case "it": return .code(element.attributes["pos"] == "end" ? .close : .open, id: x)
        default: return .transparent
        }
    }
}
