import Foundation
import SalesCompetency
import Testing

struct OpportunityTests {
    let jan10 = OutcomesFixtures.day("2017-01-10")
    let mar1 = OutcomesFixtures.day("2017-03-01")

    @Test func cycleDaysCountFromOpenToClose() throws {
        // 2017-01-10 → 2017-01-31 is 21 days, → 2017-02-28 is 49, → 2017-03-01 is 50.
        let deal = try Opportunity(id: "o-1", ownerID: "rep-1", opened: jan10, closed: mar1, outcome: .won, value: 10)
        #expect(deal.cycleDays == 50)
        let open = try Opportunity(id: "o-2", ownerID: "rep-1", opened: jan10, closed: mar1, outcome: .open, value: 0)
        #expect(open.cycleDays == nil && !open.isClosed)
    }

    @Test func rejectsACloseBeforeTheOpenNamingTheID() {
        #expect {
            try Opportunity(id: "o-7", ownerID: "rep-1", opened: mar1, closed: jan10, outcome: .lost, value: 0)
        } throws: { error in
            let error = error as? ValidationError
            return error?.code == .outOfOrder && error?.description.contains("opportunity o-7") == true
        }
    }

    @Test func rejectsNegativeAndNaNValues() {
        #expect(throws: ValidationError.self) {
            try Opportunity(id: "o-1", ownerID: "rep-1", opened: nil, closed: mar1, outcome: .won, value: -1)
        }
        #expect(throws: ValidationError.self) {
            try Opportunity(id: "o-1", ownerID: "rep-1", opened: nil, closed: mar1, outcome: .won, value: .nan)
        }
    }

    @Test func rejectsAClosedDealWithoutACloseDay() {
        #expect {
            try Opportunity(id: "o-1", ownerID: "rep-1", opened: jan10, closed: nil, outcome: .won, value: 1)
        } throws: { ($0 as? ValidationError)?.code == .missingValue }
    }

    @Test func encodesThePinnedShape() throws {
        let deal = try Opportunity(
            id: "o-1", ownerID: "rep-1", accountID: "acme", opened: jan10, closed: mar1, outcome: .won, value: 12.5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(deal), as: UTF8.self)
        #expect(
            json == #"{"account":"acme","closed":"2017-03-01","id":"o-1","opened":"2017-01-10","outcome":"won","#
                + #""owner":"rep-1","value":12.5}"#)
        #expect(try JSONDecoder().decode(Opportunity.self, from: Data(json.utf8)) == deal)
    }

    @Test func decodingChecksTheInvariants() {
        let json = #"{"id":"o-1","owner":"r","opened":"2017-03-01","closed":"2017-01-10","outcome":"won","value":1}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Opportunity.self, from: Data(json.utf8)) }
    }
}
