#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a regular file, read a block at a time into one buffer that is used again for the
/// next block: the stages' JSON Lines files are read line by line (`StageFiles.forEachLine`), and
/// reading a whole file first held it all (the glossary step reads each shard's counts twice,
/// 85 MB a shard at 3,000 articles per side) and faulted in fresh pages for every read.
enum FileLines {
    /// Calls `body` with the bytes of each line of the file at `path` in order, without its line
    /// feed; a last line without a line feed too, an empty file's none. The slice is valid only
    /// during the call.
    ///
    /// - Parameter blockSize: bytes read at a time; a longer line grows the buffer to hold it.
    /// - Throws: `InputError` when the file cannot be opened (`InputFile.open`) or read; what `body` throws.
    static func forEach(in path: String, blockSize: Int = 1 << 20, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        let fd = try InputFile.open(path)
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: max(1, blockSize))
        // The bytes not yet handed to `body` are buffer[start..<end].
        var start = 0, end = 0, atEnd = false
        while true {
            while let newline = buffer.withUnsafeBufferPointer({ bytes in
                memchr(bytes.baseAddress! + start, 0x0A, end - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress! }
            }) {
                try body(buffer[start..<newline])
                start = newline + 1
            }
            if atEnd {
                if start < end { try body(buffer[start..<end]) }
                return
            }
            // The unfinished line to the front; a line as long as the buffer doubles it.
            buffer.withUnsafeMutableBufferPointer { bytes in
                _ = memmove(bytes.baseAddress!, bytes.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
            if end == buffer.count { buffer += repeatElement(0, count: buffer.count) }
            let wanted = buffer.count - end
            guard let got = buffer.withUnsafeMutableBufferPointer({ FileBytes.fill(UnsafeMutableBufferPointer(rebasing: $0[end...]), from: fd) }) else {
                throw InputError(file: path, reason: .unreadable(String(cString: strerror(errno))))
            }
            end += got
            atEnd = got < wanted
        }
    }
}
