import Foundation
import Testing
import TopologyCompiler

/// Output/ holds every example's compiled outputs as reviewable goldens. These tests fail when
/// they are stale; `make goldens` re-records them.
@Suite struct GoldenOutputTests {
    @Test func outputDirectoryMatchesAFreshCompileOfEveryTopology() throws {
        let topologies = try exampleTopologies()
        #expect(topologies.count >= 4)
        for (name, url) in topologies {
            let bytes = try [UInt8](Data(contentsOf: url))
            let result = Compiler.compile(bytes: bytes, file: "Topologies/\(name).yaml")
            #expect(result.succeeded, "\(name): \(result.diagnostics)")
            let directory = packageRoot.appendingPathComponent("Output/\(name)")
            // `make run` also writes topology.svg there, a file the compile does not own.
            let recorded = ((try? snapshot(directory)) ?? [:]).filter { $0.key != "topology.svg" }
            let fresh = Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, Data($0.bytes)) })
            #expect(
                Set(recorded.keys) == Set(fresh.keys),
                "Output/\(name) holds \(recorded.keys.sorted()) but a compile gives \(fresh.keys.sorted()): run `make goldens`")
            for (file, data) in fresh where recorded[file] != nil {
                #expect(recorded[file] == data, "Output/\(name)/\(file) is stale: run `make goldens` and review the diff")
            }
        }
    }

    @Test func compilingTwiceGivesIdenticalBytes() throws {
        for (name, url) in try exampleTopologies() {
            let bytes = try [UInt8](Data(contentsOf: url))
            let first = Compiler.compile(bytes: bytes, file: "\(name).yaml").files
            let second = Compiler.compile(bytes: bytes, file: "\(name).yaml").files
            #expect(first == second, "\(name)")
            #expect(!first.isEmpty)
        }
    }
}
