/// What the ownership check expects of an investment's one accountable owner: not carrying a quota, some sales
/// experience, not stretched over too many live programmes, not the vendor's contact.
///
/// ```swift
/// var policy = OwnershipPolicy.default          // at most 2 live programmes each
/// policy.maximumLiveProgrammes = 3
/// policy.vendorContactIDs = ["acme-trainer"]
/// ```
public struct OwnershipPolicy: Hashable, Sendable, Codable {
    /// The roles that carry a sales quota; an owner whose primary role is one of them is flagged. Default
    /// `consultant` (account executives and account managers).
    public var quotaCarryingRoles: Set<Role.ID>
    /// The roles that count as sales experience; an owner who holds none of them is flagged. Default the six
    /// roles of the built-in model.
    public var salesRoles: Set<Role.ID>
    /// The most live programmes one person should own; owning more is flagged. Default 2.
    public var maximumLiveProgrammes: Int
    /// People marked as a vendor's contact (the training company's account manager or trainer); such an owner
    /// is flagged, since the vendor cannot be accountable for its own programme.
    public var vendorContactIDs: Set<Rep.ID>

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - quotaCarryingRoles: The roles that carry a quota.
    ///   - salesRoles: The roles that count as sales experience.
    ///   - maximumLiveProgrammes: The most live programmes per owner, at least 1.
    ///   - vendorContactIDs: People marked as a vendor's contact.
    /// - Throws: ``ValidationError`` with code `.outOfRange` naming `maximumLiveProgrammes` when below 1.
    public init(
        quotaCarryingRoles: Set<Role.ID> = ["consultant"],
        salesRoles: Set<Role.ID> = Set(CompetencyDictionary.builtIn.roles.map(\.id)), maximumLiveProgrammes: Int = 2,
        vendorContactIDs: Set<Rep.ID> = []
    ) throws {
        guard maximumLiveProgrammes >= 1 else {
            throw ValidationError(
                .outOfRange, subject: "ownership policy", field: "maximumLiveProgrammes",
                message: "must be at least 1, found \(maximumLiveProgrammes)")
        }
        self.quotaCarryingRoles = quotaCarryingRoles
        self.salesRoles = salesRoles
        self.maximumLiveProgrammes = maximumLiveProgrammes
        self.vendorContactIDs = vendorContactIDs
    }

    /// Quota carried by consultants, the built-in roles as sales experience, at most 2 live programmes each, no
    /// vendor contacts known.
    public static let `default` = try! OwnershipPolicy()
}
