import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file mapped read-only, whose pages a reader gives back once it has passed them: a query
/// reads graph.json once from start to end, and a 500 MB file held in memory whole would be most
/// of the process's peak memory.
enum MappedFile {
    /// Bytes are given back in steps of at least this many.
    static let releaseStep = 32 << 20

    /// The bytes of the regular file at `url`, mapped read-only and unmapped with the last copy of
    /// the data; nil when it cannot be mapped (missing, empty, not a regular file).
    static func map(_ url: URL) -> Data? {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
        let count = Int(status.st_size)
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return Data(bytesNoCopy: address, count: count, deallocator: .custom { address, count in munmap(address, count) })
    }

    /// Gives back the whole pages of `bytes[range]`, where `bytes` is a mapping from ``map(_:)``:
    /// they leave the process's memory and are read again from the file if touched (the mapping
    /// is private and never written, so the file's bytes are what comes back).
    static func release(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) {
        guard let base = bytes.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = UInt(bitPattern: base + range.lowerBound)
        let end = UInt(bitPattern: base + range.upperBound)
        let first = (start + UInt(page) - 1) / UInt(page) * UInt(page)
        let last = end / UInt(page) * UInt(page)
        guard last > first, let address = UnsafeMutableRawPointer(bitPattern: first) else { return }
        madvise(address, Int(last - first), MADV_DONTNEED)
    }
}
