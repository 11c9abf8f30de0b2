import ActorGraphModel

extension UTF8Interner {
    /// The strings as a JSON array (slashes escaped), as `JSONEncoder` writes `[String]`: the
    /// page's tables of quotes and document names, each spelling once.
    var json: [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (i, text) in strings.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendJSONString(text, escapingSolidus: true)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
