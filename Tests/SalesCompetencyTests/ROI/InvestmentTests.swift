import Foundation
import SalesCompetency
import Testing

struct InvestmentTests {
    static let valid = """
        {"schemaVersion": 1, "id": "inv-1", "name": "Workshop", "category": "training", "owner": "rep-1",
         "startsOn": "2025-01-06", "participants": 10, "seatsBought": 10, "seatsUsed": 8,
         "costs": [{"name": "Fee", "kind": "oneTime", "amount": 1000.10}],
         "benefits": [{"name": "Deals", "change": {"before": 1, "after": 1.5}, "attribution": 0.5,
                       "confidence": 0.9, "unitValue": 100}]}
        """

    /// Replaces the first occurrence of `old` in the valid document and decodes it.
    static func decode(replacing old: String = "", with new: String = "") throws -> Investment {
        let text = old.isEmpty ? valid : valid.replacingOccurrences(of: old, with: new)
        return try Investment(jsonData: Data(text.utf8), name: "inv.json")
    }

    @Test func readsThePinnedShapeWithExactMoney() throws {
        let investment = try Self.decode()
        #expect(investment.id == "inv-1" && investment.category == .training && investment.ownerID == "rep-1")
        #expect(investment.costs[0].kind == .oneTime(amount: Decimal(string: "1000.10")!))
        #expect(investment.benefits[0].frequency == .month && investment.benefits[0].units == 1)
        #expect(investment.intangibles.isEmpty && investment.retention == nil)
    }

    @Test func roundTripsThroughJSONWithSchemaVersion() throws {
        let investment = try ROICalculatorTests.fixture("crm-rollout")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(investment)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix(#"{"benefits":[{"attribution":0.5,"change":{"after":2.5,"before":2},"confidence":0.8"#))
        #expect(text.contains(#""schemaVersion":1"#))
        #expect(text.contains(#"{"amount":50,"kind":"perSeatMonthly","name":"Licences"}"#))
        #expect(try Investment(jsonData: data) == investment)
    }

    @Test(arguments: [
        (#""amount": 1000.10"#, #""amount": -5"#, "costs[0].amount", InputError.Code.invalidValue),
        (#""owner": "rep-1""#, #""owner": " ""#, "owner", .missingValue),
        (#""owner": "rep-1","#, "", "owner", .missingValue),
        (#""attribution": 0.5"#, #""attribution": 1.2"#, "benefits[0].attribution", .invalidValue),
        (#""confidence": 0.9"#, #""confidence": -0.1"#, "benefits[0].confidence", .invalidValue),
        (#""seatsUsed": 8"#, #""seatsUsed": 12"#, "seatsUsed", .invalidValue),
        (#""participants": 10"#, #""participants": -1"#, "participants", .invalidValue),
        (#""startsOn": "2025-01-06""#, #""startsOn": "2025-01-06", "endsOn": "2024-12-31""#, "endsOn", .invalidValue),
        (#""kind": "oneTime""#, #""kind": "sometimes""#, "costs[0].kind", .invalidValue),
        (#""schemaVersion": 1"#, #""schemaVersion": 2"#, "schemaVersion", .unsupportedSchemaVersion),
        (#""name": "Workshop","#, "", "name", .invalidJSON),
        (#""amount": 1000.10"#, #""amount": "lots""#, "costs[0].amount", .invalidJSON),
        (#""startsOn": "2025-01-06""#, #""startsOn": "2025-02-30""#, "startsOn", .invalidJSON),
        (#""change": {"before": 1, "after": 1.5}"#, #""change": {}"#, "benefits[0].change", .missingValue),
        (#""id": "inv-1""#, #""id": """#, "id", .missingValue),
        (
            #""participants": 10"#, #""participants": 10, "retention": {"forgotten": 1.5}"#, "retention.forgotten",
            .invalidValue
        ),
        (
            #""participants": 10"#, #""participants": 10, "retention": {"reinforcementDays": [30, 10]}"#,
            "retention.reinforcementDays[1]", .invalidValue
        ),
        (
            #""participants": 10"#, #""participants": 10, "measured": {"nonInducedChurnBefore": 1.2}"#,
            "measured.nonInducedChurnBefore", .invalidValue
        ),
    ])
    func rejectsMalformedInvestmentsNamingTheField(
        old: String, new: String, field: String, code: InputError.Code
    ) {
        #expect {
            _ = try Self.decode(replacing: old, with: new)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.code == code && error.field == field && error.file == "inv.json"
        }
    }

    @Test func errorsNameTheInvestment() {
        #expect {
            _ = try Self.decode(replacing: #""amount": 1000.10"#, with: #""amount": -5"#)
        } throws: { error in
            "\(error)" == "inv.json: field costs[0].amount: investment inv-1: must not be negative, found -5"
        }
    }

    @Test func rejectsNaNAndSeatsWithoutPurchasesInSwift() throws {
        #expect { _ = try CostItem(name: "Fee", kind: .oneTime(amount: .nan)) } throws: {
            ($0 as? ValidationError)?.code == .notFinite
        }
        #expect { _ = try CostItem(name: "App", kind: .perSeatMonthly(amount: 5, months: 0)) } throws: {
            ($0 as? ValidationError)?.field == "months"
        }
        let seat = try CostItem(name: "Seat", kind: .perSeat(amount: 5))
        #expect {
            _ = try Investment(
                id: "x", name: "X", category: .software, ownerID: "rep-1", startsOn: Day(daysSinceEpoch: 0),
                costs: [seat])
        } throws: { error in
            let error = error as? ValidationError
            return error?.field == "seatsBought" && error?.subject == "investment x"
        }
    }

    @Test func rejectsAMissingFile() {
        #expect { _ = try Investment(jsonFile: "/nonexistent/inv.json") } throws: {
            ($0 as? InputError)?.code == .unreadableFile
        }
    }
}
