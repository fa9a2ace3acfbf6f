import Foundation
import GRDB
import Hummingbird
import Messaging

/// Health and metrics, the same on every service and open without a token.
func addOperationalRoutes(to router: Router<AppRequestContext>, service: String, database: any DatabaseReader, broker: BrokerStatus,
                          document: Data) throws {
    router.get("/openapi.json") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: document)))
    }
    // Always the same answer, so encoded once: this is what a load balancer asks most.
    let live = ByteBuffer(bytes: try JSONEncoder().encode(HealthReport(service: service, status: "live", database: nil, broker: nil)))
    router.get("/health/live") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: live))
    }

    // Ready means it can serve: 503 only without its database. A service whose broker is down
    // still serves HTTP and keeps writing its outbox, so it answers 200 and says "degraded".
    router.get("/health/ready") { _, _ -> Response in
        let databaseState: String
        do {
            try await database.read { db in try db.execute(sql: "SELECT 1") }
            databaseState = "ok"
        } catch {
            databaseState = "unavailable: \(error)"
        }
        let links = broker.snapshot.mapValues { $0.connected ? "connected" : "down: \($0.lastError ?? "not connected yet")" }
        let status = databaseState != "ok" ? "unavailable" : (broker.allConnected ? "ready" : "degraded")
        let report = HealthReport(service: service, status: status, database: databaseState, broker: links)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(status: status == "unavailable" ? .serviceUnavailable : .ok,
                        headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(report))))
    }

    router.get("/metrics") { _, _ -> Response in
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                 body: .init(byteBuffer: ByteBuffer(bytes: PrometheusSetup.registry.emitToBuffer())))
    }
}

struct HealthReport: ResponseEncodable {
    var service: String
    var status: String
    var database: String?
    var broker: [String: String]?
}
