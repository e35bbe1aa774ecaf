/// The Sales Competency Officer's dashboard: one self-contained HTML page assembled from the library's
/// results, section by section.
///
/// Each `add…` method renders one family of results (scorecards, outcomes, investments, retention); a host
/// adds what it has and writes ``render()`` to a file.
///
/// ```swift
/// var dashboard = Dashboard(title: "Sales competency dashboard", subtitle: "January to June 2025")
/// dashboard.addOutcomes(OutcomeMetrics(opportunities))
/// try dashboard.render().write(toFile: "dashboard.html", atomically: true, encoding: .utf8)
/// ```
public struct Dashboard: Hashable, Sendable {
    /// The page being built.
    public private(set) var document: HTMLDocument

    /// Creates an empty dashboard.
    public init(title: String, subtitle: String? = nil) {
        document = HTMLDocument(title: title, subtitle: subtitle)
    }

    /// Appends a section of the host's own.
    public mutating func addSection(_ title: String, _ fragments: [HTMLFragment]) {
        document.append(section: title, fragments)
    }

    /// The page as HTML text.
    public func render() -> String { document.render() }

    /// A percentage with one decimal, or an en dash when there is no value.
    static func percent(_ value: Double?) -> String {
        value.map { NumberFormatting.percent($0) } ?? "–"
    }

    /// A number with the given decimals, or an en dash when there is no value.
    static func number(_ value: Double?, decimals: Int) -> String {
        value.map { NumberFormatting.fixed($0, decimals: decimals) } ?? "–"
    }
}
