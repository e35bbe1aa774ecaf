import Testing

@testable import SalesCompetency

/// How CSV fields and headers are trimmed: ASCII spaces and tabs at either end, by character.
struct TrimmingTests {
    @Test(arguments: [
        ("consultant", "consultant"), (" consultant", "consultant"), ("consultant\t", "consultant"),
        ("\t two words  ", "two words"), ("", ""), ("   ", ""), ("\t", ""), ("Zoë ", "Zoë"),
        // A space that carries a combining accent is one character, not a blank: it stays.
        (" \u{301}x", " \u{301}x"), ("x \u{301}", "x \u{301}"),
    ])
    func trimsSpacesAndTabsAtTheEnds(text: String, expected: String) {
        #expect(text.trimmingASCIIWhitespace() == expected)
    }
}
