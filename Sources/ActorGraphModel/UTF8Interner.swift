#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Distinct strings numbered from 0 in the order first given, told apart by their UTF-8 bytes.
///
/// Two strings Swift calls equal but spelled with other bytes ("é" precomposed, and "e" followed
/// by a combining accent) get two numbers, so a table written from ``strings`` gives each spelling
/// back exactly as it was given: a graph's quotes are the documents' own bytes, and a page or an
/// archive that merged canonically equal spellings would make them read differently from the graph.
///
/// Finding a string costs a hash of its bytes, except for copies of one met before: the string
/// numbered last is compared first (an edge's evidence comes in runs of one document), then the
/// copy's storage is looked up by address (the quotes of a syndicated story decoded from one
/// table entry share it), in a small table of recent storages before the dictionary of all. The interner keeps every string whose storage it remembers alive, so no
/// other string can take that storage's place while it is a key.
///
/// Before all that, a copy of a string met lately is found by the value itself: the two words a
/// `String` is made of, compared as bits in a small table of recent values. A string is a
/// function of those bits (a short one holds its bytes in them; a long one its count and its
/// storage, whose bytes do not change while a string refers to them), so equal bits are equal
/// bytes; the table keeps its strings alive, so their bits cannot come to mean other bytes.
/// Finding a number there costs some 15 instructions instead of some 150 through the storage.
package struct UTF8Interner {
    /// The strings, each spelling once, in the order first numbered.
    package private(set) var strings: [String] = []
    private var numbers: [Key: Int] = [:]
    private var byStorage: [StringStorage: (string: String, number: Int)] = [:]
    private var last: (string: String, number: Int)?
    /// The storages met lately, by a few bits of their address, each with its number: found
    /// without hashing. Every storage here is a key of `byStorage` (whose string keeps it alive).
    /// Made once the table holds 64 storages and grown as it fills, to 16,384 places at most (a
    /// small table, as a document's findings archive has, never pays for it).
    private var recent: [Recent] = []
    private struct Recent {
        var address: UnsafeRawPointer?
        var count = 0
        var number = 0
    }
    /// Recent strings by their bits (``Bits``), each with its number. Made once the table holds
    /// 64 strings and grown with it, as `recent` is, to 16,384 places (a few times a large
    /// corpus's documents, whose names an edge's evidence cycles through: in a table not much
    /// larger than them most would share a place and push each other out). Made at its largest
    /// at once, it cost a full build more than it saved: every document's findings archive has
    /// an interner of its own.
    private var recentValues: [RecentValue] = []
    private struct RecentValue {
        var bits = Bits(low: 0, high: 0)
        var number = -1
        /// The string itself, kept alive while its bits stand for it here.
        var string: String?
    }
    /// A place in `recentValues` is the top bits of a product: 64 less this many.
    private var valueShift: UInt64 = 64
    /// The two words of a `String` value.
    private struct Bits: Equatable {
        var low: UInt64
        var high: UInt64

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        init(_ string: String) {
            // A String is two words on every platform Swift supports with 64-bit pointers; on
            // any other layout no bits are compared (see `number`).
            if MemoryLayout<String>.size == 16 {
                (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
            } else {
                (low, high) = (0, 0)
            }
        }
    }

    package init() {}

    /// How many distinct spellings have been numbered.
    package var count: Int { strings.count }

    /// The number of `string`, given the next one when its bytes are new.
    package mutating func number(_ string: String) -> Int {
        var valueSlot = -1
        let bits = Bits(string)
        if !recentValues.isEmpty, MemoryLayout<String>.size == 16 {
            // Both words multiplied through, the slot from the product's top bits (the low bits
            // of a storage's address are mostly alignment, its high bits mostly the same).
            let mixed = (bits.high ^ (bits.low &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
            valueSlot = Int(truncatingIfNeeded: mixed >> valueShift)
            if recentValues[valueSlot].bits == bits, recentValues[valueSlot].number >= 0 { return recentValues[valueSlot].number }
            // Each place has a partner (its other half of a pair) that is asked too: in a table
            // of one place a value, a fifth of a large corpus's document names shared their place
            // with another name an edge's evidence cycles through, and each pushed the other out.
            let partner = valueSlot ^ 1
            if recentValues[partner].bits == bits, recentValues[partner].number >= 0 { return recentValues[partner].number }
        }
        let number = numberByBytes(string)
        if valueSlot >= 0 {
            // The place's value moves to the partner's (the older of the pair goes).
            recentValues.withUnsafeMutableBufferPointer { table in
                table.swapAt(valueSlot, valueSlot ^ 1)
                table[valueSlot] = RecentValue(bits: bits, number: number, string: string)
            }
        }
        // At 64, 512 and 4,096 strings: four places each (a new table starts empty).
        let wanted = strings.count >= 4096 ? 14 : strings.count >= 512 ? 11 : strings.count >= 64 ? 8 : 0
        if wanted > 0, 1 << wanted > recentValues.count, MemoryLayout<String>.size == 16 {
            recentValues = Array(repeating: RecentValue(), count: 1 << wanted)
            valueShift = UInt64(64 - wanted)
        }
        return number
    }

    /// ``number(_:)`` of a string not found by its bits.
    private mutating func numberByBytes(_ string: String) -> Int {
        let storage = string.storage
        var slot = -1
        if let storage, !recent.isEmpty {
            // The address's bits above malloc's 16-byte alignment, folded.
            let bits = UInt(bitPattern: storage.address) >> 4
            slot = Int(truncatingIfNeeded: (bits ^ (bits >> 13)) & UInt(recent.count - 1))
            // Found here, `last` is left as it was: setting it retained one string and released
            // another for each of the most common finds (it only spares a hash, and this did too).
            if recent[slot].address == storage.address, recent[slot].count == storage.count { return recent[slot].number }
        }
        if let last, Self.sameBytes(last.string, string) { return last.number }
        if let storage, let known = byStorage[storage] {
            if slot >= 0 { recent[slot] = Recent(address: storage.address, count: storage.count, number: known.number) }
            last = (string, known.number)
            return known.number
        }
        // Found, or given the next number, in one lookup: the key's bytes are hashed once, where
        // a lookup and then an insertion hashed a new string twice (a quote is hundreds of bytes,
        // and an update's page, archive and evidence rows meet some 35,000 new ones).
        let next = strings.count
        let number = Self.value(&numbers[Key(string: string), default: next])
        if number == next { strings.append(string) }
        if let storage {
            byStorage[storage] = (string, number)
            if slot >= 0 { recent[slot] = Recent(address: storage.address, count: storage.count, number: number) }
            // At 64, 512 and 4,096 storages: four places each (a new table starts empty).
            let wanted = byStorage.count >= 4096 ? 1 << 14 : byStorage.count >= 512 ? 1 << 11 : byStorage.count >= 64 ? 1 << 8 : 0
            if wanted > recent.count { recent = Array(repeating: Recent(), count: wanted) }
        }
        last = (string, number)
        return number
    }

    /// The value an inout access gives (a dictionary's entry found or made by `subscript(_:default:)`).
    @inline(__always)
    private static func value(_ value: inout Int) -> Int { value }

    /// Whether `a` and `b` are copies of one value (the same two words: the same bytes, see
    /// ``Bits``), without reaching their bytes; false says nothing.
    @inline(__always)
    package static func sameValue(_ a: String, _ b: String) -> Bool {
        MemoryLayout<String>.size == 16 && Bits(a) == Bits(b)
    }

    /// Whether `a` and `b` have the same UTF-8 bytes (`==` also calls canonically equal
    /// spellings the same).
    package static func sameBytes(_ a: String, _ b: String) -> Bool {
        // Two copies of one value (an edge's runs of one document, decoded from one table entry)
        // are told by their two words, without reaching the bytes (see ``Bits``).
        if sameValue(a, b) { return true }
        // The counts first: native strings know theirs, and most strings that differ differ there.
        guard a.utf8.count == b.utf8.count else { return false }
        // Native strings are compared where they are (no copies to make them contiguous, each a
        // retain and a release).
        if let same = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return p == q || memcmp(p, q, x.count) == 0
            }
        }), let same {
            return same
        }
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return p == q || memcmp(p, q, x.count) == 0
            }
        }
    }

    /// A string hashed and compared by its UTF-8 bytes.
    private struct Key: Hashable {
        var string: String

        static func == (a: Key, b: Key) -> Bool {
            sameBytes(a.string, b.string)
        }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
