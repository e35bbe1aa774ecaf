// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension RoleExpertiseMap {
    /// Table A-1 of the World-Class Sales Competency Model, row by row: each area of expertise with the roles marked for it.
    static let tableA1Rows: [(area: AreaOfExpertise.ID, roles: [Role.ID])] = [
        ("creating-and-closing-opportunities", ["consultant", "analyst"]),
        ("protecting-accounts", ["consultant", "administrator"]),  // the table says "Managing Accounts"
        ("defining-and-positioning-solutions", ["consultant"]),
        ("supporting-indirect-selling", ["consultant", "manager", "administrator"]),
        ("setting-sales-strategy", ["consultant", "strategist"]),
        ("managing-within-the-sales-ecosystem", ["consultant", "manager"]),
        ("developing-sales-force-capability", ["consultant", "developer", "analyst"]),
        ("delivering-sales-training", ["consultant", "developer"]),
        ("coaching-for-sales-results", ["consultant", "developer", "manager"]),
        ("building-sales-infrastructure", ["consultant", "developer"]),
        ("designing-compensation", ["consultant", "strategist", "analyst"]),
        ("maintaining-accounts", ["consultant", "analyst", "administrator"]),
        ("recruiting-sales-talent", ["consultant", "manager", "analyst"]),
    ]
}
