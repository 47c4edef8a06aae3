import Foundation
import Testing
import TopologyModel

@testable import ACPI

/// Every `.dsl` topoc writes compiles with a current iasl to the bytes of its `.aml` (apart from
/// iasl's creator fields and checksum, and the one IORT field ACPICA has no name for:
/// `asACPICALaysOutIORT`).
@Suite("current iasl recompiles every listing")
struct CurrentIaslTests {
    @Test func isCurrent() throws {
        let iasl = try CurrentIasl()
        defer { iasl.cleanUp() }
        let version = try iasl.version()
        // 20260408 fixed the IORT memory-properties subtable (8949cfec8); older ones miscompile named components.
        let number = Int(version.split(separator: " ").last { Int($0) != nil } ?? "") ?? 0
        #expect(number >= 20260408, "\(version)")
    }

    /// The committed goldens: every listing of every topology in Output/.
    @Test func goldenListingsRecompile() throws {
        let iasl = try CurrentIasl()
        defer { iasl.cleanUp() }
        let output = CurrentIasl.packageRoot.appendingPathComponent("Output")
        var checked = 0
        for layout in try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() {
            let dir = output.appendingPathComponent(layout)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? [] where file.hasSuffix(".dsl") {
                let stem = String(file.dropLast(4))
                let aml = Array(try Data(contentsOf: dir.appendingPathComponent(stem + ".aml")))
                let dsl = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                do {
                    let compiled = try iasl.compile(dsl, name: "\(layout)-\(stem)")
                    #expect(sameApartFromCreator(compiled, asACPICALaysOutIORT(aml)), "Output/\(layout)/\(file): \(diff(compiled, aml))")
                } catch {
                    Issue.record("Output/\(layout)/\(file): \(error)")
                }
                checked += 1
            }
        }
        #expect(checked >= 20, "only \(checked) listings found under Output/")
    }

    /// Tables the goldens lack: every IORT revision with every node type, VIOT with every node type.
    @Test func everyRevisionRecompiles() throws {
        let iasl = try CurrentIasl()
        defer { iasl.cleanUp() }
        var tables: [ACPITableOutput] = []
        for rev in [IORTRevision.r0, .r3, .r5] { tables.append(try table(.iort, richTopology(rev))) }
        var mixed = richTopology(.r5)
        mixed.acpi.iortRootComplexRevision = 3  // QEMU 11's revision-3 root complexes in a revision-5 table
        tables.append(try table(.iort, mixed))
        tables.append(try table(.viot, richTopology()))
        tables.append(try table(.mcfg, richTopology()))
        tables.append(try table(.ssdt, ssdtTopology()))
        for (i, t) in tables.enumerated() {
            do {
                let compiled = try iasl.compile(t.dsl, name: "t\(i)")
                #expect(sameApartFromCreator(compiled, asACPICALaysOutIORT(t.aml)), "\(t.kind): \(diff(compiled, t.aml))\n\(t.dsl)")
            } catch {
                Issue.record("\(t.kind) (table \(i)): \(error)")
            }
        }
    }

    /// The adjustment only removes what ACPICA cannot name: applied to a table without revision-4
    /// root complexes it changes nothing, and on one with them it removes 4 bytes per node.
    @Test func acpicaLayoutAdjustment() throws {
        let r3 = try table(.iort, richTopology(.r3)).aml
        #expect(asACPICALaysOutIORT(r3) == r3)
        let r5 = try table(.iort, richTopology(.r5)).aml
        #expect(asACPICALaysOutIORT(r5).count == r5.count - 4 * 2, "two root complexes")
    }
}
