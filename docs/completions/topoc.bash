#!/bin/bash

__topoc_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__topoc_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__topoc_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__topoc_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_topoc() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __topoc_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    check|compile|verify|decompile|explain|graph|generate|help)
        # Offer subcommand argument completions
        "_topoc_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'check compile verify decompile explain graph generate help' -- "${cur}"))
        ;;
    esac
}

_topoc_check() {
    repeating_flags=()
    non_repeating_flags=(--werror --version -h --help)
    repeating_options=(--error --no-warn)
    non_repeating_options=(--diagnostics-format)
    __topoc_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--diagnostics-format')
        __topoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--error')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    '--no-warn')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __topoc_add_completions -o plusdirs -fX '!*.@(yaml|yml)'
        return
        ;;
    esac
}

_topoc_compile() {
    repeating_flags=()
    non_repeating_flags=(--werror --quiet -q --fsync --version -h --help)
    repeating_options=(--error --no-warn)
    non_repeating_options=(--output -o --emit --base --depfile --swift --diagnostics-format)
    __topoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __topoc_add_completions -d
        return
        ;;
    '--emit')
        __topoc_add_completions -W 'dtb'$'\n''dts'$'\n''viot'$'\n''iort'$'\n''mcfg'$'\n''ssdt'$'\n''json'
        return
        ;;
    '--base')
        __topoc_add_completions -f
        return
        ;;
    '--depfile')
        __topoc_add_completions -f
        return
        ;;
    '--swift')
        __topoc_add_completions -f
        return
        ;;
    '--diagnostics-format')
        __topoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--error')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    '--no-warn')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __topoc_add_completions -o plusdirs -fX '!*.@(yaml|yml)'
        return
        ;;
    esac
}

_topoc_verify() {
    repeating_flags=()
    non_repeating_flags=(--exhaustive --werror --quiet -q --version -h --help)
    repeating_options=(--acpi --error --no-warn)
    non_repeating_options=(--dtb --max-ids --diagnostics-format)
    __topoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--dtb')
        __topoc_add_completions -f
        return
        ;;
    '--acpi')
        __topoc_add_completions -f
        return
        ;;
    '--max-ids')
        return
        ;;
    '--diagnostics-format')
        __topoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--error')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    '--no-warn')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __topoc_add_completions -o plusdirs -fX '!*.@(yaml|yml)'
        return
        ;;
    esac
}

_topoc_decompile() {
    repeating_flags=()
    non_repeating_flags=(--quiet -q --fsync --version -h --help)
    repeating_options=(--acpi)
    non_repeating_options=(--dtb --output -o --name --arch --max-entries --diagnostics-format)
    __topoc_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--dtb')
        __topoc_add_completions -f
        return
        ;;
    '--acpi')
        __topoc_add_completions -f
        return
        ;;
    '--output'|'-o')
        __topoc_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--arch')
        __topoc_add_completions -W 'arm64'$'\n''x86_64'
        return
        ;;
    '--max-entries')
        return
        ;;
    '--diagnostics-format')
        __topoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_topoc_explain() {
    repeating_flags=()
    non_repeating_flags=(--all --werror --version -h --help)
    repeating_options=(--error --no-warn)
    non_repeating_options=(--format --diagnostics-format)
    __topoc_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--format')
        __topoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--diagnostics-format')
        __topoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--error')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    '--no-warn')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __topoc_add_completions -o plusdirs -fX '!*.@(yaml|yml)'
        return
        ;;
    esac
}

_topoc_graph() {
    repeating_flags=()
    non_repeating_flags=(--werror --fsync --version -h --help)
    repeating_options=(--error --no-warn)
    non_repeating_options=(--output -o --diagnostics-format)
    __topoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __topoc_add_completions -o plusdirs -fX '!*.@(dot|svg)'
        return
        ;;
    '--diagnostics-format')
        __topoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--error')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    '--no-warn')
        __topoc_add_completions -W 'unknown-reference'$'\n''wrong-kind-reference'$'\n''arch-type'$'\n''msi-gic-version'$'\n''msi-v2m-device-id'$'\n''msi-v2m-frame'$'\n''msi-v2m-spi-overlap'$'\n''name-too-long'$'\n''map-overlap'$'\n''duplicate-endpoint-id'$'\n''duplicate-device-id'$'\n''id-overflow'$'\n''rid-outside-buses'$'\n''bus-overlap'$'\n''segment-attributes'$'\n''iommu-bdf-outside-buses'$'\n''ecam-below-bus-zero'$'\n''ecam-buses-not-own'$'\n''ecam-bus-overlap'$'\n''ecam-buses-partial'$'\n''mmio-overlap'$'\n''window-overlap'$'\n''window-ecam-overlap'$'\n''window-mmio-overlap'$'\n''iommu-translated'$'\n''reserved-outside-input-range'$'\n''reserved-kind-overlap'$'\n''rc-no-iommu-map'$'\n''iommu-unused'$'\n''msi-controller-unused'$'\n''msi-v2m-spi-wired'$'\n''dt-segment-shared'$'\n''dt-pci-iommu-bus'$'\n''dt-pci-no-address'$'\n''dt-iommu-not-in-tree'$'\n''dt-interrupt-range'$'\n''dt-iommus-size'$'\n''dt-node-clash'$'\n''dt-unknown-reference'$'\n''dt-too-large'$'\n''dt-internal'$'\n''dt-base-invalid'$'\n''dt-base-conflict'$'\n''iort-smmu-msi-map-mismatch'$'\n''iort-msi-map-conflict'$'\n''iort-smmu-unwired-without-msi'$'\n''iort-smmu-msi-index'$'\n''iort-named-component-too-long'$'\n''iort-node-too-long'$'\n''viot-offset-overflow'$'\n''viot-node-count'$'\n''viot-mmio-id-range'$'\n''acpi-table-too-long'$'\n''aml-package-too-long'$'\n''aml-name-path-too-long'$'\n''acpi-v2m-platform-msi'$'\n''verify-mismatch'$'\n''verify-blob-not-read'$'\n''verify-nothing-read'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __topoc_add_completions -o plusdirs -fX '!*.@(yaml|yml)'
        return
        ;;
    esac
}

_topoc_generate() {
    repeating_flags=()
    non_repeating_flags=(--fsync --version -h --help)
    repeating_options=()
    non_repeating_options=(--scale --output -o)
    __topoc_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--scale')
        return
        ;;
    '--output'|'-o')
        __topoc_add_completions -f
        return
        ;;
    esac
}

_topoc_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __topoc_offer_flags_options -1
}

complete -o filenames -F _topoc topoc
