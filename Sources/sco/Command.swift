/// A subcommand of `sco`.
protocol Command {
    /// The word after `sco`.
    static var name: String { get }
    /// One line for `sco --help`.
    static var summary: String { get }
    /// The full `--help` text.
    static var help: String { get }
    /// Runs the command with its arguments.
    static func run(_ arguments: inout Arguments) throws
}
