#compdef topoc

__topoc_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__topoc_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __topoc_complete "${completions[@]:0:-1}"
    fi
}

__topoc_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_topoc() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'check:Parse and validate topology files; write nothing.'
            'compile:Validate a topology, then write its device tree, ACPI tables and endpoint map.'
            'verify:Feed firmware blobs to the embedded virtio-iommu devices and check the layout a guest sees.'
            'decompile:Read a device tree and/or ACPI tables made by anything and write the topology that describes them.'
            'explain:Explain how one endpoint is translated, and which firmware node says so.'
            'graph:Draw the topology: components as boxes, ID ranges on the edges (DOT or SVG).'
            'generate:Write a large, valid topology for benchmarks and scale tests.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        check|compile|verify|decompile|explain|graph|generate|help)
            "_topoc_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_topoc_check() {
    local -i ret=1
    local -ar ___diagnostics_format=('text' 'json')
    local -ar ___error=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar ___no_warn=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar arg_specs=(
        '*:files:_files -g '\''*.yaml *.yml'\'''
        '--werror[Treat warnings as errors.]'
        '--diagnostics-format[How to print diagnostics\: text or json (one object per line).]:diagnostics-format:{__topoc_complete "${___diagnostics_format[@]}"}'
        '*--error[Make the warning with this id an error (repeatable).]:id:{__topoc_complete "${___error[@]}"}'
        '*--no-warn[Silence the warning with this id (repeatable).]:id:{__topoc_complete "${___no_warn[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_topoc_compile() {
    local -i ret=1
    local -ar ___emit=('dtb' 'dts' 'viot' 'iort' 'mcfg' 'ssdt' 'json')
    local -ar ___diagnostics_format=('text' 'json')
    local -ar ___error=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar ___no_warn=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar arg_specs=(
        ':file:_files -g '\''*.yaml *.yml'\'''
        '(--output -o)'{--output,-o}'[Output directory (default\: Output/<name>).]:dir:_files -/'
        '--emit[Outputs to write, comma separated\: dtb,dts,viot,iort,mcfg,ssdt,json.]:list:{__topoc_complete "${___emit[@]}"}'
        '--base[Merge the topology'\''s nodes into this device tree blob (a VMM'\''s tree) instead of an empty one.]:file.dtb:_files'
        '--depfile[Write a make-style dependency file.]:file:_files'
        '--swift[Also write a Swift source file embedding the outputs as constants (what the SwiftPM plugin uses); without -o, only that file is written.]:file:_files'
        '--werror[Treat warnings as errors.]'
        '--diagnostics-format[How to print diagnostics\: text or json (one object per line).]:diagnostics-format:{__topoc_complete "${___diagnostics_format[@]}"}'
        '*--error[Make the warning with this id an error (repeatable).]:id:{__topoc_complete "${___error[@]}"}'
        '*--no-warn[Silence the warning with this id (repeatable).]:id:{__topoc_complete "${___no_warn[@]}"}'
        '(--quiet -q)'{--quiet,-q}'[Show no progress line (it appears only when standard error is a terminal and the work takes over a second).]'
        '--fsync[Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_topoc_verify() {
    local -i ret=1
    local -ar ___diagnostics_format=('text' 'json')
    local -ar ___error=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar ___no_warn=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar arg_specs=(
        ':file:_files -g '\''*.yaml *.yml'\'''
        '--dtb[A device tree blob to verify.]:file.dtb:_files'
        '--acpi[ACPI tables to verify (VIOT, IORT, MCFG, MADT are read; any other table is a warning).]:table.aml:_files'
        '--exhaustive[Send every ID of every piece through the device, not only its first, last and a few inside.]'
        '--max-ids[With --exhaustive\: IDs sent through the device one by one before the rest are sampled.]:max-ids:'
        '--werror[Treat warnings as errors.]'
        '--diagnostics-format[How to print diagnostics\: text or json (one object per line).]:diagnostics-format:{__topoc_complete "${___diagnostics_format[@]}"}'
        '*--error[Make the warning with this id an error (repeatable).]:id:{__topoc_complete "${___error[@]}"}'
        '*--no-warn[Silence the warning with this id (repeatable).]:id:{__topoc_complete "${___no_warn[@]}"}'
        '(--quiet -q)'{--quiet,-q}'[Show no progress line (it appears only when standard error is a terminal and the work takes over a second).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_topoc_decompile() {
    local -i ret=1
    local -ar ___arch=('arm64' 'x86_64')
    local -ar ___diagnostics_format=('text' 'json')
    local -ar arg_specs=(
        '--dtb[A flattened device tree.]:file.dtb:_files'
        '--acpi[ACPI tables (one or more files).]:table.aml:_files'
        '(--output -o)'{--output,-o}'[Write the topology here (default\: standard output).]:file.yaml:_files'
        '--name[The topology name (default\: the output file'\''s base name, else from the blobs).]:name:'
        '--arch[arm64 or x86_64 (default\: arm64 with a DTB or an IORT, else x86_64).]:arch:{__topoc_complete "${___arch[@]}"}'
        '--max-entries[Stop with decompile-too-large when the blobs expand to more root complexes and map entries than this .]:n:'
        '--diagnostics-format[How to print diagnostics\: text or json (one object per line).]:diagnostics-format:{__topoc_complete "${___diagnostics_format[@]}"}'
        '(--quiet -q)'{--quiet,-q}'[Show no progress line (it appears only when standard error is a terminal and the work takes over a second).]'
        '--fsync[Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_topoc_explain() {
    local -i ret=1
    local -ar ___format=('text' 'json')
    local -ar ___diagnostics_format=('text' 'json')
    local -ar ___error=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar ___no_warn=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar arg_specs=(
        ':file:_files -g '\''*.yaml *.yml'\'''
        ':what:'
        '--all[Explain every run of endpoints.]'
        '--format[Output format\: text or json.]:format:{__topoc_complete "${___format[@]}"}'
        '--werror[Treat warnings as errors.]'
        '--diagnostics-format[How to print diagnostics\: text or json (one object per line).]:diagnostics-format:{__topoc_complete "${___diagnostics_format[@]}"}'
        '*--error[Make the warning with this id an error (repeatable).]:id:{__topoc_complete "${___error[@]}"}'
        '*--no-warn[Silence the warning with this id (repeatable).]:id:{__topoc_complete "${___no_warn[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_topoc_graph() {
    local -i ret=1
    local -ar ___diagnostics_format=('text' 'json')
    local -ar ___error=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar ___no_warn=('unknown-reference' 'wrong-kind-reference' 'arch-type' 'msi-gic-version' 'msi-v2m-device-id' 'msi-v2m-frame' 'msi-v2m-spi-overlap' 'name-too-long' 'map-overlap' 'duplicate-endpoint-id' 'duplicate-device-id' 'id-overflow' 'rid-outside-buses' 'bus-overlap' 'segment-attributes' 'iommu-bdf-outside-buses' 'ecam-below-bus-zero' 'ecam-buses-not-own' 'ecam-bus-overlap' 'ecam-buses-partial' 'mmio-overlap' 'window-overlap' 'window-ecam-overlap' 'window-mmio-overlap' 'iommu-translated' 'reserved-outside-input-range' 'reserved-kind-overlap' 'rc-no-iommu-map' 'iommu-unused' 'msi-controller-unused' 'msi-v2m-spi-wired' 'dt-segment-shared' 'dt-pci-iommu-bus' 'dt-pci-no-address' 'dt-iommu-not-in-tree' 'dt-interrupt-range' 'dt-iommus-size' 'dt-node-clash' 'dt-unknown-reference' 'dt-too-large' 'dt-internal' 'dt-base-invalid' 'dt-base-conflict' 'iort-smmu-msi-map-mismatch' 'iort-msi-map-conflict' 'iort-smmu-unwired-without-msi' 'iort-smmu-msi-index' 'iort-named-component-too-long' 'iort-node-too-long' 'viot-offset-overflow' 'viot-node-count' 'viot-mmio-id-range' 'acpi-table-too-long' 'aml-package-too-long' 'aml-name-path-too-long' 'acpi-v2m-platform-msi' 'verify-mismatch' 'verify-blob-not-read' 'verify-nothing-read')
    local -ar arg_specs=(
        ':file:_files -g '\''*.yaml *.yml'\'''
        '(--output -o)'{--output,-o}'[Output file, .dot or .svg.]:out:_files -g '\''*.dot *.svg'\'''
        '--werror[Treat warnings as errors.]'
        '--diagnostics-format[How to print diagnostics\: text or json (one object per line).]:diagnostics-format:{__topoc_complete "${___diagnostics_format[@]}"}'
        '*--error[Make the warning with this id an error (repeatable).]:id:{__topoc_complete "${___error[@]}"}'
        '*--no-warn[Silence the warning with this id (repeatable).]:id:{__topoc_complete "${___no_warn[@]}"}'
        '--fsync[Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_topoc_generate() {
    local -i ret=1
    local -ar arg_specs=(
        '--scale[How many units the layout has (1-1000).]:n:'
        '(--output -o)'{--output,-o}'[Output file (default\: standard output).]:file:_files'
        '--fsync[Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_topoc_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _topoc ]]; then
    _topoc "${@}"
else
    compdef _topoc topoc
fi
