import Foundation
import Testing

/// Keeps the article's complete example store identical to the one the tests compile and check.
struct ImplementingAStoreArticleTests {
    @Test func showsExactlyTheExampleStoreTheseTestsCheck() throws {
        let storage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let root = storage.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let example = try String(
            contentsOf: storage.appendingPathComponent("JSONFileStoreExample.swift"), encoding: .utf8)
        let article = try String(
            contentsOf: root.appendingPathComponent(
                "Sources/SalesCompetency/SalesCompetency.docc/ImplementingAStore.md"),
            encoding: .utf8)
        let code = try #require(example.range(of: "/// A small host store").map { example[$0.lowerBound...] })
        #expect(article.contains(code))
    }
}
