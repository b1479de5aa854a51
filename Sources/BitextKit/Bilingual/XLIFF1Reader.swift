/// XLIFF 1.1/1.2 as memoQ, XTM, OmegaT and Trados (SDLXLIFF) write it: one unit per `trans-unit`, or
/// one per segment where the unit is segmented (`seg-source` with `mrk mtype="seg"`, paired with the
/// target's `mrk` of the same `mid`; Trados states and locks from `sdl:seg-defs`).
enum XLIFF1Reader {
    static func read(_ stream: XMLStream, root: XMLStart) throws(InputError) -> BilingualDocument {
        var units: [BilingualUnit] = []
        var sourceLanguage: String?
        var targetLanguage: String?
        var ordinal = 0
        while let event = try stream.next() {
            guard case .start(let start) = event else { continue }
            switch start.localName {
            case "file":
                sourceLanguage = sourceLanguage ?? start.attributes["source-language"]?.lowercased()
                targetLanguage = targetLanguage ?? start.attributes["target-language"]?.lowercased()
            case "trans-unit":
                ordinal += 1
                units += try self.units(of: try stream.element(start), ordinal: ordinal, stream: stream)
            default: break
            }
        }
        return BilingualDocument(name: stream.name, format: .xliff, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, units: units)
    }

    private static func units(of unit: XMLElement, ordinal: Int, stream: XMLStream) throws(InputError) -> [BilingualUnit] {
        let id = unit.attributes["id"] ?? String(ordinal)
        guard let source = unit.child(named: "source") else { throw stream.error(line: unit.line, "<trans-unit id=\"\(id)\"> has no <source>") }
        let target = unit.child(named: "target")
        let unitLocked = unit.attributes["translate"] == "no" || unit.attributes["mq:locked"] == "locked"
        let memoQ = SegmentState.memoQ(unit.attributes["mq:status"])
        let targetState = target?.attributes["state"]

        let sourceSegments = unit.child(named: "seg-source").map(segments) ?? []
        guard !sourceSegments.isEmpty else {
            let targetSegment = target.map(InlineMarkup.xliff1.segment) ?? .empty
            let hasTarget = !targetSegment.display.isEmpty
            let state = unitLocked ? .locked : memoQ ?? SegmentState.xliff1(targetState, hasTarget: hasTarget)
            return [BilingualUnit(id: id, source: InlineMarkup.xliff1.segment(source), target: targetSegment, state: state, line: unit.line, entry: ordinal)]
        }
        let targetSegments = Dictionary(target.map(segments) ?? [], uniquingKeysWith: { first, _ in first })
        var definitions: [String: XMLElement] = [:]
        for definition in unit.child(named: "seg-defs")?.children(named: "seg") ?? [] {
            if let mid = definition.attributes["id"] { definitions[mid] = definition }
        }
        return sourceSegments.map { mid, element in
            let targetSegment = targetSegments[mid].map(InlineMarkup.xliff1.segment) ?? .empty
            let hasTarget = !targetSegment.display.isEmpty
            let definition = definitions[mid]
            let locked = unitLocked || definition?.attributes["locked"] == "true"
            let state = locked ? .locked
                : SegmentState.trados(definition?.attributes["conf"], hasTarget: hasTarget) ?? memoQ
                ?? SegmentState.xliff1(targetState, hasTarget: hasTarget)
            return BilingualUnit(id: "\(id)/\(mid)", source: InlineMarkup.xliff1.segment(element), target: targetSegment,
                                 state: state, line: element.line, entry: ordinal)
        }
    }

    /// The `mrk mtype="seg"` elements under `element` (at any depth: Trados nests them in `g`), by `mid`.
    private static func segments(_ element: XMLElement) -> [(String, XMLElement)] {
        var found: [(String, XMLElement)] = []
        for child in element.children {
            if child.localName == "mrk", child.attributes["mtype"] == "seg" {
                found.append((child.attributes["mid"] ?? String(found.count + 1), child))
            } else {
                found += segments(child)
            }
        }
        return found
    }
}
