/// A self-contained HTML page: one file, inline CSS and SVG, no scripts, fonts or images from elsewhere.
///
/// ```swift
/// var page = HTMLDocument(title: "Sales competency dashboard")
/// page.append(section: "Outcomes", [.paragraph("Win rate 41%")])
/// try page.render().write(toFile: "dashboard.html", atomically: true, encoding: .utf8)
/// ```
public struct HTMLDocument: Hashable, Sendable {
    /// The page title, escaped when rendered.
    public var title: String
    /// A line under the title, escaped when rendered.
    public var subtitle: String?
    /// The sections in order.
    public private(set) var sections: [Section] = []

    /// A titled part of the page.
    public struct Section: Hashable, Sendable {
        /// The heading, escaped when rendered.
        public var title: String
        /// The content.
        public var body: HTMLFragment
    }

    /// Creates an empty page.
    public init(title: String, subtitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
    }

    /// Appends a section with a heading.
    public mutating func append(section title: String, _ fragments: [HTMLFragment]) {
        sections.append(Section(title: title, body: .joined(fragments)))
    }

    /// The page as HTML text.
    ///
    /// - Complexity: O(size of the page).
    public func render() -> String {
        var html = HTMLDocument.opening(title: title, style: HTMLDocument.style)
        html += "<header><h1>\(HTMLFragment.escape(title))</h1>"
        if let subtitle { html += "<p class=\"subtitle\">\(HTMLFragment.escape(subtitle))</p>" }
        html += "</header>\n<main>\n"
        for section in sections {
            html += "<section><h2>\(HTMLFragment.escape(section.title))</h2>\n\(section.body.html)\n</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// A self-contained page up to and including `<body>`: the doctype, the escaped `title` and `style` inline.
    static func opening(title: String, style: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLFragment.escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>

        """
    }

    static let style = """
        :root{--red:#d64545;--amber:#e8a33d;--green:#3b9b5c;--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec}
        *{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;\
        color:var(--ink);background:#f5f7fa}header{background:#243b53;color:#fff;padding:20px 32px}
        header h1{margin:0;font-size:22px}.subtitle{margin:4px 0 0;color:#bcccdc}
        main{padding:16px 32px;max-width:1280px}section{background:#fff;border:1px solid var(--line);\
        border-radius:8px;padding:16px 20px;margin:16px 0}h2{margin:0 0 12px;font-size:17px}
        table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:5px 8px;border-bottom:1px solid \
        var(--line);text-align:left}th{color:var(--muted);font-weight:600}.num{text-align:right;\
        font-variant-numeric:tabular-nums}.note{color:var(--muted);font-size:12px}
        .figures{display:flex;flex-wrap:wrap;gap:12px}.figure{border:1px solid var(--line);border-radius:6px;\
        padding:8px 14px;min-width:150px}.figure .label{color:var(--muted);font-size:12px}.figure .value{font-size:20px;\
        font-weight:600}svg{max-width:100%;height:auto;font-family:inherit}
        .chart{margin:8px 0}.scroll{overflow-x:auto;margin-bottom:12px}.scroll svg{max-width:none}
        .legend{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12px}
        .legend li{display:flex;align-items:center;gap:6px}.legend svg{flex:none}
        .multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:8px 16px}
        .multiples h3{font-size:13px;font-weight:600;margin:8px 0 0}
        @media (max-width:600px){header{padding:14px 16px}main{padding:4px 8px}section{padding:12px}\
        .figure{min-width:120px}}
        """
}
