import Dispatch
import Foundation
import Synchronization
@testable import Printing
import TestSupport
import Testing

@Suite("Font maps lent to one render at a time")
struct FontMapsTests {
    @Test("a map is kept for the next render, whichever thread it runs on, and two at once get two maps")
    func mapsAreKeptAndNeverShared() throws {
        let pool = FontMaps()
        let first = pool.withFontMap { UInt(bitPattern: $0) }
        let again = try onAnotherThread { pool.withFontMap { UInt(bitPattern: $0) } }
        #expect(again == first)
        let (outer, inner) = pool.withFontMap { outer in
            (UInt(bitPattern: outer), pool.withFontMap { UInt(bitPattern: $0) })
        }
        #expect(outer == first)
        #expect(inner != outer)
    }

    @Test("documents rendered on several threads at once each come out whole, with their own text")
    func concurrentRendersAreWhole() async throws {
        let names = (1...8).map { "Слушатель № \($0): Әлиева Гүлнұр" }
        let rendered = Mutex<[Int: Data]>([:])
        let failures = Mutex<[any Error]>([])
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            do {
                let pdf = try PDFRenderer().render(PrintedDocument(title: "\(index)", blocks: [.heading(names[index]), .paragraph(names[index])]))
                rendered.withLock { $0[index] = pdf }
            } catch {
                failures.withLock { $0.append(error) }
            }
        }
        if let failure = failures.withLock({ $0.first }) { throw failure }
        for (index, name) in names.enumerated() {
            let pdf = try #require(rendered.withLock { $0[index] })
            #expect(try await PDFText.extract(pdf).contains(name))
        }
    }

    /// `body`'s value, computed on a thread started for it.
    private func onAnotherThread<Value: Sendable>(_ body: @escaping @Sendable () -> Value) throws -> Value {
        let result = Mutex<Value?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread { result.withLock { $0 = body() }; done.signal() }.start()
        done.wait()
        return try #require(result.withLock { $0 })
    }
}
