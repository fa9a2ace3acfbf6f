// swift-tools-version: 6.2
import PackageDescription

// Five services, each a thin executable over a library of its own, all built from the same
// shared pieces. The libraries exist so that tests and benchmarks start a service exactly as
// its executable does (through `buildApplication`), without a process of their own.

let serviceNames = [
    ("Intake", "intake"),
    ("Enrolment", "enrolment"),
    ("Assessment", "assessment"),
    ("Certification", "certification"),
    ("FollowUp", "follow-up"),
]

var targets: [Target] = [
    .systemLibrary(
        name: "CCurl",
        path: "Shared/CCurl",
        pkgConfig: "libcurl",
        providers: [.apt(["libcurl4-openssl-dev"])]
    ),
    // Part of the C library itself: nothing to install, nothing to link.
    .systemLibrary(name: "CMalloc", path: "Shared/CMalloc"),
    .systemLibrary(
        name: "CPangoCairo",
        path: "Shared/CPangoCairo",
        pkgConfig: "pangocairo",
        providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
    ),
    .systemLibrary(
        name: "CQRencode",
        path: "Shared/CQRencode",
        pkgConfig: "libqrencode",
        providers: [.apt(["libqrencode-dev"])]
    ),
    .systemLibrary(
        name: "CRabbitMQ",
        path: "Shared/CRabbitMQ",
        pkgConfig: "librabbitmq",
        providers: [.apt(["librabbitmq-dev"])]
    ),
    .target(
        name: "EventContracts",
        path: "Shared/EventContracts",
        resources: [.copy("Samples")]
    ),
    .target(
        name: "Storage",
        dependencies: [
            "EventContracts",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ],
        path: "Shared/Storage"
    ),
    .target(
        name: "Messaging",
        dependencies: [
            "CRabbitMQ", "EventContracts", "Storage",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API, for the inbox's insert (see `Inbox.Records`).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ],
        path: "Shared/Messaging"
    ),
    .target(
        name: "ServiceKit",
        dependencies: [
            "Messaging", "Storage", "EventContracts", "Mail",
            .target(name: "CMalloc", condition: .when(platforms: [.linux])),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Configuration", package: "swift-configuration"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            .product(name: "Mustache", package: "swift-mustache"),
            // The HTTP/1 pipeline, for the answer to headers too large to read (HeaderOverflow).
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            // Its event loops as Swift Concurrency's executor (EventLoopExecutor).
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ],
        path: "Shared/ServiceKit"
    ),
    .target(
        name: "Printing",
        dependencies: ["CPangoCairo", "CQRencode"],
        path: "Shared/Printing"
    ),
    .target(
        name: "Mail",
        dependencies: [
            "CCurl", "Storage",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ],
        path: "Shared/Mail"
    ),
    .target(
        name: "TestSupport",
        dependencies: [
            "Messaging", "ServiceKit", "CRabbitMQ", "Storage", "Mail",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ],
        path: "Tests/Support"
    ),
    .executableTarget(
        name: "qadam-bench",
        dependencies: [
            "Messaging", "Storage", "EventContracts", "CRabbitMQ", "TestSupport",
            // `certificates`: the renderer alone, and the certification service started as `serve` starts it.
            "CertificationService", "ServiceKit", "Printing",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ],
        path: "Tests/Benchmarks",
        // Its own executable, the peer's PHP and wrk's Lua: not sources of the benchmark.
        exclude: ["BareRoute", "Peer", "Wrk"]
    ),
    // The framework's ceiling for `qadam-bench certificates`: one Hummingbird route and nothing
    // else, which the services' HTTP figures are divided by.
    .executableTarget(
        name: "qadam-bare-route",
        dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
            // Run as the services run: tasks on the event loops (EventLoopExecutor).
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ],
        path: "Tests/Benchmarks/BareRoute"
    ),
    .testTarget(
        name: "MessagingTests",
        dependencies: [
            "Messaging", "Storage", "EventContracts", "TestSupport", "CRabbitMQ",
            .product(name: "GRDB", package: "GRDB.swift"),
        ],
        path: "Tests/MessagingTests"
    ),
    .testTarget(
        name: "MailTests",
        dependencies: [
            "Mail", "Storage", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ],
        path: "Tests/MailTests"
    ),
    .testTarget(
        name: "PrintingTests",
        dependencies: ["Printing", "TestSupport"],
        path: "Tests/PrintingTests"
    ),
    .testTarget(
        name: "ServiceKitTests",
        dependencies: [
            "ServiceKit", "TestSupport",
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ],
        path: "Tests/ServiceKitTests"
    ),
    .testTarget(
        name: "ServicesTests",
        dependencies: [
            "ServiceKit", "TestSupport", "EventContracts", "Storage", "Messaging",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            // To check a credential's ES256 signature from its JWK, as a verifier would.
            .product(name: "Crypto", package: "swift-crypto"),
        ] + serviceNames.map { .target(name: "\($0.0)Service") },
        path: "Tests/ServicesTests"
    ),
    .testTarget(
        name: "EndToEndTests",
        dependencies: ["TestSupport", "ServiceKit", "EventContracts", .product(name: "GRDB", package: "GRDB.swift")],
        path: "Tests/EndToEndTests"
    ),
]

// What one service needs beyond the rest: certification gzips its Bitstring Status List (the
// W3C format requires GZIP) with compress-nio, over the system's zlib (zlib1g-dev), on NIO's
// ByteBuffer.
let serviceOwnDependencies: [String: [Target.Dependency]] = [
    "Certification": [
        .product(name: "CompressNIO", package: "compress-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
    ],
]

for (module, executable) in serviceNames {
    targets.append(.target(
        name: "\(module)Service",
        dependencies: [
            "ServiceKit", "Messaging", "Storage", "EventContracts", "Printing", "Mail",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ] + serviceOwnDependencies[module, default: []],
        path: "Services/\(module)/Sources"
    ))
    targets.append(.executableTarget(
        name: executable,
        dependencies: [.target(name: "\(module)Service"), "ServiceKit"],
        path: "Services/\(module)/Main"
    ))
}

let package = Package(
    name: "qadam",
    platforms: [.macOS(.v15)],
    products: serviceNames.map { .executable(name: $0.1, targets: [$0.1]) },
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        // Without its default trait (loading documents from elsewhere): half the build time.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0", traits: []),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
    ],
    targets: targets,
    swiftLanguageModes: [.v6]
)
