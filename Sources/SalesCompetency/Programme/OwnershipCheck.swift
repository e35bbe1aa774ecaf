/// Checks that every investment has an owner set up to succeed: one accountable person who does not carry a
/// quota, has sales experience, is not stretched over several live programmes and is not the vendor, and an
/// investment with a goal that can be measured.
///
/// ```swift
/// let findings = OwnershipCheck(roster: roster, asOf: today).findings(for: investments)
/// for finding in findings { print(finding.message) }
/// ```
public struct OwnershipCheck: Hashable, Sendable {
    /// The people, with their roles and employment; `nil` skips the checks that need them (on the roster, has
    /// left, quota, sales role).
    public var roster: Roster?
    /// The day that decides which programmes are live and who has left.
    public var asOf: Day
    /// What is expected of an owner.
    public var policy: OwnershipPolicy

    /// Creates a check.
    ///
    /// - Parameters:
    ///   - roster: The people; `nil` skips the checks that need them.
    ///   - asOf: The day that decides which programmes are live.
    ///   - policy: What is expected of an owner; default ``OwnershipPolicy/default``.
    public init(roster: Roster?, asOf: Day, policy: OwnershipPolicy = .default) {
        self.roster = roster
        self.asOf = asOf
        self.policy = policy
    }

    /// Whether an investment is live on ``asOf``: started, and not ended before it (open-ended ones stay live).
    ///
    /// - Parameter investment: The investment.
    /// - Returns: `true` when it runs on ``asOf``.
    public func isLive(_ investment: Investment) -> Bool {
        investment.startsOn <= asOf && (investment.endsOn.map { $0 >= asOf } ?? true)
    }

    /// The findings for `investments`, in their order and, within one, in the order of
    /// ``OwnershipFinding/Kind``; live programmes are counted over all of `portfolio` (the investments
    /// themselves when not given).
    ///
    /// - Parameters:
    ///   - investments: The investments to check.
    ///   - portfolio: Every investment, to count each owner's live programmes; default `investments`.
    /// - Returns: The findings; empty when every owner is set up to succeed.
    /// - Complexity: O(i + p) for i investments and p in the portfolio.
    public func findings(for investments: [Investment], portfolio: [Investment]? = nil) -> [OwnershipFinding] {
        var live: [Rep.ID: [Investment.ID]] = [:]
        var counted: Set<Investment.ID> = []
        for investment in (portfolio ?? []) + investments where isLive(investment) {
            guard counted.insert(investment.id).inserted else { continue }
            live[investment.ownerID, default: []].append(investment.id)
        }
        return investments.flatMap { findings(for: $0, live: live[$0.ownerID] ?? []) }
    }

    private func findings(for investment: Investment, live: [Investment.ID]) -> [OwnershipFinding] {
        let owner = investment.ownerID
        var found: [OwnershipFinding] = []
        func add(_ kind: OwnershipFinding.Kind, _ message: String) {
            found.append(OwnershipFinding(investmentID: investment.id, ownerID: owner, kind: kind, message: message))
        }
        let name = "\(investment.name) (\(investment.id))"
        if let roster, let rep = roster[owner] {
            if let left = rep.leftOn, left < asOf {
                add(.ownerHasLeft, "\(name): the owner \(owner) left on \(left); name a new owner.")
            }
            if policy.quotaCarryingRoles.contains(rep.primaryRoleID) {
                add(
                    .ownerCarriesQuota,
                    "\(name): the owner \(owner) is a \(rep.primaryRoleID), a role that carries a quota; their own "
                        + "numbers will come first.")
            }
            if !rep.roleIDs.contains(where: policy.salesRoles.contains) {
                let roles = rep.roleIDs.map(\.rawValue).joined(separator: ", ")
                add(
                    .ownerWithoutSalesRole,
                    "\(name): the owner \(owner) has held no sales role (\(roles)); the owner needs sales "
                        + "experience to make the programme stick.")
            }
        } else if roster != nil {
            add(
                .ownerNotOnRoster,
                "\(name): the owner \(owner) is not on the roster, so quota, sales experience and tenure cannot be "
                    + "checked.")
        }
        if live.count > policy.maximumLiveProgrammes {
            add(
                .ownerOverstretched,
                "\(name): the owner \(owner) owns \(live.count) live programmes on \(asOf) ("
                    + live.map(\.rawValue).joined(separator: ", ") + "), more than \(policy.maximumLiveProgrammes).")
        }
        if policy.vendorContactIDs.contains(owner) {
            add(
                .ownerIsVendorContact,
                "\(name): the owner \(owner) is the vendor's contact; the vendor cannot answer for its own "
                    + "programme's results.")
        }
        if investment.benefits.isEmpty && !(investment.measured?.hasAnyValue ?? false) {
            add(
                .noMeasurableGoal,
                "\(name) has no measurable goal: no monetised benefit and no measured value; say what it should "
                    + "change (win rate, cycle length, churn, retention) and by how much.")
        }
        return found
    }
}

extension GoalMeasurements {
    /// Whether any measurement is given.
    var hasAnyValue: Bool {
        [
            retentionAfterOneYear, nonInducedChurnBefore, nonInducedChurnAfter, salesCycleDaysBefore,
            salesCycleDaysAfter,
        ].contains { $0 != nil }
    }
}
