/// Replaces no-break spaces (U+00A0, narrow U+202F, figure U+2007) with plain spaces when the policy asks
/// for it: downstream tools and CAT tools often treat them as word characters.
struct NoBreakSpaceRule: NormalizationRule {
    let id = "no-break-space"

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        buffer.scalars.indices.compactMap { index in
            switch buffer.scalars[index].value {
            case 0x00A0, 0x202F, 0x2007: return .init(index..<(index + 1), with: " ")
            default: return nil
            }
        }
    }
}
