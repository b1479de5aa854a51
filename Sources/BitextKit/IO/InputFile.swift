#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening a file for reading, with the one-line errors every reader gives: missing, a folder, not a
/// regular file, or unreadable (with the system's reason). The one home for that check (`TextFile`,
/// `FileHead`, `XMLStream`, `ArticleCollection`).
///
/// Only regular files (links followed) are opened: opening a named pipe blocks until a writer comes
/// (a FIFO in an input folder hung `run` forever), a device such as /dev/zero or /dev/urandom never
/// ends, and readers that look at a file's head before reading it whole (format detection) would
/// lose that head on a pipe. Standard input (`-`) is read by its callers without this check.
enum InputFile {
    /// A descriptor open for reading on the regular file at `path`; the caller closes it.
    ///
    /// - Throws: `InputError` when the file is missing, a directory, not a regular file or unreadable.
    static func open(_ path: String) throws(InputError) -> Int32 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw InputError(file: path, reason: .missing) }
            throw InputError(file: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw InputError(file: path, reason: .isDirectory)
        case S_IFIFO: throw InputError(file: path, reason: .notRegularFile(kind: "a named pipe"))
        case S_IFCHR, S_IFBLK: throw InputError(file: path, reason: .notRegularFile(kind: "a device"))
        default: throw InputError(file: path, reason: .notRegularFile(kind: "a socket"))
        }
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(file: path, reason: .unreadable(String(cString: strerror(errno)))) }
        return fd
    }
}
