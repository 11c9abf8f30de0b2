import Foundation

/// A small port of score.py's triple scoring (its `norm`, alias canonicalisation, event keys and
/// symmetric key), for the seed regression test. The lead's shared eval module will replace it.
struct SeedsScore {
    struct Triple: Hashable { var s: String, r: String, o: String }

    static func norm(_ s: String) -> String {
        var t = s.decomposedStringWithCompatibilityMapping.unicodeScalars.filter(\.isASCII).map(String.init).joined().lowercased()
        t = t.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("the ") { t = String(t.dropFirst(4)) }
        var out = ""
        var space = false
        for c in t.unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == ":" {
                if space && !out.isEmpty { out += " " }
                out.unicodeScalars.append(c)
                space = false
            } else {
                space = true
            }
        }
        return out
    }

    static func aliases(_ text: String) -> [String: String] {
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, parts[0] != "canonical", parts[0] != "id" else { continue }
            var forms = [parts[0]]
            if parts.count > 2 { forms += parts[2].split(separator: "|").map(String.init) }
            for f in forms where !f.trimmingCharacters(in: .whitespaces).isEmpty { table[norm(f)] = parts[0] }
        }
        return table
    }

    static func canon(_ name: String, _ aliases: [String: String]) -> String {
        if name.hasPrefix("event:") {
            let parts = name.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count >= 3 { return "event:\(norm(String(parts[1]))):\(parts[2...].joined(separator: ":"))" }
        }
        return norm(aliases[norm(name)] ?? name)
    }

    static func key(_ s: String, _ r: String, _ o: String) -> Triple {
        r == "coordinates_with" && o < s ? Triple(s: o, r: r, o: s) : Triple(s: s, r: r, o: o)
    }

    static func gold(_ jsonl: String, _ aliases: [String: String]) throws -> Set<Triple> {
        var out: Set<Triple> = []
        for line in jsonl.split(separator: "\n") where !line.isEmpty {
            let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            out.insert(key(canon(row["subject"] as! String, aliases), row["relation"] as! String, canon(row["object"] as! String, aliases)))
        }
        return out
    }

    /// The triples of a node-link graph.json, as score.py reads them.
    static func predicted(_ graphJSON: Data, _ aliases: [String: String]) throws -> Set<Triple> {
        let g = try JSONSerialization.jsonObject(with: graphJSON) as! [String: Any]
        var nodes: [String: String] = [:]
        for n in g["nodes"] as! [[String: Any]] {
            let id = n["id"] as! String
            let label = (n["label"] ?? n["name"] ?? id) as! String
            if (n["kind"] as? String) == "event" {
                let place = (n["place"] as? String) ?? label
                let date = (n["date"] as? String) ?? "unknown"
                nodes[id] = canon("event:\(place):\(date)", aliases)
            } else {
                let forms = [label] + ((n["aliases"] as? [String]) ?? [])
                nodes[id] = forms.lazy.compactMap { aliases[norm($0)].map(norm) }.first ?? norm(label)
            }
        }
        let edges = (g["edges"] ?? g["links"]) as! [[String: Any]]
        return Set(edges.map { e in
            key(nodes[e["source"] as! String]!, (e["relation"] ?? e["kind"]) as! String, nodes[e["target"] as! String]!)
        })
    }

    static func prf(_ gold: Set<Triple>, _ pred: Set<Triple>) -> (p: Double, r: Double, f: Double) {
        let tp = Double(gold.intersection(pred).count)
        let p = pred.isEmpty ? 0 : tp / Double(pred.count)
        let r = gold.isEmpty ? 0 : tp / Double(gold.count)
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
}
