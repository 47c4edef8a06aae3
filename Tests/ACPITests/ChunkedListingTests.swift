import Testing
import TopologyModel

@testable import ACPI

/// A data table's listing rendered in pieces (what `topoc compile` writes) is the listing whole.
struct ChunkedListingTests {
    @Test(arguments: [1, 100, 4096, 1 << 16])
    func piecesMakeTheWholeListing(chunk: Int) throws {
        for t in allTopologies() {
            for kind in [ACPITableKind.viot, .iort, .mcfg] where ACPIEmitter.applies(kind, to: t) {
                let table = try ACPIEmitter.table(kind, for: t)
                let writer = try #require(try ACPIEmitter.dataTableWriter(kind, for: t))
                #expect(writer.bytes == table.aml)
                var pieces: [[UInt8]] = []
                DataTableDSL.render(writer, title: kind.signature, chunk: chunk) { pieces.append(Array($0)) }
                #expect(pieces.joined().elementsEqual(table.dslBytes), "\(t.name) \(kind)")
                #expect(pieces.dropLast().allSatisfy { $0.count >= chunk })
                #expect(DataTableDSL.render(writer, title: kind.signature) == table.dsl)
            }
        }
    }
}
