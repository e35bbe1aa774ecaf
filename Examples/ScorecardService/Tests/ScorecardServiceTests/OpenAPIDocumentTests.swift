import Foundation
import HTTPTypes
import ScorecardService
import Testing

struct OpenAPIDocumentTests {
    let document = try! JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as! [String: Any]

    var paths: [String: [String: Any]] { document["paths"] as! [String: [String: Any]] }

    @Test func isOpenAPI31() {
        #expect(document["openapi"] as? String == "3.1.0")
    }

    @Test func listsExactlyTheRoutesTheServiceAnswers() {
        let served = Set(
            ScorecardService.operations.map { operation in
                let path = operation.path.split(separator: "/").map { part in
                    part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
                }
                return "\(operation.method.rawValue.lowercased()) /\(path.joined(separator: "/"))"
            })
        let documented = Set(paths.flatMap { path, methods in methods.keys.map { "\($0) \(path)" } })
        #expect(served == documented)
    }

    @Test func everyReferenceResolvesAndEveryErrorIsAProblem() throws {
        let components = document["components"] as! [String: Any]
        let text = String(decoding: OpenAPIDocument.bytes, as: UTF8.self)
        var references = Set<String>()
        var rest = Substring(text)
        while let range = rest.range(of: "\"$ref\": \"#/components/") {
            let tail = rest[range.upperBound...]
            let end = tail.firstIndex(of: "\"")!
            references.insert(String(tail[..<end]))
            rest = tail[end...]
        }
        for reference in references {
            let parts = reference.split(separator: "/").map(String.init)
            let section = components[parts[0]] as? [String: Any]
            #expect(section?[parts[1]] != nil, "unresolved #/components/\(reference)")
        }
        for (path, methods) in paths {
            for (method, operation) in methods {
                let responses = (operation as! [String: Any])["responses"] as! [String: Any]
                for (status, response) in responses where Int(status)! >= 400 {
                    let ref = (response as! [String: Any])["$ref"] as? String
                    #expect(ref == "#/components/responses/Problem", "\(method) \(path) \(status) is not a problem")
                }
                let secured = (operation as! [String: Any])["security"] == nil
                if secured && path != "/openapi.json" {
                    #expect(responses["401"] != nil, "\(method) \(path) needs a token but does not document 401")
                }
            }
        }
    }
}
