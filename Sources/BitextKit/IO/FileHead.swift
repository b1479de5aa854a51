#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first bytes of a file, for recognizing its format without reading it whole.
enum FileHead {
    /// Up to `count` bytes from the start of `path`.
    ///
    /// - Throws: `InputError` when the file is missing, a directory or unreadable.
    static func read(path: String, count: Int = 4096) throws(InputError) -> [UInt8] {
        let fd = try InputFile.open(path)
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes[filled...].withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw InputError(file: path, reason: .unreadable(String(cString: strerror(errno)))) }
            if n == 0 { break }
            filled += n
        }
        return Array(bytes.prefix(filled))
    }
}
