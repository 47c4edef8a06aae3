import TopologyModel
@_exported import struct FirmwareDecode.FirmwareBlob
@_exported import struct Verify.MalformedBlobError
@_exported import struct Verify.VerificationReport
@_exported import struct Verify.VerifyOptions
@_exported import struct Verify.Mismatch
@_exported import struct Verify.BlobReading
import Verify

extension Compiler {
    /// The rules whose findings a verification report carries (`verify-mismatch`,
    /// `verify-blob-not-read`, `verify-nothing-read`): `--error`/`--no-warn` may name them.
    public static let verifyRules: [any DiagnosticRule.Type] = Verifier.rules

    /// Verifies firmware blobs against a checked topology (see `Verifier`). With no blobs at all,
    /// the topology's own default outputs are compiled in memory and verified.
    public static func verify(
        _ topology: Topology, dtb: FirmwareBlob? = nil, acpiTables: [FirmwareBlob] = [], options: VerifyOptions = VerifyOptions()
    ) throws(VerifyFailure) -> VerificationReport {
        var dtb = dtb, acpiTables = acpiTables
        if dtb == nil && acpiTables.isEmpty {
            // Only what verify reads: the DTB and the binary VIOT, IORT and MCFG (not the DTS, the
            // .dsl listings, the SSDT or endpoints.json, which are text about the same layout).
            var kinds = OutputKind.applicableTables(topology).intersection([.viot, .iort, .mcfg])
            if topology.arch == .arm64 { kinds.insert(.dtb) }
            var blobs: [OutputFile] = []
            do {
                try emit(topology, kinds: kinds, listings: false) { name, bytes in
                    guard name.hasSuffix(".dtb") || name.hasSuffix(".aml") else { return }
                    if blobs.last?.name == name { blobs[blobs.count - 1].bytes += bytes } else { blobs.append(OutputFile(name: name, bytes: Array(bytes))) }
                }
            } catch let error as DiagnosticError {
                throw .invalidTopology(error.diagnostics)
            } catch {
                preconditionFailure("collecting outputs cannot fail: \(error)")
            }
            for file in blobs {
                if file.name.hasSuffix(".dtb") { dtb = FirmwareBlob(name: file.name, bytes: file.bytes) }
                if file.name.hasSuffix(".aml") { acpiTables.append(FirmwareBlob(name: file.name, bytes: file.bytes)) }
            }
        }
        do {
            return try Verifier.verify(topology: topology, dtb: dtb, acpiTables: acpiTables, options: options)
        } catch {
            throw .malformedBlob(error)
        }
    }
}

/// Why `Compiler.verify` could not produce a report.
public enum VerifyFailure: Error, Sendable, CustomStringConvertible {
    /// The topology's outputs could not be emitted.
    case invalidTopology([Diagnostic])
    /// A blob is not a readable DTB / ACPI table.
    case malformedBlob(MalformedBlobError)

    public var description: String {
        switch self {
        case .invalidTopology(let d): d.map(\.description).joined(separator: "\n")
        case .malformedBlob(let e): e.description
        }
    }
}
