import Foundation
import SalesCompetency
import Testing

struct WalletShareTests {
    @Test func wonValueOverTotalSpendPerAccount() throws {
        let metrics = OutcomeMetrics(try OutcomesFixtures.deals())
        let share = try WalletShare(metrics, accountTotals: ["Acme": 5000, "Beta": 4000, "Gamma": 0, "Delta": 1000])
        // Acme: A1 1000 + A2 500 won (B3 lost, B4 open) = 1500 / 5000. Beta: B1 2000 / 4000. Gamma: 420 / 0.
        #expect(share.shares["Acme"] == 0.3 && share.shares["Beta"] == 0.5 && share.shares["Delta"] == 0)
        #expect(share.accounts["Gamma"]?.wonValue == 420 && share.shares["Gamma"] == .some(nil))
        #expect(share.overall == 0.392)  // (1500 + 2000 + 420 + 0) / 10000
        #expect(share.accounts["Unknown"] == nil)
    }

    @Test func aRangeLimitsTheWonDeals() throws {
        let range = try PeriodRange(.month(2017, 4), through: .month(2017, 4))
        let share = try WalletShare(
            OutcomeMetrics(try OutcomesFixtures.deals(), range: range), accountTotals: ["Acme": 100])
        #expect(share.accounts["Acme"]?.wonValue == 0)  // Acme's wins closed in March
    }

    @Test func rejectsNegativeTotals() {
        #expect {
            try WalletShare(OutcomeMetrics([]), accountTotals: ["Acme": -1])
        } throws: { error in
            let error = error as? ValidationError
            return error?.code == .negativeValue && error?.subject == "account Acme"
        }
    }

    @Test func encodesAccountsAsAnObject() throws {
        let share = try WalletShare(OutcomeMetrics(try OutcomesFixtures.deals()), accountTotals: ["Beta": 4000])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(share), as: UTF8.self)
                == #"{"accounts":{"Beta":{"totalSpend":4000,"wonValue":2000}}}"#)
    }
}
