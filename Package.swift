// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "goalpost",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "goalpostd", targets: ["goalpostd"]),
        .executable(name: "goalpost", targets: ["goalpost"]),
        .executable(name: "goalpost-fuzz", targets: ["goalpost-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "GoalpostZlib",
            path: "Sources/GoalpostZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "GoalpostLinux",
            path: "Sources/GoalpostLinux"
        ),
        .target(
            name: "GoalpostCore",
            dependencies: ["GoalpostZlib"]
        ),
        .target(
            name: "GoalpostStore",
            dependencies: ["GoalpostCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "GoalpostService",
            dependencies: [
                "GoalpostCore", "GoalpostStore", "GoalpostLinux",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "goalpostd",
            dependencies: [
                "GoalpostService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "goalpost",
            dependencies: [
                "GoalpostCore", "GoalpostStore", "GoalpostService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "GoalpostFuzz",
            dependencies: [
                "GoalpostCore", "GoalpostStore", "GoalpostService",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "goalpost-fuzz",
            dependencies: ["GoalpostFuzz", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "FormatBench",
            dependencies: ["GoalpostCore", "GoalpostService"]
        ),
        .testTarget(
            name: "GoalpostCoreTests",
            dependencies: ["GoalpostCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "GoalpostServiceTests",
            dependencies: ["GoalpostCore", "GoalpostStore", "GoalpostService", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "GoalpostStoreTests",
            dependencies: ["GoalpostCore", "GoalpostStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "GoalpostFuzzTests",
            dependencies: ["GoalpostFuzz"]
        ),
        .testTarget(
            name: "GoalpostCLITests",
            dependencies: ["GoalpostCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
