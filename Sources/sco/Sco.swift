import Foundation
import SalesCompetency

/// The `sco` tool: finds the command, runs it, and turns its errors into one line and an exit status.
///
/// Everything runs in-process, so tests call ``run(_:)`` and ``status(for:)`` directly.
enum Sco {
    /// The tool's version, printed by `sco --version`.
    static let version = "1.0.0"

    /// Every subcommand, in the order `sco --help` lists them.
    static var commands: [any Command.Type] {
        [
            DictionaryCommand.self,
            MappingCommand.self,
            ScoreCommand.self,
            SQLCommand.self,
            MergeCommand.self,
            ActivitiesCommand.self,
            OutcomesCommand.self,
            ImpactCommand.self,
            ROICommand.self,
            RetentionCommand.self,
            CalendarCommand.self,
            ReviewCommand.self,
            StoreCommand.self,
            DemoCommand.self,
        ]
    }

    /// The exit statuses, as the README documents them.
    enum Status {
        static let success: Int32 = 0
        /// Bad input or a failed check.
        static let failure: Int32 = 1
        /// A usage error: an unknown command or option, a missing or malformed argument, an output that is
        /// also an input.
        static let usage: Int32 = 2
        /// The output cannot be written; what it held before is left as it was.
        static let cannotWrite: Int32 = 3
    }

    static var usage: String {
        """
        sco \(version): the Sales Competency Officer's command-line tool.

        Usage: sco <command> [options]
               sco --version

        Commands:
        \(commands.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0))\($0.summary)" }
            .joined(separator: "\n"))

        Every command takes --help; the ones that print results take --format and --output FILE (written
        atomically; never one of the inputs). Exit status: 0 success, 1 bad input or a failed check, 2 a usage
        error, 3 the output cannot be written.
        """
    }

    /// Runs the command line `words` (without the program name) and returns the exit status; the result goes
    /// to standard output or `--output`, an error to standard error as one line.
    static func main(_ words: [String]) async -> Int32 {
        do {
            try await run(words)
            return Status.success
        } catch {
            let command = words.first.flatMap { name in commands.first { $0.name == name } }
            var message = String(describing: error)
            if error is UsageError, let command { message += " (see sco \(command.name) --help)" }
            Console.note("sco: \(TextTable.printable(message))")
            return status(for: error)
        }
    }

    /// Runs the command line `words`, throwing what the command throws.
    static func run(_ words: [String]) async throws {
        guard let name = words.first, !["--help", "-h", "help"].contains(name) else {
            Console.line(usage)
            if words.isEmpty { throw UsageError("give a command") }
            return
        }
        if name == "--version" {
            guard words.count == 1 else { throw UsageError("--version takes no arguments") }
            Console.line("sco \(version)")
            return
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            throw UsageError("unknown command \(ErrorText.quoted(name)); run sco --help")
        }
        var arguments = Arguments(Array(words.dropFirst()))
        if arguments.wantsHelp {
            Console.line(command.help)
            return
        }
        try await command.run(&arguments)
    }

    /// The exit status for an error a command threw.
    static func status(for error: any Error) -> Int32 {
        switch error {
        case is UsageError: Status.usage
        case is WriteFailure: Status.cannotWrite
        default: Status.failure
        }
    }
}
