import Foundation
import Testing
import TopologyCompiler

/// `topoc graph`, through the built executable and through the library.
@Suite struct GraphTests {
    func graph(_ arguments: [String], environment: [String: String]? = nil) throws -> RunResult {
        if let environment { return try run(try topocPath(), ["graph"] + arguments, environment: environment, in: packageRoot) }
        return try run(try topocPath(), ["graph"] + arguments, in: packageRoot)
    }

    @Test func dotIsDeterministicAndNamesEveryComponentAndRange() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, url) in try exampleTopologies() {
            let first = dir.appendingPathComponent("\(name)-1.dot").path, second = dir.appendingPathComponent("\(name)-2.dot").path
            let a = try graph([example(name), "-o", first]), b = try graph([example(name), "-o", second])
            #expect(a.status == 0 && b.status == 0, "\(name): \(a.stderr)")
            let text = try String(contentsOfFile: first, encoding: .utf8)
            #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)), "\(name)")
            #expect(text.hasPrefix("digraph \"\(name)\" {"))

            let topology = try #require(Compiler.check(bytes: try [UInt8](Data(contentsOf: url)), file: url.path).topology)
            #expect(TopologyGraph.dot(topology) == text, "library and CLI agree")
            for rc in topology.rootComplexes {
                #expect(text.contains("\"rc:\(rc.name)\" [label=\"\(rc.name)\\n"), "\(name): \(rc.name)")
                #expect(text.contains("cluster_segment_\(rc.segment)"))
                for entry in rc.iommuMap {
                    #expect(text.contains(String(format: "(0x%04x-0x%04x) -> ", entry.rids.first, entry.rids.last)), "\(name)")
                    #expect(text.contains("\(entry.outputIDs!)"), "\(name)")
                    #expect(text.contains("\"rc:\(rc.name)\" -> \"iommu:\(entry.iommu)\""))
                }
                for entry in rc.msiMap {
                    #expect(text.contains("-> \(entry.deviceIDText)"), "\(name)")
                    #expect(text.contains("\"rc:\(rc.name)\" -> \"msi:\(entry.controller)\""))
                }
            }
            for iommu in topology.iommus { #expect(text.contains("\"iommu:\(iommu.name)\" [label=\"\(iommu.name)\\n"), "\(name)") }
            for c in topology.msiControllers { #expect(text.contains("\"msi:\(c.name)\" [label=\"\(c.name)\\n"), "\(name)") }
            for d in topology.devices {
                #expect(text.contains("\"dev:\(d.name)\" [label=\"\(d.name)\\n"), "\(name)")
                if let iommu = d.iommu, let ids = d.ids {
                    #expect(text.contains("\"dev:\(d.name)\" -> \"iommu:\(iommu)\"") && text.contains(ids.description))
                }
            }
        }
    }

    @Test func selfExclusionIsShownOnTheEdge() throws {
        let url = packageRoot.appendingPathComponent(example("qemu-virt-viommu"))
        let topology = try #require(Compiler.check(bytes: try [UInt8](Data(contentsOf: url)), file: "x.yaml").topology)
        let text = TopologyGraph.dot(topology)
        #expect(text.contains("except 00:02.0 (viommu itself)"))
        #expect(text.contains("\"iommu:viommu\" -> \"rc:pcie\" [style=dotted"))
    }

    @Test func smmuRoutesItsOwnMSIsAndStreamIDsToTheITS() throws {
        let url = packageRoot.appendingPathComponent(example("qemu-virt-smmuv3"))
        let topology = try #require(Compiler.check(bytes: try [UInt8](Data(contentsOf: url)), file: "x.yaml").topology)
        let text = TopologyGraph.dot(topology)
        #expect(text.contains("\"iommu:smmu\" -> \"msi:its\""), "\(text)")
        #expect(text.contains("StreamIDs"))
    }

    /// `dot` is installed here (make test installs graphviz): a missing one FAILS this test.
    @Test func svgIsWrittenWithGraphviz() throws {
        _ = try tool("dot")
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, _) in try exampleTopologies() {
            let out = dir.appendingPathComponent("\(name).svg").path
            let result = try graph([example(name), "-o", out])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let svg = try String(contentsOfFile: out, encoding: .utf8)
            #expect(svg.contains("<svg"), "\(name)")
            #expect(svg.contains("</svg>"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("topoc-tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func svgWithoutGraphvizIsAClearUsageError() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("t.svg").path
        let result = try graph([example("qemu-virt-viommu"), "-o", out], environment: ["PATH": empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("graph: writing SVG needs Graphviz's `dot` (apt-get install graphviz); write .dot instead"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // DOT needs no Graphviz.
        let dot = try graph([example("qemu-virt-viommu"), "-o", dir.appendingPathComponent("t.dot").path], environment: ["PATH": empty.path])
        #expect(dot.status == 0, "\(dot.stderr)")
    }

    @Test func otherExtensionsAndInvalidTopologies() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try graph([example("qemu-virt-viommu"), "-o", dir.appendingPathComponent("t.png").path]).status == 2)
        let bad = dir.appendingPathComponent("bad.yaml")
        try "topology: 1\nname: bad\narch: arm64\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(try graph([bad.path, "-o", dir.appendingPathComponent("t.dot").path]).status == 1)
    }
}
