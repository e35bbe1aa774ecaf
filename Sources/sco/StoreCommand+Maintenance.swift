import Foundation
import SalesCompetency

extension StoreCommand {
    /// `verify` and `repair`; `false` for any other subcommand.
    static func runMaintenance(_ subcommand: String, directory: String, arguments: inout Arguments) throws -> Bool {
        false
    }
}
