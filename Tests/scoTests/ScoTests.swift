import Foundation
import SalesCompetency
import TestSupport
import Testing

@testable import sco

/// The tool as a whole, run in-process: the version flag, the exit statuses the README documents, and outputs
/// that are never inputs.
struct ScoTests {
    @Test func versionExitsZero() async {
        #expect(await Sco.main(["--version"]) == Sco.Status.success)
        #expect(await Sco.main(["--version", "extra"]) == Sco.Status.usage)
        #expect(Sco.version.split(separator: ".").count == 3)
    }

    @Test func exitStatusesFollowTheReadme() async throws {
        let folder = try ScratchFolder.make("sco")
        let broken = folder.appending(path: "broken.json").path
        try Data("{".utf8).write(to: URL(fileURLWithPath: broken))
        #expect(await Sco.main(["no-such-command"]) == Sco.Status.usage)
        #expect(await Sco.main(["dictionary", "--format", "yaml"]) == Sco.Status.usage)
        #expect(await Sco.main(["dictionary", "--input", broken]) == Sco.Status.failure)
        let missingFolder = folder.appending(path: "no-such-folder/out.json").path
        #expect(
            await Sco.main(["dictionary", "--format", "json", "--output", missingFolder]) == Sco.Status.cannotWrite)
        #expect(await Sco.main(["roi", "--benefits", "10", "--costs", "5", "--output", missingFolder]) == 3)
        #expect(!FileManager.default.fileExists(atPath: missingFolder))
        let readme = try String(contentsOf: ReadmeFormatsTests.root.appending(path: "README.md"), encoding: .utf8)
        #expect(readme.contains("`3` the output cannot be written"))
    }

    @Test func cannotWriteIsOneErrorWhateverTheWriter() throws {
        let output = Output(path: "/no-such-folder-\(UUID().uuidString)/out.csv")
        #expect(throws: WriteFailure.self) { try output.write("a\n") }
        #expect(throws: WriteFailure.self) { try output.write { try Data("a\n".utf8).withUnsafeBytes($0) } }
        #expect(throws: WriteFailure.self) { try output.checkWritable() }
        #expect(Sco.status(for: WriteFailure(path: "x", reason: "disk full")) == Sco.Status.cannotWrite)
    }

    @Test func anOutputThatIsAnInputIsRefusedAndTheFileKept() async throws {
        let folder = try ScratchFolder.make("sco")
        let map = folder.appending(path: "map.json").path
        #expect(await Sco.main(["mapping", "--format", "json", "--output", map]) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: map))
        #expect(await Sco.main(["mapping", "--input", map, "--format", "csv", "--output", map]) == Sco.Status.usage)
        let link = folder.appending(path: "link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: map)
        #expect(await Sco.main(["mapping", "--input", link, "--format", "csv", "--output", map]) == Sco.Status.usage)
        #expect(try Data(contentsOf: URL(fileURLWithPath: map)) == before)
    }

    @Test func everyCommandHasHelpAndAKnownName() async {
        let names = Sco.commands.map { $0.name }
        #expect(Set(names).count == names.count)
        for command in Sco.commands {
            let help = command.help
            #expect(help.contains("sco \(command.name)"), "\(command.name)")
        }
        for name in names {
            let status = await Sco.main([name, "--help"])
            #expect(status == 0, "\(name)")
        }
    }
}
