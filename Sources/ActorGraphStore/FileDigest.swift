import Foundation

/// A 128-bit digest of a file's bytes (``EvidenceDigest``'s two lanes of xxHash64's round, eight
/// bytes at a time, then the length), in hex.
///
/// A build keeps the digest of the graph.json it put in place beside the file's layout; the next
/// update copies pieces of that file only when its digest is still the same, so a file edited,
/// replaced or damaged since is never copied from (a copy of the output folder, with new times
/// and inodes, still is). Digesting a 50 MB graph.json takes about 0.02 s.
public enum FileDigest {
    /// The digest of the file at `path`, or nil when it cannot be read.
    public static func of(path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        // A regular file is hashed where the page cache holds it (mapped with its pages at once):
        // reading it copied all its bytes once more, a fifth of the system time of an update,
        // which digests two 50 MB graph.json files.
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0,
           let digest = mapped(descriptor, count: Int(status.st_size)) {
            return digest
        }
        return streamed(descriptor)
    }

    /// The digest of the `count` bytes of the file open as `descriptor`, mapped; nil when it
    /// cannot be mapped.
    private static func mapped(_ descriptor: Int32, count: Int) -> String? {
        #if os(Linux)
            let flags = MAP_PRIVATE | MAP_POPULATE
        #else
            let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, count, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
        defer { munmap(address, count) }
        var hasher = EvidenceDigest.WordHasher()
        let raw = UnsafeRawBufferPointer(start: address, count: count)
        let whole = count / 8 * 8
        for offset in stride(from: 0, to: whole, by: 8) {
            hasher.word(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        }
        if whole < count {
            var tail: UInt64 = 0
            for i in whole..<count { tail |= UInt64(raw[i]) << (8 * UInt64(i - whole)) }
            hasher.word(tail)
        }
        hasher.word(UInt64(count))
        return hasher.hex()
    }

    /// The digest of what is left to read of the file open as `descriptor`, read a megabyte at a
    /// time (a file that cannot be mapped).
    private static func streamed(_ descriptor: Int32) -> String? {
        var hasher = EvidenceDigest.WordHasher()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total: UInt64 = 0
        // Bytes at the buffer's start left over from the last read (fewer than eight).
        var carry = 0
        while true {
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(descriptor, base + carry, raw.count - carry)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            total += UInt64(got)
            let available = carry + got, whole = available / 8 * 8
            buffer.withUnsafeBytes { raw in
                for offset in stride(from: 0, to: whole, by: 8) {
                    hasher.word(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                }
            }
            carry = available - whole
            for i in 0..<carry { buffer[i] = buffer[whole + i] }
        }
        if carry > 0 {
            var tail: UInt64 = 0
            for i in 0..<carry { tail |= UInt64(buffer[i]) << (8 * UInt64(i)) }
            hasher.word(tail)
        }
        hasher.word(total)
        return hasher.hex()
    }
}
