#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening a file for reading, with the one-line errors every reader gives: missing, a folder, or
/// unreadable (with the system's reason). The one home for that check (`TextFile`, `FileHead`,
/// `XMLStream`).
enum InputFile {
    /// A descriptor open for reading on the regular file (or device) at `path`; the caller closes it.
    ///
    /// - Throws: `InputError` when the file is missing, a directory or unreadable.
    static func open(_ path: String) throws(InputError) -> Int32 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw InputError(file: path, reason: .missing) }
            throw InputError(file: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw InputError(file: path, reason: .isDirectory) }
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(file: path, reason: .unreadable(String(cString: strerror(errno)))) }
        return fd
    }
}
