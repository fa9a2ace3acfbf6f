import Foundation
import ServiceKit

// qadam-bench bus: see BusBenchmark. qadam-bench certificates: see CertificatesBenchmark. Both
// read the broker from QADAM_TEST_BROKER_URL and QADAM_TEST_BROKER_MANAGEMENT_URL, as the
// tests do; scripts/bench sets them. `pace` is the fixed-rate load generator `certificates`
// starts as a process of its own (see PacedLoad).
//
// The service runs in this process as `serve` runs it: with its tasks on the event loops, and
// malloc keeping what it frees (QADAM_BENCH_MALLOC=default leaves glibc's defaults, to compare).
if ProcessInfo.processInfo.environment["QADAM_BENCH_MALLOC"] != "default" { MemoryAllocator.keepFreedMemory() }
EventLoopExecutor.takeOver()
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "bus" where arguments.count == 1:
        try await BusBenchmark.run()
    case "certificates" where arguments.count == 1:
        try await CertificatesBenchmark.run()
    case "certificates" where arguments == ["certificates", "issuing"] || arguments == ["certificates", "check"]:
        try await CertificatesBenchmark.run(CertificatesBenchmark.Part(rawValue: arguments[1])!)
    case "pace":
        try PacedLoad(arguments: Array(arguments.dropFirst())).run()
    default:
        FileHandle.standardError.write(Data("usage: qadam-bench bus | certificates [issuing | check]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("qadam-bench: \(error)\n".utf8))
    exit(1)
}
