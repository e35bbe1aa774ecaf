// swift-tools-version: 6.2
// The library behind an HTTP API (Hummingbird 2) over the PostgreSQL store, in a package of its own.
import PackageDescription

let package = Package(
    name: "ScorecardService",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ScorecardService", targets: ["ScorecardService"]),
        .executable(name: "scorecard-service", targets: ["ScorecardServer"]),
    ],
    dependencies: [
        .package(name: "swift-sales-competency", path: "../.."),
        .package(name: "PostgresStore", path: "../PostgresStore"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "ScorecardService",
            dependencies: [
                .product(name: "SalesCompetency", package: "swift-sales-competency"),
                .product(name: "PostgresStore", package: "PostgresStore"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("openapi.json")]
        ),
        .executableTarget(
            name: "ScorecardServer",
            dependencies: [
                "ScorecardService",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "ScorecardServiceTests",
            dependencies: [
                "ScorecardService",
                .product(name: "SalesCompetency", package: "swift-sales-competency"),
                .product(name: "SalesCompetencyTesting", package: "swift-sales-competency"),
                .product(name: "PostgresStore", package: "PostgresStore"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .treatWarning("ExplicitSendable", as: .error),
    ])
    target.swiftSettings = settings
}
