/// Converts ascending UTF-8 byte offsets into 0-based Unicode scalar offsets, which is what users'
/// tools (Python, editors) count in.
///
/// Offsets must be requested in non-decreasing order; each call continues where the last stopped.
/// - Complexity: O(n) over all calls together.
struct ScalarOffsetMap {
    private var byte = 0
    private var scalars = 0

    /// The scalar offset of byte offset `target` (which must start a scalar).
    mutating func scalarOffset(ofByte target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if target < byte {
            byte = 0
            scalars = 0
        }
        // Eight bytes at a time: a byte starts a scalar unless it is 10xxxxxx.
        guard let pointer = bytes.baseAddress else { return scalars }
        let base = UnsafeRawPointer(pointer)
        while byte + 8 <= target {
            let word = base.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
            let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
            scalars += 8 - continuation.nonzeroBitCount
            byte += 8
        }
        while byte < target {
            if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
            byte += 1
        }
        return scalars
    }
}
