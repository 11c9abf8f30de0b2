extension String {
    /// The address and length of the string's UTF-8 storage when it lives on the heap (or in the
    /// program's constants), else nil (a string of 15 bytes or fewer lives inside the value).
    /// Two strings alive at the same time with the same storage hold the same bytes: a table that
    /// numbers many copies of a few texts (the quotes of a syndicated story, decoded once from a
    /// string table) can find a copy by its storage before hashing its bytes.
    package var storage: StringStorage? {
        guard utf8.count > 15 else { return nil }
        return utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { StringStorage(address: UnsafeRawPointer($0), count: buffer.count) }
        } ?? nil
    }
}

/// Where a string's bytes are (``Swift/String/storage``); only meaningful while the string is alive.
package struct StringStorage: Hashable {
    let address: UnsafeRawPointer
    let count: Int
}
