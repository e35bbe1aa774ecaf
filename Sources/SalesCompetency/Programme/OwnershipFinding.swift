/// One thing the ownership check found wrong with an investment or its owner, in plain words.
public struct OwnershipFinding: Hashable, Sendable, Codable {
    /// What kind of problem it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The owner is not on the roster, so nothing else about them can be checked.
        case ownerNotOnRoster = "owner-not-on-roster"
        /// The owner has left the organisation.
        case ownerHasLeft = "owner-has-left"
        /// The owner's primary role carries a sales quota.
        case ownerCarriesQuota = "owner-carries-quota"
        /// The owner owns more live programmes than the policy allows.
        case ownerOverstretched = "owner-overstretched"
        /// None of the owner's roles is a sales role.
        case ownerWithoutSalesRole = "owner-without-sales-role"
        /// The owner is marked as the vendor's contact.
        case ownerIsVendorContact = "owner-is-vendor-contact"
        /// The investment has neither a monetised benefit nor a measured goal.
        case noMeasurableGoal = "no-measurable-goal"
    }

    /// The investment.
    public var investmentID: Investment.ID
    /// Its owner.
    public var ownerID: Rep.ID
    /// What kind of problem it is.
    public var kind: Kind
    /// The finding in a sentence, naming the people and numbers involved.
    public var message: String
}
