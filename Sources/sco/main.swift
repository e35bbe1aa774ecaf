import Foundation
import SalesCompetency

/// Every subcommand, in the order `sco --help` lists them.
let commands: [any Command.Type] = [
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

let usage = """
    sco: the Sales Competency Officer's command-line tool.

    Usage: sco <command> [options]

    Commands:
    \(commands.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0))\($0.summary)" }
        .joined(separator: "\n"))

    Every command takes --help; the ones that print results take --format and --output FILE (see their --help).
    """

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("sco: \(TextTable.printable(message))\n".utf8))
    exit(status)
}

let words = Array(CommandLine.arguments.dropFirst())
guard let name = words.first, name != "--help", name != "-h", name != "help" else {
    print(usage)
    exit(words.isEmpty ? 2 : 0)
}
guard let command = commands.first(where: { $0.name == name }) else {
    fail("unknown command \"\(name)\"; run sco --help", status: 2)
}
var arguments = Arguments(Array(words.dropFirst()))
if arguments.wantsHelp {
    print(command.help)
    exit(0)
}
do {
    try command.run(&arguments)
} catch let error as UsageError {
    fail("\(error.description) (see sco \(command.name) --help)", status: 2)
} catch {
    fail(String(describing: error), status: 1)
}
