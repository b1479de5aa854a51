/// Removes characters that are invisible in print but break matching and splitting: the byte-order mark,
/// soft hyphens (left by web pages' hyphenation), zero-width spaces and joiners, and direction marks.
struct InvisibleCharacterRule: NormalizationRule {
    let id = "invisible-character"

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        buffer.scalars.indices.compactMap { index in
            switch buffer.scalars[index].value {
            case 0xFEFF, 0x00AD, 0x200B, 0x2060, 0x200E, 0x200F, 0x061C:
                return .init(index..<(index + 1))
            default:
                return nil
            }
        }
    }
}
