function __topoc_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __topoc_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __topoc_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __topoc_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __topoc_parse_tokens -S
    set -l unparsed_tokens (__topoc_tokens -pc)
    switch $unparsed_tokens[1]
    case 'topoc'
        __topoc_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'check'
            __topoc_parse_subcommand -r 1 'werror' 'diagnostics-format=' 'error=+' 'no-warn=+' 'version' 'h/help'
        case 'compile'
            __topoc_parse_subcommand 1 'o/output=' 'emit=' 'base=' 'depfile=' 'swift=' 'werror' 'diagnostics-format=' 'error=+' 'no-warn=+' 'q/quiet' 'fsync' 'version' 'h/help'
        case 'verify'
            __topoc_parse_subcommand 1 'dtb=' 'acpi=+' 'exhaustive' 'max-ids=' 'werror' 'diagnostics-format=' 'error=+' 'no-warn=+' 'q/quiet' 'version' 'h/help'
        case 'decompile'
            __topoc_parse_subcommand 0 'dtb=' 'acpi=+' 'o/output=' 'name=' 'arch=' 'max-entries=' 'diagnostics-format=' 'q/quiet' 'fsync' 'version' 'h/help'
        case 'explain'
            __topoc_parse_subcommand 2 'all' 'format=' 'werror' 'diagnostics-format=' 'error=+' 'no-warn=+' 'version' 'h/help'
        case 'graph'
            __topoc_parse_subcommand 1 'o/output=' 'werror' 'diagnostics-format=' 'error=+' 'no-warn=+' 'fsync' 'version' 'h/help'
        case 'generate'
            __topoc_parse_subcommand 0 'scale=' 'o/output=' 'fsync' 'version' 'h/help'
        case 'help'
            __topoc_parse_subcommand -r 1 'version'
        end
    end
end

