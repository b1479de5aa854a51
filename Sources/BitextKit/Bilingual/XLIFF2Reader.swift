/// XLIFF 2.0/2.1: one unit per `segment` of each `unit` (`ignorable` parts are not text to check).
enum XLIFF2Reader {
    static func read(_ stream: XMLStream, root: XMLStart) throws(InputError) -> BilingualDocument {
        var units: [BilingualUnit] = []
        var ordinal = 0
        while let event = try stream.next() {
            guard case .start(let start) = event, start.localName == "unit" else { continue }
            ordinal += 1
            let unit = try stream.element(start)
            let id = unit.attributes["id"] ?? String(ordinal)
            let locked = unit.attributes["translate"] == "no"
            let segments = unit.children(named: "segment")
            for (index, segment) in segments.enumerated() {
                guard let source = segment.child(named: "source") else {
                    throw stream.error(line: segment.line, "<segment> of unit \"\(id)\" has no <source>")
                }
                let target = segment.child(named: "target").map(InlineMarkup.xliff2.segment) ?? .empty
                let segmentID = segment.attributes["id"] ?? (segments.count > 1 ? String(index + 1) : nil)
                let state = locked ? .locked : SegmentState.xliff2(segment.attributes["state"], hasTarget: !target.display.isEmpty)
                units.append(BilingualUnit(id: segmentID.map { "\(id)/\($0)" } ?? id, source: InlineMarkup.xliff2.segment(source),
                                           target: target, state: state, line: segment.line, entry: ordinal))
            }
        }
        return BilingualDocument(name: stream.name, format: .xliff2, sourceLanguage: root.attributes["srcLang"]?.lowercased(),
                                 targetLanguage: root.attributes["trgLang"]?.lowercased(), units: units)
    }
}
