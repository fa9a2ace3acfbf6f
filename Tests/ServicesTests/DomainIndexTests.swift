import Foundation
import TestSupport
import Testing

/// The repository's own documents stay true: every file the clause index names exists, every
/// test it names is in the file it says, and the README links the documents.
@Suite("The project's documents")
struct DomainIndexTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("every source and test file docs/domain.md names exists")
    func indexedPathsExist() throws {
        let index = try Self.read("docs/domain.md")
        let paths = Set(index.matches(of: /(Services|Shared|Tests)\/[A-Za-z0-9_.\/+-]+\.swift/).map { String($0.output.0) })
        #expect(paths.count > 30, "the index names too few files to be one")
        for path in paths.sorted() {
            #expect(FileManager.default.fileExists(atPath: RepositoryPaths.root.appendingPathComponent(path).path), "\(path) is gone")
        }
    }

    @Test("every test docs/domain.md names is in the file it names, by its title or its function")
    func indexedTestsExist() throws {
        let index = try Self.read("docs/domain.md")
        let cited = index.matches(of: /`(Tests\/[A-Za-z0-9_.\/+-]+\.swift)` — "([^"]+)"/).map { (String($0.output.1), String($0.output.2)) }
        #expect(cited.count > 30, "the index cites too few tests to be one")
        for (path, name) in cited {
            let source = try Self.read(path)
            #expect(source.contains("@Test(\"\(name)\"") || source.contains("func \(name)("), "\(path) has no test \"\(name)\"")
        }
    }

    @Test("the README links each document, and each exists")
    func readmeLinksTheDocuments() throws {
        let readme = try Self.read("README.md")
        for document in ["docs/architecture.md", "docs/domain.md", "docs/operations.md", "docs/performance.md"] {
            #expect(readme.contains("(\(document))"), "the README does not link \(document)")
            #expect(FileManager.default.fileExists(atPath: RepositoryPaths.root.appendingPathComponent(document).path))
        }
    }
}
