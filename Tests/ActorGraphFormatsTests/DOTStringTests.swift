@testable import ActorGraphFormats
import Foundation
import Testing

/// `DOTString.quoted` writes what the character-at-a-time version it replaced wrote (kept here
/// as the oracle), for every role, at and around the length limit: also since it reads ASCII
/// runs by bytes (the pieces put ASCII characters before marks that join them).
@Suite struct DOTStringTests {
    /// The version before 2026-12-03's fifth update pass.
    static func oracle(_ text: String, _ role: DOTString.Role, limit: Int) -> String {
        var out = "\""
        var length = 0
        for character in text {
            let piece: String
            switch character {
            case "\"": piece = "\\\""
            case "\\": piece = role == .plain ? "_" : role == .label ? "\\\\" : "\\\\\\\\"
            case "\n", "\r\n", "\r": piece = role == .plain ? " " : "\\n"
            case "\t": piece = " "
            case "&": piece = role == .plain ? "&" : "&amp;"
            default:
                piece = character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) ? "" : String(character)
            }
            if length + piece.count > limit {
                out += "…"
                break
            }
            out += piece
            length += piece.count
        }
        return out + "\""
    }

    static let pieces = ["a", "Z", " ", "~", "\"", "\\", "&", "\n", "\r\n", "\r", "\t", "\u{7F}", "\u{1}", "\u{85}", "é", "e\u{301}",
                         "\u{301}", "—", "“", "🇸🇾", "👩‍👩‍👧", "1\u{FE0F}\u{20E3}", "\u{600}a", "北", "<", ">", "/",
                         // Joined to the ASCII character before them (a zero-width joiner, a spacing mark, a skin tone).
                         "\u{200D}", "\u{903}", "\u{1F3FB}", "abc", "x y",
                         // A prepended sign alone (it joins the character after it, an escaped one too), a C1 control
                         // beside the Latin-1 byte that shares its lead byte.
                         "\u{600}", "\u{9F}\u{A0}", "\u{C2}"]

    @Test func randomTextsAreQuotedAsBefore() {
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<8_000 {
            let text = (0..<next(40)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
            let limit = [3, 10, 25, 8_000][next(4)]
            for role in [DOTString.Role.plain, .label, .tooltip] {
                #expect(DOTString.quoted(text, role, limit: limit) == Self.oracle(text, role, limit: limit), "\(text.debugDescription) \(role) \(limit)")
            }
        }
    }

    @Test func longTextIsCutAtTheLimitAsBefore() {
        let text = String(repeating: "A backs B & C \"says\" x\\y.\n", count: 600)
        for role in [DOTString.Role.plain, .label, .tooltip] {
            #expect(DOTString.quoted(text, role) == Self.oracle(text, role, limit: DOTString.maximumLength))
        }
    }
}
