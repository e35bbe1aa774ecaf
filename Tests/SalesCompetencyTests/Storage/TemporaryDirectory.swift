import Foundation
import TestSupport

/// A fresh directory in the tests' scratch folder, removed by `remove()` (or when the test process exits).
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = try ScratchFolder.make("store")
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func child(_ name: String) -> URL { url.appendingPathComponent(name) }
}
