/// TMX 1.4 (OmegaT's `project_save.tmx` included) as a bilingual file: one unit per `tu`, its source
/// and target the `tuv`s of the two languages asked for, in either direction.
enum TMXReader {
    /// - Parameter languages: the source and target language codes (prefixes of `xml:lang`, "en"
    ///   matches "en-GB"); without them, the header's `srclang` is the source and the first other
    ///   language of the first `tu` the target.
    static func read(_ stream: XMLStream, root: XMLStart, languages: (source: String, target: String)?) throws(InputError) -> BilingualDocument {
        var units: [BilingualUnit] = []
        var source = languages?.source.lowercased()
        var target = languages?.target.lowercased()
        var ordinal = 0
        while let event = try stream.next() {
            guard case .start(let start) = event else { continue }
            if start.localName == "header", source == nil, let srclang = start.attributes["srclang"]?.lowercased(), srclang != "*all*" {
                source = srclang
            }
            guard start.localName == "tu" else { continue }
            ordinal += 1
            let tu = try stream.element(start)
            let id = tu.attributes["tuid"] ?? String(ordinal)
            let variants = tu.children(named: "tuv")
            if source == nil { source = variants.first?.language }
            if target == nil { target = variants.first { !matches($0, source) }?.language }
            guard let sourceIndex = variants.firstIndex(where: { matches($0, source) }) else {
                throw stream.error(line: tu.line, "<tu> \(id) has no <tuv> for \(source ?? "the source language")")
            }
            let targetIndex = variants.indices.first { $0 != sourceIndex && matches(variants[$0], target) }
            let sourceSegment = variants[sourceIndex].child(named: "seg").map(InlineMarkup.tmx.segment) ?? .empty
            let targetSegment = targetIndex.flatMap { variants[$0].child(named: "seg") }.map(InlineMarkup.tmx.segment) ?? .empty
            units.append(BilingualUnit(id: id, source: sourceSegment, target: targetSegment,
                                       state: targetSegment.display.isEmpty ? .new : .translated, line: tu.line, entry: ordinal))
        }
        return BilingualDocument(name: stream.name, format: .tmx, sourceLanguage: source, targetLanguage: target, units: units)
    }

    /// Whether a `tuv` is in `language` ("en" matches "en", "en-GB" and "EN-US"; "en-GB" only "en-GB").
    private static func matches(_ variant: XMLElement, _ language: String?) -> Bool {
        guard let language, let code = variant.language else { return false }
        return code == language || code.hasPrefix(language + "-") || code.hasPrefix(language + "_")
    }
}
