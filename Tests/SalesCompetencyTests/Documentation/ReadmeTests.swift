import Foundation
import Testing

/// Keeps the code in the README and the Getting Started article honest: every Swift snippet must appear, line
/// for line, in an example program (which CI builds and runs), and every example the README links must be an
/// executable target of the package.
struct ReadmeTests {
    /// The repository root, found from this file's path (Tests/SalesCompetencyTests/Documentation/…).
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appending(path: path), encoding: .utf8)
    }

    /// The Swift code blocks of a Markdown document.
    static func swiftBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```swift" {
                current = []
            } else if current != nil, trimmed == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Lines without surrounding spaces, blank lines dropped: snippets may be indented differently.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func exampleSources() throws -> [String: [String]] {
        let examples = root.appending(path: "Examples")
        var sources: [String: [String]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path()) {
            let main = examples.appending(path: "\(name)/main.swift")
            if let text = try? String(contentsOf: main, encoding: .utf8) { sources[name] = lines(text) }
        }
        return sources
    }

    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    static func checkSnippets(of path: String) throws {
        let sources = try exampleSources()
        let blocks = swiftBlocks(in: try text(path))
        #expect(!blocks.isEmpty, "\(path) has no Swift code")
        for block in blocks {
            if block.contains("// Package.swift") {
                let manifest = try text("Package.swift")
                #expect(manifest.contains("name: \"swift-sales-competency\""))
                #expect(manifest.contains(".library(name: \"SalesCompetency\""))
                #expect(block.contains(".product(name: \"SalesCompetency\", package: \"swift-sales-competency\")"))
                continue
            }
            let snippet = lines(block)
            let home = sources.first { contains($0.value, snippet) }?.key
            #expect(home != nil, "this snippet of \(path) is in no example program:\n\(block)")
        }
    }

    @Test func everySwiftSnippetOfTheReadmeIsCompiledInAnExample() throws {
        try Self.checkSnippets(of: "README.md")
    }

    @Test func everySwiftSnippetOfGettingStartedIsCompiledInAnExample() throws {
        try Self.checkSnippets(of: "Sources/SalesCompetency/SalesCompetency.docc/GettingStarted.md")
    }

    @Test func everyExampleTheReadmeLinksIsAnExecutableTarget() throws {
        let readme = try Self.text("README.md")
        let manifest = try Self.text("Package.swift")
        let linked = Set(
            readme.matches(of: /\(Examples\/([A-Za-z]+)\/?\)/).map { String($0.output.1) })
        #expect(linked.count >= 7)
        for name in linked.sorted() {
            let isPackage = FileManager.default.fileExists(
                atPath: Self.root.appending(path: "Examples/\(name)/Package.swift").path())
            #expect(isPackage || manifest.contains("path: \"Examples/\(name)\""), "Examples/\(name) is not a target")
        }
    }

    @Test func theReadmeListsEverySCOCommandAndNoOther() throws {
        var commands: Set<String> = []
        let sources = Self.root.appending(path: "Sources/sco")
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path()) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appending(path: file), encoding: .utf8)
            for match in text.matches(of: /static let name = "([a-z-]+)"/) { commands.insert(String(match.output.1)) }
        }
        let readme = try Self.text("README.md")
        let rows = Set(readme.matches(of: /\n\| `sco ([a-z-]+)` \|/).map { String($0.output.1) })
        #expect(commands.count >= 8)
        #expect(rows == commands, "the README's command table differs from the commands of Sources/sco")
    }

    @Test func theSnippetMatcherFindsOnlyWholeRunsOfLines() {
        #expect(Self.contains(["a", "b", "c"], ["b", "c"]))
        #expect(!Self.contains(["a", "b", "c"], ["a", "c"]))
        #expect(!Self.contains(["a"], ["a", "b"]))
        #expect(Self.swiftBlocks(in: "x\n```swift\nlet a = 1\n```\n```bash\nls\n```") == ["let a = 1"])
    }
}
