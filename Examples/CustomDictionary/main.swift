import Foundation
import SalesCompetency

// CustomDictionary: tailor the built-in competency dictionary to your organisation, save it as JSON,
// load it back, and see the errors a broken file produces. Every edit is validated: a failed edit
// throws a `ValidationError` and leaves the dictionary exactly as it was.

var dictionary = CompetencyDictionary.builtIn
print("Built-in dictionary \(dictionary.version): \(dictionary.competencies.count) competencies")

// 1. A new edition, with a competency of our own in the "effectiveness" cluster.
try dictionary.setVersion("2025.1-acme", effectiveDate: Day(year: 2025, month: 1, day: 1)!)
try dictionary.add(
    Competency(
        id: "selling-with-ai", name: "Selling with AI Assistants", clusterID: "effectiveness",
        definition: "Uses AI assistants to research accounts and draft outreach, and checks what they produce.",
        keyActions: [KeyAction(title: "Verifies generated content before it reaches a customer")],
        aliases: ["AI-assisted selling"]))
print(
    "Added \(dictionary.competency("selling-with-ai")!.name); the alias resolves too: "
        + "\(dictionary.resolveCompetency("ai assisted selling")?.id.rawValue ?? "none")")

// 2. Rename: the id stays, and the old name keeps resolving, so old records and rules still match.
try dictionary.renameCompetency("formalizing-commitment", to: "Closing Agreements")
let oldName = dictionary.resolveCompetency("Formalizing Commitment")
print("Renamed formalizing-commitment; \"Formalizing Commitment\" still resolves to \(oldName!.name)")

// 3. Retire: the competency stays resolvable for history but is no longer offered for new rules.
try dictionary.retireCompetency("using-technology")
print(
    "Retired using-technology: \(dictionary.activeCompetencies.count) active of "
        + "\(dictionary.competencies.count); lookup still finds \(dictionary.competency("using-technology")!.name)")

// 4. A failed edit names the offending item and field, and changes nothing.
do {
    try dictionary.add(Competency(id: "negotiating-positions", name: "Haggling", clusterID: "partnering"))
} catch let error as ValidationError {
    print("Rejected: \(error)")
}

// 5. Export and re-import: the same dictionary gives the same bytes (sorted keys, a final newline).
let json = try dictionary.encodedJSON()
let reloaded = try CompetencyDictionary(json: json, file: "acme.json")
print("Exported \(json.count) bytes of JSON; re-imported equal: \(reloaded == dictionary)")

// 6. A broken file: `validate(json:)` lists every problem, the initialiser throws the first one.
let broken = String(decoding: json, as: UTF8.self)
    .replacingOccurrences(of: "\"clusterID\" : \"insight\"", with: "\"clusterID\" : \"insights\"")
let problems = try CompetencyDictionary.validate(json: Data(broken.utf8), file: "broken.json")
print("broken.json has \(problems.count) problems, for example:")
for problem in problems.prefix(2) { print("  \(problem)") }

// A file of the wrong shape cannot be read at all: the error gives the JSON path of the offending value.
let mistyped = String(decoding: json, as: UTF8.self)
    .replacingOccurrences(of: "\"isRetired\" : true", with: "\"isRetired\" : \"yes\"")
do {
    _ = try CompetencyDictionary(json: Data(mistyped.utf8), file: "mistyped.json")
} catch let error as InputError {
    print("mistyped.json is refused: \(error)")
}
