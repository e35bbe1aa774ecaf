import Foundation
import SalesCompetency
import TestSupport
import Testing

@testable import sco

/// `--output` names a file to replace atomically, or something to write in place: a symbolic link keeps pointing
/// at the file it names, and a pipe stays a pipe (both used to be replaced by a regular file, and so would
/// `/dev/null` when run as root).
struct OutputTargetTests {
    static func kind(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
    }

    @Test func pathsAreSortedIntoFilesAndStreams() throws {
        let folder = try ScratchFolder.make("output-target")
        let file = folder.appendingPathComponent("report.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        let link = folder.appendingPathComponent("latest.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "report.json")
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let resolvedFile = try #require(realpath(file, nil))
        defer { free(resolvedFile) }

        #expect(try OutputTarget(file) == .file(String(cString: resolvedFile)))
        #expect(try OutputTarget(link) == .file(String(cString: resolvedFile)))
        #expect(try OutputTarget(folder.appendingPathComponent("new.json").path) == .file(folder.path + "/new.json"))
        #expect(try OutputTarget(pipe) == .stream(pipe))
        #expect(throws: WriteFailure(path: folder.path, reason: "it is a folder")) { try OutputTarget(folder.path) }
        // Only looked at, never written: a device is written in place, a descriptor's alias goes to the descriptor.
        #expect(try OutputTarget("/dev/null") == .stream("/dev/null"))
        #expect(try OutputTarget("/dev/stderr") == .descriptor(2))
        #expect(try OutputTarget("/proc/self/fd/2") == .descriptor(2) && OutputTarget("/dev/fd/7") == .descriptor(7))
        // Links in a loop are an error, as for a shell's `>`, and not replaced by a file.
        let loop = (folder.appendingPathComponent("a").path, folder.appendingPathComponent("b").path)
        try FileManager.default.createSymbolicLink(atPath: loop.0, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: loop.1, withDestinationPath: "a")
        #expect(throws: WriteFailure(path: loop.0, errno: ELOOP)) { try OutputTarget(loop.0) }
        #expect(Output(path: "/dev/stdout").path == nil && Output(path: "/dev/fd/1").path == nil)
    }

    @Test func aLinkStaysALinkAndItsFileIsReplaced() async throws {
        let folder = try ScratchFolder.make("output-link")
        let file = folder.appendingPathComponent("dictionary.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        let link = folder.appendingPathComponent("latest.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "dictionary.json")
        let printed = await ConsoleTests.run(["dictionary", "--format", "json"])
        let written = await ConsoleTests.run(["dictionary", "--format", "json", "--output", link])
        #expect(written.status == 0 && written.out.isEmpty, "\(written.err)")
        #expect(Self.kind(link) == .typeSymbolicLink)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == printed.out)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "dictionary.json", "latest.json",
            ])

        // The bytes path (`sco score --format csv`) follows the link the same way, here to a file not there yet.
        func input(_ name: String, _ text: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let words = [
            "score", "--format", "csv",
            "--roster", try input("roster.csv", "rep_id,role\nr1,consultant\n"),
            "--rules",
            try input(
                "rules.csv",
                "task_id,competency_id,role,monthly_target,weight\ncalls,communicating-effectively,consultant,10,1\n"),
            "--activities", try input("activities.csv", "rep_id,task_id,occurred_on,quantity\nr1,calls,2025-03-04,7\n"),
        ]
        let scores = folder.appendingPathComponent("scores.csv").path
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("current.csv").path,
            withDestinationPath: scores)
        let scored = await ConsoleTests.run(words + ["--output", folder.appendingPathComponent("current.csv").path])
        #expect(scored.status == 0, "\(scored.err)")
        #expect(Self.kind(folder.appendingPathComponent("current.csv").path) == .typeSymbolicLink)
        #expect(
            try String(contentsOfFile: scores, encoding: .utf8)
                == "rep_id,period,competency_id,score,status\nr1,2025-03,communicating-effectively,0.700000,amber\n")
    }

    @Test func aPipeIsWrittenInPlaceAndStaysAPipe() async throws {
        let folder = try ScratchFolder.make("output-pipe")
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // The reader opens the pipe on a thread of its own: opening a pipe waits for the other end.
        let received = Locked(Data())
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: pipe) {
                let data = handle.readDataToEndOfFile()
                received.withLock { $0 = data }
            }
        }
        reader.start()
        let printed = await ConsoleTests.run(["dictionary", "--format", "json"])
        let written = await ConsoleTests.run(["dictionary", "--format", "json", "--output", pipe])
        #expect(written.status == 0, "\(written.err)")
        // Had the pipe been replaced, the reader would wait forever: give up after 20 s rather than hang the run.
        for _ in 0..<4_000 where !reader.isFinished { try await Task.sleep(for: .milliseconds(5)) }
        #expect(reader.isFinished, "the reader never got to the end of the pipe")
        #expect(String(decoding: received.withLock { $0 }, as: UTF8.self) == printed.out)
        var info = stat()
        #expect(stat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func standardOutputByNameAndAFolderByMistake() async throws {
        let printed = await ConsoleTests.run(["dictionary"])
        let named = await ConsoleTests.run(["dictionary", "--output", "/dev/stdout"])
        #expect(named.status == 0 && named.out == printed.out && !printed.out.isEmpty)
        let folder = try ScratchFolder.make("output-folder")
        let refused = await ConsoleTests.run(["dictionary", "--output", folder.path])
        #expect(refused.status == 3)
        #expect(refused.err == "sco: cannot write \(folder.path): it is a folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// The replacement keeps the file's permissions (a private report stays private), and nothing else is left
    /// in the folder.
    @Test func aReplacedFileKeepsItsPermissions() async throws {
        let folder = try ScratchFolder.make("output-mode")
        let file = folder.appendingPathComponent("private.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        #expect(chmod(file, 0o600) == 0)
        let written = await ConsoleTests.run(["dictionary", "--format", "json", "--output", file])
        #expect(written.status == 0, "\(written.err)")
        var info = stat()
        #expect(stat(file, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["private.json"])
    }

    /// A read-only file is refused and left as it was, as a shell's `>` refuses it (root may write any file, so
    /// this runs only for other users).
    @Test(.enabled(if: getuid() != 0)) func aReadOnlyFileIsRefused() async throws {
        let folder = try ScratchFolder.make("output-read-only")
        let file = folder.appendingPathComponent("frozen.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        #expect(chmod(file, 0o444) == 0)
        let refused = await ConsoleTests.run(["dictionary", "--format", "json", "--output", file])
        #expect(refused.status == 3 && refused.err == "sco: cannot write \(file): Permission denied\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "old")
    }
}