function __topoc_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __topoc_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __topoc_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __topoc_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__topoc_tokens -p)
    if test -z "$(__topoc_tokens -t)"
        set -l index (count (__topoc_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'topoc' -f
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'check' -d 'Parse and validate topology files; write nothing.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'compile' -d 'Validate a topology, then write its device tree, ACPI tables and endpoint map.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'verify' -d 'Feed firmware blobs to the embedded virtio-iommu devices and check the layout a guest sees.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'decompile' -d 'Read a device tree and/or ACPI tables made by anything and write the topology that describes them.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'explain' -d 'Explain how one endpoint is translated, and which firmware node says so.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'graph' -d 'Draw the topology: components as boxes, ID ranges on the edges (DOT or SVG).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'generate' -d 'Write a large, valid topology for benchmarks and scale tests.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc check" -ge 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc check" werror' -l 'werror' -d 'Treat warnings as errors.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc check" diagnostics-format' -l 'diagnostics-format' -d 'How to print diagnostics: text or json (one object per line).' -rfka 'text json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc check"' -l 'error' -d 'Make the warning with this id an error (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc check"' -l 'no-warn' -d 'Silence the warning with this id (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc check" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc compile" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" o output' -l 'output' -s 'o' -d 'Output directory (default: Output/<name>).' -rfa '(__topoc_complete_directories)'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" emit' -l 'emit' -d 'Outputs to write, comma separated: dtb,dts,viot,iort,mcfg,ssdt,json.' -rfka 'dtb dts viot iort mcfg ssdt json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" base' -l 'base' -d 'Merge the topology\'s nodes into this device tree blob (a VMM\'s tree) instead of an empty one.' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" depfile' -l 'depfile' -d 'Write a make-style dependency file.' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" swift' -l 'swift' -d 'Also write a Swift source file embedding the outputs as constants (what the SwiftPM plugin uses); without -o, only that file is written.' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" werror' -l 'werror' -d 'Treat warnings as errors.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" diagnostics-format' -l 'diagnostics-format' -d 'How to print diagnostics: text or json (one object per line).' -rfka 'text json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile"' -l 'error' -d 'Make the warning with this id an error (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile"' -l 'no-warn' -d 'Silence the warning with this id (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" q quiet' -l 'quiet' -s 'q' -d 'Show no progress line (it appears only when standard error is a terminal and the work takes over a second).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" fsync' -l 'fsync' -d 'Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc compile" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc verify" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" dtb' -l 'dtb' -d 'A device tree blob to verify.' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify"' -l 'acpi' -d 'ACPI tables to verify (VIOT, IORT, MCFG, MADT are read; any other table is a warning).' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" exhaustive' -l 'exhaustive' -d 'Send every ID of every piece through the device, not only its first, last and a few inside.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" max-ids' -l 'max-ids' -d 'With --exhaustive: IDs sent through the device one by one before the rest are sampled.' -rfka ''
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" werror' -l 'werror' -d 'Treat warnings as errors.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" diagnostics-format' -l 'diagnostics-format' -d 'How to print diagnostics: text or json (one object per line).' -rfka 'text json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify"' -l 'error' -d 'Make the warning with this id an error (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify"' -l 'no-warn' -d 'Silence the warning with this id (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" q quiet' -l 'quiet' -s 'q' -d 'Show no progress line (it appears only when standard error is a terminal and the work takes over a second).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" dtb' -l 'dtb' -d 'A flattened device tree.' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile"' -l 'acpi' -d 'ACPI tables (one or more files).' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" o output' -l 'output' -s 'o' -d 'Write the topology here (default: standard output).' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" name' -l 'name' -d 'The topology name (default: the output file\'s base name, else from the blobs).' -rfka ''
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" arch' -l 'arch' -d 'arm64 or x86_64 (default: arm64 with a DTB or an IORT, else x86_64).' -rfka 'arm64 x86_64'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" max-entries' -l 'max-entries' -d 'Stop with decompile-too-large when the blobs expand to more root complexes and map entries than this .' -rfka ''
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" diagnostics-format' -l 'diagnostics-format' -d 'How to print diagnostics: text or json (one object per line).' -rfka 'text json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" q quiet' -l 'quiet' -s 'q' -d 'Show no progress line (it appears only when standard error is a terminal and the work takes over a second).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" fsync' -l 'fsync' -d 'Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc decompile" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc explain" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain" all' -l 'all' -d 'Explain every run of endpoints.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain" werror' -l 'werror' -d 'Treat warnings as errors.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain" diagnostics-format' -l 'diagnostics-format' -d 'How to print diagnostics: text or json (one object per line).' -rfka 'text json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain"' -l 'error' -d 'Make the warning with this id an error (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain"' -l 'no-warn' -d 'Silence the warning with this id (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_positional "topoc graph" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph" o output' -l 'output' -s 'o' -d 'Output file, .dot or .svg.' -rfa '(set -l exts \'dot\' \'svg\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph" werror' -l 'werror' -d 'Treat warnings as errors.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph" diagnostics-format' -l 'diagnostics-format' -d 'How to print diagnostics: text or json (one object per line).' -rfka 'text json'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph"' -l 'error' -d 'Make the warning with this id an error (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph"' -l 'no-warn' -d 'Silence the warning with this id (repeatable).' -rfka 'unknown-reference wrong-kind-reference arch-type msi-gic-version msi-v2m-device-id msi-v2m-frame msi-v2m-spi-overlap name-too-long map-overlap duplicate-endpoint-id duplicate-device-id id-overflow rid-outside-buses bus-overlap segment-attributes iommu-bdf-outside-buses ecam-below-bus-zero ecam-buses-not-own ecam-bus-overlap ecam-buses-partial mmio-overlap window-overlap window-ecam-overlap window-mmio-overlap iommu-translated reserved-outside-input-range reserved-kind-overlap rc-no-iommu-map iommu-unused msi-controller-unused msi-v2m-spi-wired dt-segment-shared dt-pci-iommu-bus dt-pci-no-address dt-iommu-not-in-tree dt-interrupt-range dt-iommus-size dt-node-clash dt-unknown-reference dt-too-large dt-internal dt-base-invalid dt-base-conflict iort-smmu-msi-map-mismatch iort-msi-map-conflict iort-smmu-unwired-without-msi iort-smmu-msi-index iort-named-component-too-long iort-node-too-long viot-offset-overflow viot-node-count viot-mmio-id-range acpi-table-too-long aml-package-too-long aml-name-path-too-long acpi-v2m-platform-msi verify-mismatch verify-blob-not-read verify-nothing-read'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph" fsync' -l 'fsync' -d 'Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc graph" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc generate" scale' -l 'scale' -d 'How many units the layout has (1-1000).' -rfka ''
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc generate" o output' -l 'output' -s 'o' -d 'Output file (default: standard output).' -rF
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc generate" fsync' -l 'fsync' -d 'Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc generate" version' -l 'version' -d 'Show the version.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'topoc' -n '__topoc_should_offer_completions_for_flags_or_options "topoc help" version' -l 'version' -d 'Show the version.'
