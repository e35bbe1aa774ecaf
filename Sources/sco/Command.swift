/// A subcommand of `sco`.
protocol Command {
    /// The word after `sco`.
    static var name: String { get }
    /// One line for `sco --help`.
    static var summary: String { get }
    /// The full `--help` text.
    static var help: String { get }
    /// The formats of each form of the command that prints a result: `("", …)` for the command itself,
    /// `("import", …)` for `sco store import`. The README's formats table lists exactly these.
    static var formats: [(form: String, choice: FormatChoice)] { get }
    /// Runs the command with its arguments.
    static func run(_ arguments: inout Arguments) async throws
}
