#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Whole files read into byte arrays: a regular file's bytes go straight into the array's storage in
/// one `read`, sized by `fstat`, with no `Data` in between and no second copy. Start-up reads the
/// 27 MB lexicon cache this way on every command.
enum FileBytes {
    /// The bytes of the file at `path`; nil with `errno` set when it cannot be opened or read.
    static func read(path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return read(fd: fd)
    }

    /// The bytes of the regular file at `path`, opened by `InputFile.open`: a named pipe or a device
    /// is refused with its one-line error, not read without end (`--lexicon /dev/zero`, a pipe planted
    /// in a stage work folder).
    static func readRegular(path: String) throws(InputError) -> [UInt8] {
        let fd = try InputFile.open(path)
        defer { close(fd) }
        guard let bytes = read(fd: fd) else { throw InputError(file: path, reason: .unreadable(String(cString: strerror(errno)))) }
        return bytes
    }

    /// Everything left to read from `fd` (a file, a pipe, standard input); nil with `errno` set on a
    /// read error.
    static func read(fd: Int32) -> [UInt8]? {
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        // One byte more than the size, so that the first read of a regular file also sees its end,
        // and no more: the array keeps its capacity, and a collection holds thousands of small files.
        var capacity = size > 0 ? size + 1 : 1 << 16
        var result: [UInt8] = []
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                let got = fill(buffer, from: fd)
                failed = got == nil
                count = got ?? 0
            }
            if failed { return nil }
            if result.isEmpty { result = chunk } else { result.append(contentsOf: chunk) }
            if chunk.count < capacity { return result }
            capacity *= 2
        }
    }

    /// Reads from `fd` into `buffer` until it is full or the file ends: the number of bytes read
    /// (fewer than `buffer.count` only at the end), nil with `errno` set on a read error.
    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from fd: Int32) -> Int? {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        while count < buffer.count {
            let got = systemRead(fd, base + count, buffer.count - count)
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { break }
            count += got
        }
        return count
    }
}
