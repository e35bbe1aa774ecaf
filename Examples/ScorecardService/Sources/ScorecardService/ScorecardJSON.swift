import SalesCompetency

/// Writes a month's scorecards as JSON by hand: a 10,000-rep month is hundreds of thousands of objects, and
/// `JSONEncoder` would spend more time on them than the database and the scoring together.
///
/// ```json
/// {"month":"2025-03","frozen":false,"count":1,"scorecards":[{"repID":"rep-1","roleID":"consultant",
///  "period":"2025-03","competencyID":"prospecting","score":0.85,"status":"amber"}]}
/// ```
enum ScorecardJSON {
    /// The document's bytes.
    ///
    /// - Complexity: O(*n*) in the number of scorecards.
    static func encode(_ cards: [Scorecard], month: Period, frozen: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + cards.count * 120)
        out += Array("{\"month\":\"\(month)\",\"frozen\":\(frozen),\"count\":\(cards.count),\"scorecards\":[".utf8)
        for (index, card) in cards.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out += Array("{\"repID\":".utf8)
            string(card.repID.rawValue, into: &out)
            out += Array(",\"roleID\":".utf8)
            string(card.roleID.rawValue, into: &out)
            out += Array(",\"period\":\"\(card.period)\",\"competencyID\":".utf8)
            string(card.competencyID.rawValue, into: &out)
            out += Array(",\"score\":".utf8)
            out += Array((card.score.map { "\($0)" } ?? "null").utf8)
            out += Array(",\"status\":\"\(card.status.rawValue)\"}".utf8)
        }
        out += Array("]}".utf8)
        return out
    }

    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped.
    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0..<0x20:
                out += Array("\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
