import Foundation

/// Where `sco` prints: standard output and standard error, or, when a test binds ``current``, its buffers.
///
/// ```swift
/// let (out, err) = (Locked(""), Locked(""))
/// let status = await Console.$current.withValue(
///     Console(out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } })
/// ) { await Sco.main(["--version"]) }
/// ```
struct Console: Sendable {
    /// Writes to standard output.
    let out: @Sendable (String) -> Void
    /// Writes to standard error.
    let err: @Sendable (String) -> Void
    /// Whether this is the process's own standard output and error.
    let isStandard: Bool

    /// A console of the test's own.
    init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
        isStandard = false
    }

    private init() {
        out = { FileHandle.standardOutput.write(Data($0.utf8)) }
        err = { FileHandle.standardError.write(Data($0.utf8)) }
        isStandard = true
    }

    /// The process's standard output and error.
    static let standard = Console()

    /// The console of the running command.
    @TaskLocal static var current = Console.standard

    /// Prints a line on standard output.
    static func line(_ text: String) { current.out(text + "\n") }

    /// Prints a line on standard error.
    static func note(_ text: String) { current.err(text + "\n") }
}
