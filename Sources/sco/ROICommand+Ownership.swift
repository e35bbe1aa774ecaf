import Foundation
import SalesCompetency

extension ROICommand {
    /// The ownership options of `sco roi --input`, read before the other options are checked.
    struct OwnershipOptions {
        var rosterPath: String?
        var portfolioPaths: [String] = []
        var maximumLiveProgrammes: Int?
        var vendorContacts: [String] = []
        var effective: Day?

        static let help = """
            Ownership (with --input): every report ends with the ownership check of the investment's one owner:
            on the roster in a quota-carrying role (consultant), no sales role ever held, more than N live
            programmes owned on the day of --effective (default today), marked as the vendor's contact, left or
            not on the roster, and an investment without a measurable goal (no monetised benefit, no measured
            value). Each finding is one plain sentence.
              --roster FILE              the roster (rep_id,role,...); without it the roster checks are skipped
              --portfolio FILE,FILE      the other investments (JSON), to count the owner's live programmes
              --max-live-programmes N    the most live programmes one owner should have [2]
              --vendor-contacts ID,ID    people marked as a vendor's contact
              --effective YYYY-MM-DD     the day that decides which programmes are live [today]
            """

        init(_ arguments: inout Arguments) throws {
            rosterPath = try arguments.input("--roster")
            portfolioPaths = try arguments.inputs("--portfolio")
            maximumLiveProgrammes = try arguments.wholeNumber("--max-live-programmes")
            vendorContacts = try arguments.option("--vendor-contacts").map(Arguments.list) ?? []
            effective = try arguments.day("--effective")
        }

        var isEmpty: Bool {
            rosterPath == nil && portfolioPaths.isEmpty && maximumLiveProgrammes == nil && vendorContacts.isEmpty
                && effective == nil
        }

        /// The findings for `investment`.
        func findings(for investment: Investment) throws -> [OwnershipFinding] {
            let roster = try rosterPath.map { try Roster(csvFile: $0) }
            let portfolio = try portfolioPaths.map { try Investment(jsonFile: $0) }
            var policy = OwnershipPolicy.default
            do {
                if let maximumLiveProgrammes {
                    policy = try OwnershipPolicy(maximumLiveProgrammes: maximumLiveProgrammes)
                }
            } catch let error as ValidationError {
                throw UsageError("option --max-live-programmes: \(error.message)")
            }
            policy.vendorContactIDs = Set(vendorContacts.map { Rep.ID(rawValue: $0) })
            let day = effective ?? Day(SystemClock().now, in: TimeZone(identifier: "UTC")!)
            return OwnershipCheck(roster: roster, asOf: day, policy: policy)
                .findings(for: [investment], portfolio: portfolio)
        }
    }

    /// The findings as text after the report.
    static func ownershipText(_ findings: [OwnershipFinding]) -> String {
        guard !findings.isEmpty else {
            return "\nOwnership: one owner set up to succeed, and a measurable goal.\n"
        }
        return "\nOwnership:\n" + findings.map { "  \(TextTable.printable($0.message))\n" }.joined()
    }
}
