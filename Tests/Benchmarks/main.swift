import Foundation

// qadam-bench bus: see BusBenchmark. Reads the broker from QADAM_TEST_BROKER_URL and
// QADAM_TEST_BROKER_MANAGEMENT_URL, as the tests do; scripts/bench sets them.
guard CommandLine.arguments.dropFirst().elementsEqual(["bus"]) else {
    FileHandle.standardError.write(Data("usage: qadam-bench bus\n".utf8))
    exit(2)
}
do {
    try await BusBenchmark.run()
} catch {
    FileHandle.standardError.write(Data("qadam-bench: \(error)\n".utf8))
    exit(1)
}
