/// Bytes written through a pointer, for writers that append a great many small numbers (an
/// archive's varints, a page's evidence indices): room is made once for several numbers by
/// ``reserve(_:)``, where appending to an array checks its uniqueness and capacity at every
/// byte (some 70 instructions a varint, 130 a decimal number).
///
/// The owner frees it (``free()``) and appends what it wrote to its own bytes (``append(to:)``).
package struct ByteRun {
    /// The most bytes one number takes: a 64-bit varint (ten), a decimal Int with its sign (20).
    package static let longest = 20
    // Usable from inlinable code: the writers' loops inline these methods (a call for each byte
    // would cost what the array's append did).
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    /// How many bytes have been written.
    @usableFromInline var count = 0

    @inlinable
    package init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// Makes room for `more` bytes.
    @inlinable
    package mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        grow(more)
    }

    @usableFromInline
    mutating func grow(_ more: Int) {
        let grown = max(capacity * 2, count + more)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bytes.update(from: base, count: count)
        base.deallocate()
        base = bytes
        capacity = grown
    }

    /// Appends `byte`; the room must have been reserved.
    @inlinable @inline(__always)
    package mutating func byte(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends `value` as a zigzag LEB128 varint (an archive's numbers); the room must have been
    /// reserved.
    @inlinable @inline(__always)
    package mutating func varint(_ value: Int) {
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            byte(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        byte(UInt8(truncatingIfNeeded: v))
    }

    /// Appends `value` in decimal, as `String(value)` writes it; the room must have been reserved.
    @inlinable @inline(__always)
    package mutating func decimal(_ value: Int) {
        guard value >= 0 else {
            for b in String(value).utf8 { byte(b) }
            return
        }
        // Most numbers written are offsets and indices of a few digits: counted by comparisons,
        // then written two digits a division (the page's evidence is some 450,000 numbers).
        var digits: Int
        if value < 10_000 {
            digits = value < 100 ? (value < 10 ? 1 : 2) : (value < 1_000 ? 3 : 4)
        } else {
            digits = 5
            var bound = 100_000
            // 19 digits at most (Int.max); `bound` would overflow past them.
            while digits < 19, value >= bound {
                digits += 1
                bound &*= 10
            }
        }
        var rest = UInt(value)
        var at = count + digits
        while rest >= 100 {
            let pair = rest % 100
            rest /= 100
            at -= 2
            base[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: pair / 10)
            base[at + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: pair % 10)
        }
        if rest >= 10 {
            base[at - 2] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest / 10)
            base[at - 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
        } else {
            base[at - 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
        }
        count += digits
    }

    /// Appends the bytes written to `bytes`.
    @inlinable
    package func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes written (the room stays).
    @inlinable
    package mutating func removeAll() {
        count = 0
    }

    /// Frees the bytes; the run is not used after.
    @inlinable
    package func free() {
        base.deallocate()
    }
}
