import ActorGraphModel
import Foundation

/// Distinct texts numbered in the order first given, compared byte for byte (two texts that
/// Swift calls equal but that are spelled with other bytes, "é" composed and decomposed, stay
/// two: the page shows each exactly as the graph has it).
struct TextTable {
    /// The texts, each once, in the order first numbered.
    private(set) var texts: [String] = []
    private var numbers: [Key: Int] = [:]
    /// Numbers by the storage of texts met before, kept alive here (so that no other text can
    /// take their storage's place): most copies of a quote share one storage in an update.
    private var byStorage: [StringStorage: (text: String, number: Int)] = [:]
    /// The last text numbered: an edge's evidence comes in runs of one document.
    private var last: (text: String, number: Int)?

    /// The number of `text`, given it the next one when it is new.
    mutating func number(_ text: String) -> Int {
        if let last, Key.sameBytes(last.text, text) { return last.number }
        let storage = text.storage
        if let storage, let known = byStorage[storage] {
            last = (text, known.number)
            return known.number
        }
        let key = Key(text: text)
        let number: Int
        if let known = numbers[key] {
            number = known
        } else {
            number = texts.count
            numbers[key] = number
            texts.append(text)
        }
        if let storage { byStorage[storage] = (text, number) }
        last = (text, number)
        return number
    }

    /// The texts as a JSON array of strings (slashes escaped), as `JSONEncoder` writes `[String]`.
    var json: [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (i, text) in texts.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendJSONString(text, escapingSolidus: true)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    /// A text hashed and compared by its UTF-8 bytes.
    private struct Key: Hashable {
        var text: String

        static func == (a: Key, b: Key) -> Bool {
            sameBytes(a.text, b.text)
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func sameBytes(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { x in
                b.withUTF8 { y in
                    guard x.count == y.count, let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                    return memcmp(p, q, x.count) == 0
                }
            }
        }
    }
}
