import Foundation
import SalesCompetency
import TestSupport
import Testing

@testable import sco

/// `sco` run in-process with its output captured: what a person would see on the terminal.
struct ConsoleTests {
    /// Runs `sco` with `words` and returns the status, standard output and standard error.
    static func run(_ words: [String]) async -> (status: Int32, out: String, err: String) {
        let out = Locked("")
        let err = Locked("")
        let console = Console(
            out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } })
        let status = await Console.$current.withValue(console) { await Sco.main(words) }
        return (status, out.withLock { $0 }, err.withLock { $0 })
    }

    @Test func theVersionAndErrorsArePrintedAsOneLine() async {
        let version = await Self.run(["--version"])
        #expect(version == (0, "sco \(Sco.version)\n", ""))
        let unknown = await Self.run(["dictionary", "--format", String(repeating: "y", count: 300)])
        #expect(unknown.status == 2 && unknown.out.isEmpty)
        #expect(unknown.err.hasPrefix("sco: --format must be one of table|json|csv, found \"yyy"))
        #expect(unknown.err.hasSuffix("…\" (see sco dictionary --help)\n"))
        #expect(unknown.err.count < 200)
    }

    @Test func aReportGoesToTheConsoleWithItsDiagnosticsApart() async throws {
        let folder = try ScratchFolder.make("sco")
        func file(_ name: String, _ text: String) throws -> String {
            let path = folder.appending(path: name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let roster = try file("roster.csv", "rep_id,role\nr1,consultant\n")
        let rules = try file(
            "rules.csv",
            "task_id,competency_id,role,monthly_target,weight\ncalls,communicating-effectively,consultant,10,1\n")
        let activities = try file("activities.csv", "rep_id,task_id,occurred_on,quantity\nr1,calls,2025-03-04,7\n")
        let run = await Self.run([
            "score", "--activities", activities, "--roster", roster, "--rules", rules, "--format", "csv",
        ])
        #expect(run.status == 0)
        #expect(
            run.out == "rep_id,period,competency_id,score,status\nr1,2025-03,communicating-effectively,0.700000,amber\n"
        )
        #expect(run.err.hasPrefix("sco score: 1 rows read"))
    }
}
