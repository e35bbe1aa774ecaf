// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "swift-sales-competency",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SalesCompetency", targets: ["SalesCompetency"]),
        .library(name: "SalesCompetencyTesting", targets: ["SalesCompetencyTesting"]),
        .executable(name: "sco", targets: ["sco"]),
    ],
    targets: [
        .target(name: "SalesCompetency"),
        .target(name: "SalesCompetencyTesting", dependencies: ["SalesCompetency"]),
        .executableTarget(name: "sco", dependencies: ["SalesCompetency"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "SalesCompetencyTests",
            dependencies: ["SalesCompetency", "SalesCompetencyTesting", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "scoTests", dependencies: ["sco", "SalesCompetency", "TestSupport"]),
        .executableTarget(
            name: "ScoringBenchmark",
            dependencies: ["SalesCompetency"],
            path: "Benchmarks/ScoringBenchmark"
        ),
        .executableTarget(
            name: "QuickStart",
            dependencies: ["SalesCompetency"],
            path: "Examples/QuickStart"
        ),
        .executableTarget(
            name: "HiringReadiness",
            dependencies: ["SalesCompetency"],
            path: "Examples/HiringReadiness"
        ),
        .executableTarget(
            name: "CustomDictionary",
            dependencies: ["SalesCompetency"],
            path: "Examples/CustomDictionary"
        ),
        .executableTarget(
            name: "ROIWalkthrough",
            dependencies: ["SalesCompetency"],
            path: "Examples/ROIWalkthrough"
        ),
        .executableTarget(
            name: "ScoringPipeline",
            dependencies: ["SalesCompetency"],
            path: "Examples/ScoringPipeline"
        ),
        .executableTarget(
            name: "HostPersistence",
            dependencies: ["SalesCompetency", "SalesCompetencyTesting"],
            path: "Examples/HostPersistence"
        ),
        .executableTarget(
            name: "StoreCrashTest",
            dependencies: ["SalesCompetency"],
            path: "Benchmarks/StoreCrashTest"
        ),
        .executableTarget(
            name: "ImpactBenchmark",
            dependencies: ["SalesCompetency"],
            path: "Benchmarks/ImpactBenchmark"
        ),
        .executableTarget(
            name: "StoreAppendBenchmark",
            dependencies: ["SalesCompetency"],
            path: "Benchmarks/StoreAppendBenchmark"
        ),
        .executableTarget(
            name: "IncrementalBenchmark",
            dependencies: ["SalesCompetency"],
            path: "Benchmarks/IncrementalBenchmark"
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
