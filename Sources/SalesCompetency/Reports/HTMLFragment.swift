/// A piece of HTML that is safe to embed: every piece of text that went into it was escaped.
///
/// Build fragments from text (``text(_:)``, ``paragraph(_:)``, ``table(header:rows:numericColumns:)``) and
/// from the chart types; there is no public way to inject raw markup, so user-supplied names cannot break
/// out of the page.
///
/// ```swift
/// let note = HTMLFragment.paragraph("Scores for <Team A> & partners")   // escaped
/// ```
public struct HTMLFragment: Hashable, Sendable {
    /// The markup.
    public let html: String

    init(trustedHTML html: String) { self.html = html }

    /// Escaped text.
    public static func text(_ text: String) -> HTMLFragment {
        HTMLFragment(trustedHTML: HTMLFragment.escape(text))
    }

    /// A paragraph of escaped text.
    public static func paragraph(_ text: String) -> HTMLFragment {
        HTMLFragment(trustedHTML: "<p>\(HTMLFragment.escape(text))</p>")
    }

    /// A small-print note of escaped text.
    public static func note(_ text: String) -> HTMLFragment {
        HTMLFragment(trustedHTML: "<p class=\"note\">\(HTMLFragment.escape(text))</p>")
    }

    /// A row of headline figures: label above a large value.
    public static func figures(_ figures: [(label: String, value: String)]) -> HTMLFragment {
        let items = figures.map {
            "<div class=\"figure\"><div class=\"label\">\(escape($0.label))</div>"
                + "<div class=\"value\">\(escape($0.value))</div></div>"
        }
        return HTMLFragment(trustedHTML: "<div class=\"figures\">\(items.joined())</div>")
    }

    /// A table of escaped cells; the numeric columns align right. On a narrow screen it scrolls sideways.
    ///
    /// - Complexity: O(cells).
    public static func table(header: [String], rows: [[String]], numericColumns: Set<Int> = []) -> HTMLFragment {
        func cell(_ tag: String, _ text: String, _ index: Int) -> String {
            let style = numericColumns.contains(index) ? " class=\"num\"" : ""
            return "<\(tag)\(style)>\(escape(text))</\(tag)>"
        }
        var html = "<div class=\"scroll\"><table><thead><tr>"
        html += header.enumerated().map { cell("th", $0.element, $0.offset) }.joined()
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.enumerated().map { cell("td", $0.element, $0.offset) }.joined() + "</tr>"
        }
        html += "</tbody></table></div>"
        return HTMLFragment(trustedHTML: html)
    }

    /// Fragments one after another.
    public static func joined(_ fragments: [HTMLFragment]) -> HTMLFragment {
        HTMLFragment(trustedHTML: fragments.map(\.html).joined(separator: "\n"))
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` so text is safe both in element content and in quoted attributes.
    ///
    /// - Complexity: O(n).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
