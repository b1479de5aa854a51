/// Decodes HTML character references: named ones from `common/html-entities.txt` ("&amp;", "&nbsp;") and
/// numeric ones ("&#8222;", "&#x201E;"). Unknown names stay as they are.
struct HTMLEntityRule: NormalizationRule {
    let id = "html-entity"
    let named: [String: Unicode.Scalar]

    init() throws {
        var named: [String: Unicode.Scalar] = [:]
        for entry in try LanguageDataFile.load("html-entities", language: nil).entries {
            let fields = entry.text.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, let value = UInt32(fields[1], radix: 16), let scalar = Unicode.Scalar(value) else {
                throw LanguageDataError.invalid(file: "common/html-entities.txt", line: entry.line, message: "expected 'name HEX'")
            }
            named[String(fields[0])] = scalar
        }
        self.named = named
    }

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let scalars = buffer.scalars
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, end - index <= 12, scalars[end] != ";", scalars[end].isASCII, ScalarClass.isLetterOrDigit(scalars[end]) || scalars[end] == "#" {
                end += 1
            }
            guard end < scalars.count, scalars[end] == ";", end > index + 1 else {
                index += 1
                continue
            }
            let body = buffer.string((index + 1)..<end)
            if let scalar = decode(body) {
                result.append(.init(index..<(end + 1), with: [scalar]))
                index = end + 1
            } else {
                index += 1
            }
        }
        return result
    }

    private func decode(_ body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap(allowed)
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).flatMap(allowed)
        }
        return named[body]
    }

    /// Character references to control characters are refused: they would smuggle binary into the text.
    private func allowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.value < 0x20 && scalar != "\n" && scalar != "\t" ? nil : scalar
    }
}
