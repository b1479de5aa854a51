#!/usr/bin/env bash
# Runs the libFuzzer harness (fuzz/Sources) on each reader for a given time.
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     default: 60 s per target, every target
# Builds BitextFuzz with -sanitize=fuzzer,address (linked by the toolchain's lld) into .build-fuzz (a plain `swift build` never sees the
# target: Package.swift declares it only when BITEXT_FUZZ is set). Each target starts from its seeds in
# fuzz/seeds/TARGET plus the corpus earlier runs grew in .build-fuzz/corpus/TARGET; a crash, sanitizer
# report or input slower than 10 s is saved under .build-fuzz/artifacts/TARGET/ and the script exits 1.
# Prints one line per target: executions, seconds, corpus size, outcome.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(xml tmx tbx bilingual tsv csv omegat jsonl ding freedict normalize split qa qa-source counts cache)
scratch=.build-fuzz
BITEXT_FUZZ=1 swift build --scratch-path "$scratch" --product BitextFuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 \
  | grep -v "Cannot export local symbol" | tail -n 2 >&2
binary="$scratch/debug/BitextFuzz"
[ -x "$binary" ] || { echo "fuzz: build failed" >&2; exit 2; }
# Swift's crash backtracer would stall libFuzzer's own crash handling; leak reports come from ASan.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
status=0
printf '%-10s %12s %8s %8s  %s\n' target executions seconds corpus outcome
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"
  artifacts="$scratch/artifacts/$target/"
  log="$scratch/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  "$binary" "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "fuzz/seeds/$target" >"$log" 2>&1
  code=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  time=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' | tail -n 1)
  size=$(find "$corpus" -type f | wc -l)
  if [ $code -eq 0 ]; then
    outcome="no crash"
  else
    outcome="FAILED ($(grep -m 1 -o 'ERROR: [A-Za-z]*: [^ ]*\|SUMMARY: [^:]*: [a-z -]*\|Fatal error: .*' "$log" | head -n 1)); see $log"
    status=1
  fi
  printf '%-10s %12s %8s %8s  %s\n' "$target" "${runs:-?}" "${time:-$seconds}" "$size" "$outcome"
done
exit $status
