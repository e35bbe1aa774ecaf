public import Foundation

/// Wallet share: the part of an account's total spend in a category that the company won.
///
/// share = won value with the account ÷ the account's total spend, for each account whose total is given
/// (a ``OutcomeMetrics`` range limits the won deals to that range; give totals for the same span). A share
/// above 1 means the total understates the spend and is reported as is. An account with a total of 0 has no
/// share (`nil`). The overall share is the won value with all accounts that have a total ÷ the sum of their
/// totals.
///
/// ```swift
/// let share = try WalletShare(metrics, accountTotals: ["Cancity": 100_000])
/// share.shares["Cancity"]   // 0.42
/// ```
public struct WalletShare: Hashable, Sendable, Codable {
    /// The figures of one account.
    public struct Account: Hashable, Sendable, Codable {
        /// The won value with the account.
        public let wonValue: Decimal
        /// The account's total spend, as given.
        public let totalSpend: Decimal
        /// wonValue ÷ totalSpend, or `nil` when the total is 0.
        public var share: Double? {
            totalSpend == 0 ? nil : NSDecimalNumber(decimal: wonValue / totalSpend).doubleValue
        }

        /// Creates an account's figures.
        ///
        /// - Parameters:
        ///   - wonValue: The won value with the account.
        ///   - totalSpend: The account's total spend.
        public init(wonValue: Decimal, totalSpend: Decimal) {
            self.wonValue = wonValue
            self.totalSpend = totalSpend
        }
    }

    /// The figures per account that has a total.
    public let accounts: [Opportunity.AccountID: Account]

    /// The share of each account, `nil` for a total of 0.
    public var shares: [Opportunity.AccountID: Double?] { accounts.mapValues(\.share) }

    /// The won value with all accounts that have a total ÷ the sum of their totals, or `nil` when the sum is 0.
    ///
    /// - Complexity: O(n).
    public var overall: Double? {
        let won = accounts.values.reduce(Decimal.zero) { $0 + $1.wonValue }
        let total = accounts.values.reduce(Decimal.zero) { $0 + $1.totalSpend }
        return total == 0 ? nil : NSDecimalNumber(decimal: won / total).doubleValue
    }

    /// Works out the wallet share of each account with a total.
    ///
    /// - Parameters:
    ///   - metrics: The deals and range; won deals in the range count.
    ///   - accountTotals: The total spend of each account.
    /// - Throws: ``ValidationError`` naming the account: `.negativeValue` for a negative total, `.invalidValue`
    ///   for NaN.
    /// - Complexity: O(n) in the number of deals.
    public init(_ metrics: OutcomeMetrics, accountTotals: [Opportunity.AccountID: Decimal]) throws {
        for (account, total) in accountTotals.sorted(by: { $0.key < $1.key }) {
            if total.isNaN {
                throw ValidationError(
                    .outOfRange, subject: "account \(account)", field: "totalSpend", message: "not a number")
            }
            if total < 0 {
                throw ValidationError(
                    .negativeValue, subject: "account \(account)", field: "totalSpend",
                    message: "total spend \(total) is negative")
            }
        }
        var won: [Opportunity.AccountID: Decimal] = [:]
        for deal in metrics.opportunities where deal.outcome == .won && metrics.period(of: deal) != nil {
            if let account = deal.accountID, accountTotals[account] != nil { won[account, default: 0] += deal.value }
        }
        accounts = accountTotals.reduce(into: [:]) { result, entry in
            result[entry.key] = Account(wonValue: won[entry.key] ?? 0, totalSpend: entry.value)
        }
    }
}
