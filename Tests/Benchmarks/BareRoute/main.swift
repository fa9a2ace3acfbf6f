import Foundation
import Hummingbird
import NIOCore
import NIOPosix

// qadam-bare-route PORT: one GET route on 127.0.0.1 answering fixed JSON, with no middleware
// at all, so that `qadam-bench certificates` can divide the services' request rates by the
// framework's own. Stops on SIGTERM or SIGINT.
//
// The body has the shape and size of `/health/live`'s, so that what (b) spends beyond this is
// the services' stack (their middleware, the router's options, encoding a value), not bytes.
guard CommandLine.arguments.count == 2, let port = Int(CommandLine.arguments[1]) else {
    print("usage: qadam-bare-route PORT")
    exit(2)
}

// Tasks on the event loops, as the services run theirs (ServiceKit's EventLoopExecutor, which
// this executable does not link): the framework's ceiling as the services are configured.
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
let body = ByteBuffer(string: #"{"service":"certification","status":"live"}"#)
let router = Router()
router.get("/") { _, _ in
    Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
}
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "bare"))
try await app.runService()
