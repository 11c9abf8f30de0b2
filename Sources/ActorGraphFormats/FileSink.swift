import Foundation

/// A new file written in pieces of at most ``piece`` bytes.
///
/// One `write(2)` of tens of megabytes makes the kernel take the page cache for the whole file
/// in large blocks, which a virtual machine may have handed back to its host (free page
/// reporting): touching them again is slow, and writing a 50 MB graph.json cost 0.02–0.6 s of
/// system time from one run to the next. Written a megabyte at a time it took 0.02 s every time
/// (BENCHMARKS.md, "fifth pass"). It also lets a writer stream a large file through one buffer
/// instead of holding the whole of it.
public final class FileSink {
    /// The most bytes given to one `write(2)`.
    public static let piece = 1 << 20

    private var descriptor: Int32
    /// The file's path, for messages.
    public let path: String
    /// Bytes written so far.
    public private(set) var count = 0

    /// Creates (or truncates) the file at `path`, readable and writable as the umask allows.
    /// - Throws: ``FormatError`` when it cannot be created.
    public init(creating path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FormatError(path, "cannot write: \(String(cString: strerror(errno)))") }
        descriptor = fd
        self.path = path
    }

    /// Closes the file if ``finish()`` did not (a write failed): what was written stays.
    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes` to the file.
    /// - Throws: ``FormatError`` when the write fails (a full disk, say).
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw FormatError(path, "cannot write: the file is closed") }
        guard var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let wrote = systemWrite(descriptor, base, min(left, Self.piece))
            if wrote < 0 {
                if errno == EINTR { continue }
                throw FormatError(path, "cannot write: \(String(cString: strerror(errno)))")
            }
            base += wrote
            left -= wrote
            count += wrote
        }
    }

    /// Appends `bytes` to the file.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Appends `bytes` to the file.
    public func write(_ bytes: ArraySlice<UInt8>) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Appends `data` to the file.
    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    /// Appends bytes `range` of the open file `source` (named `path`, for messages), copied by
    /// the kernel (`sendfile(2)`: no pass through this process's memory), or read and written
    /// where it cannot.
    /// - Throws: ``FormatError`` when the file ends before the range does or a read or write fails.
    public func copy(from source: Int32, range: Range<Int>, source path: String) throws {
        guard descriptor >= 0 else { throw FormatError(self.path, "cannot write: the file is closed") }
        #if os(Linux)
        var at = range.lowerBound
        while at < range.upperBound {
            var from = off_t(at)
            let sent = sendfile(descriptor, source, &from, min(range.upperBound - at, 1 << 30))
            if sent > 0 {
                at += sent
                count += sent
                continue
            }
            if sent < 0, errno == EINTR { continue }
            if sent < 0, errno == EINVAL || errno == ENOSYS { return try copyByReading(from: source, range: at..<range.upperBound, source: path) }
            throw FormatError(path, sent == 0 ? "ends before byte \(range.upperBound)" : "cannot read: \(String(cString: strerror(errno)))")
        }
        #else
        try copyByReading(from: source, range: range, source: path)
        #endif
    }

    /// ``copy(from:range:source:)`` a piece at a time through this process.
    private func copyByReading(from source: Int32, range: Range<Int>, source path: String) throws {
        var buffer = [UInt8](repeating: 0, count: min(Self.piece, range.count))
        var at = range.lowerBound
        while at < range.upperBound {
            let got = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress, min($0.count, range.upperBound - at), off_t(at)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw FormatError(path, got == 0 ? "ends before byte \(range.upperBound)" : "cannot read: \(String(cString: strerror(errno)))") }
            try write(buffer[..<got])
            at += got
        }
    }

    /// Closes the file, reporting what `close(2)` reports (on some file systems a failed write
    /// is only known then).
    public func finish() throws {
        let fd = descriptor
        guard fd >= 0 else { return }
        descriptor = -1
        guard close(fd) == 0 else { throw FormatError(path, "cannot write: \(String(cString: strerror(errno)))") }
    }
}

/// `write(2)`, out of reach of ``FileSink``'s own `write` methods.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
