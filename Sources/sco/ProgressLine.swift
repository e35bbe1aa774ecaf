import Foundation
import SalesCompetency

/// A one-line note on standard error while a large file is read, so a long import does not look hung.
///
/// It writes only when standard error is a terminal and the file is large enough to take a moment; piped
/// output and small files stay silent.
struct ProgressLine {
    private let message: String?
    private let started = ContinuousClock.now

    /// Starts the line for reading `path`, if it is at least `minimumBytes` long and stderr is a terminal.
    init(reading path: String, what: String, minimumBytes: Int = 32 << 20) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size >= minimumBytes, Console.current.isStandard, isatty(STDERR_FILENO) == 1 else {
            message = nil
            return
        }
        let text = "sco: reading \(what) \(path) (\(size >> 20) MiB)…"
        message = text
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends the line with the time it took.
    func finish() {
        guard let message else { return }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let done = "\r\(message) done in \(NumberFormatting.fixed(seconds, decimals: 2)) s\n"
        FileHandle.standardError.write(Data(done.utf8))
    }
}
