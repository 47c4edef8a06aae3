#!/usr/bin/env bash
# Runs every topoc-fuzz target for FUZZ_SECONDS (default 60) with libFuzzer, AddressSanitizer and
# LeakSanitizer, from seed corpora made of the example topologies, the committed outputs and QEMU's
# golden blobs. Usage: Fuzz/run.sh [TARGET...]   (from the package root; `make fuzz` calls it)
# Exit status: non-zero when a target crashed, hung (-timeout), leaked or ran out of memory; the
# reproducer is in .build-fuzz/artifacts/ ($FUZZ_SCRATCH/artifacts/). Replay one under the sanitizers
# with .build-fuzz/debug/topoc-fuzz TARGET FILE, or through a normal build's .build/debug/topoc-fuzz
# TARGET FILE (which runs each file once).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
# A hang is an input that runs past FUZZ_TIMEOUT seconds. The slowest legitimate inputs are
# blobs decompile expands (a 24-byte VIOT range over thousands of segments); the decompile target
# caps that with a small DecompileOptions.maxEntries, and those inputs now take well under a second.
TIMEOUT="${FUZZ_TIMEOUT:-30}"
# FUZZ_SEED fixes libFuzzer's random seed and Swift's hashing (CI does, so that its short run
# explores much the same way each time: pointer values under ASLR still vary what libFuzzer learns
# from comparisons); unset, every run explores afresh.
SEED_FLAG=()
if [ -n "${FUZZ_SEED:-}" ]; then
  SEED_FLAG=(-seed="$FUZZ_SEED")
  export SWIFT_DETERMINISTIC_HASHING=1
fi
# FUZZ_RUNS runs each target for a number of executions instead of FUZZ_SECONDS, so that a slow
# machine fuzzes as much as a fast one (CI does this). One number for all targets, or per target:
# FUZZ_RUNS="topology=20000,dtb=100000".
runs_for() {  # runs_for TARGET: the execution count FUZZ_RUNS gives it, or nothing
  local spec=${FUZZ_RUNS:-} item
  [ -z "$spec" ] && return 0
  if [[ $spec != *=* ]]; then echo "$spec"; return 0; fi
  IFS=, read -ra items <<< "$spec"
  for item in "${items[@]}"; do [ "${item%%=*}" = "$1" ] && echo "${item#*=}"; done
  return 0
}
SWIFT=${SWIFT:-swift}
# QEMU's own blobs (Tests/Goldens, in the repository) seed the blob targets beside topoc's outputs.
GOLDENS=Tests/Goldens
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(topology dtb acpi decompile device base)
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
WORK=$SCRATCH/work
BIN=$SCRATCH/debug/topoc-fuzz

# SwiftPM's --sanitize fuzzer instruments only the executable's own module; -Xswiftc gives every
# Swift module libFuzzer's coverage (and ASan), so the parsers and decoders are what it explores.
"$SWIFT" build --sanitize fuzzer --sanitize address --product topoc-fuzz --scratch-path "$SCRATCH" \
  -Xswiftc -DTOPOC_LIBFUZZER -Xswiftc -sanitize=fuzzer,address
mkdir -p "$WORK" "$SCRATCH/artifacts"

# Every ACPI table among the goldens, the recorded QEMU sets in their subfolders included (not
# their iasl listings, command lines or package lists). Paths hold no spaces.
golden_tables() {
  find "$GOLDENS"/acpi -type f ! -name '*.dsl' ! -name '*.txt' ! -name '*.md' | sort
}

seeds() {  # seeds TARGET DIR: fills DIR with the target's seed inputs
  local dir=$2
  rm -rf "$dir"; mkdir -p "$dir"
  # Every input a target once failed on (Fuzz/regressions/TARGET-*) is replayed first, each run.
  for f in Fuzz/regressions/"$1"-*; do [ -f "$f" ] && cp "$f" "$dir/"; done
  case $1 in
    topology)
      cp Topologies/*.yaml "$dir"/
      find Tests -name '*.yaml' -size -64k | head -200 | while read -r f; do cp "$f" "$dir/$(echo "$f" | tr / _)"; done ;;
    dtb|base)  # base: the same blobs, as `compile --base` of a fixed topology
      cp Output/*/*.dtb "$GOLDENS"/dtb/*.dtb "$dir"/
      if [ "$1" = base ]; then cp Fuzz/regressions/dtb-* "$dir"/; fi ;;
    acpi)
      for f in Output/*/*.aml $(golden_tables); do
        cp "$f" "$dir/$(echo "$f" | tr / _)"
      done ;;
    decompile)  # a DTB followed by its ACPI tables, and each table alone
      for d in Output/*/; do
        n=$(basename "$d")
        cat "$d"/*.dtb "$d"/*.aml > "$dir/$n.all" 2>/dev/null || true
        for f in "$d"/*.aml; do [ -f "$f" ] && cp "$f" "$dir/$n-$(basename "$f")"; done
      done
      for f in $(golden_tables) "$GOLDENS"/dtb/*.dtb; do
        cp "$f" "$dir/$(echo "${f#"$GOLDENS"/}" | tr / _)"
      done ;;
    device)
      # Configuration knobs byte, then steps (see Sources/topoc-fuzz/DeviceTarget.swift): requests
      # written with op 8, descriptors with op 6, heads made available with op 7, kicks with op 1.
      printf '\x00\x08\x00\x01\x00\x01\x00\x06\x00\x00\x01\x14\x00\x01\x01\x06\x01\x00\x02\x08\x00\x02\x00\x07\x00\x01\x00\x02\x00\x00\x00\x00\x00\x00' > "$dir/attach"
      printf '\x00\x00\x00\x10\x10\x41\x42\x43\x44\x45\x46\x47\x48\x49\x4a\x4b\x4c\x4d\x4e\x4f\x50\x01\x00' > "$dir/raw"
      head -c 4096 /dev/urandom > "$dir/random" ;;
  esac
}

failed=0
: > "$SCRATCH/summary.txt"
for t in "${TARGETS[@]}"; do
  seeds "$t" "$WORK/seeds-$t"
  mkdir -p "$WORK/corpus-$t"
  log="$WORK/$t.log"
  runs=$(runs_for "$t")
  if [ -n "$runs" ]; then
    LIMIT=(-runs="$runs"); echo "fuzz $t for $runs executions (log: $log)"
  else
    LIMIT=(-max_total_time="$SECONDS_PER_TARGET"); echo "fuzz $t for ${SECONDS_PER_TARGET}s (log: $log)"
  fi
  status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
    "$BIN" "$t" "${LIMIT[@]}" -timeout="$TIMEOUT" -rss_limit_mb=2048 -max_len=65536 ${SEED_FLAG[@]+"${SEED_FLAG[@]}"} \
      -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/$t-" \
      "$WORK/corpus-$t" "$WORK/seeds-$t" > "$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ $status -ne 0 ]; then
    failed=1
    echo "  $t: FAILED (status $status) after ${runs:-?} executions:"
    grep -E 'ERROR: |==ERROR|Fatal error|precondition|SUMMARY|Test unit written' "$log" | head -20 | sed 's/^/    /'
  else
    echo "  $t: ${runs:-?} executions, no crash, hang or leak"
  fi
  echo "$t ${runs:-0} status=$status" >> "$SCRATCH/summary.txt"
done
exit $failed
