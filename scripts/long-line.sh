#!/usr/bin/env bash
# Every command on one long line of German (our own sentence repeated, no line break): exit status, seconds
# and peak memory with the release binary, each under a time limit. The default size is just under the
# longest line bitext reads (TextFile.maximumLineBytes, 10,000,000 bytes), so this measures the worst line
# a command accepts; the bad-input matrix test covers the 100 MB line, which every command refuses.
#   scripts/long-line.sh [BYTES] [LIMIT_SECONDS]    defaults 9999000 and 600
set -uo pipefail
cd "$(dirname "$0")/.."
bytes=${1:-9999000}
limit=${2:-600}
binary=.build/release/bitext
[ -x "$binary" ] || swift build -c release --product bitext 2>&1 | tail -n 1 >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$bytes" <<'PY'
import sys
words = "Der Hafen bleibt offen und die Fähre fährt ".encode()
with open(sys.argv[1] + "/long.txt", "wb") as out:
    out.write(words * (int(sys.argv[2]) // len(words)) + b"\n")
PY
printf 'The ferry runs.\n' > "$work/en.txt"
export SWIFT_BACKTRACE=enable=no
printf '%-16s %6s %9s %9s  %s\n' command exit seconds "peak MB" "first line on standard error"
measure() {  # name, arguments…
  local name=$1; shift
  /usr/bin/time -f '%x %e %M' -o "$work/time" timeout "$limit" "$binary" "$@" >/dev/null 2>"$work/err"
  read -r code seconds kb < <(tail -n 1 "$work/time")
  [ "$code" = 124 ] && code="timeout ($limit s)"
  printf '%-16s %6s %9s %9s  %s\n' "$name" "$code" "$seconds" "$(( ${kb:-0} / 1024 ))" "$(head -n 1 "$work/err" | cut -c1-100)"
}
measure normalize normalize --lang de "$work/long.txt" -o "$work/out"
measure split split --lang de "$work/long.txt" -o "$work/out"
measure tokenize tokenize --lang de "$work/long.txt" -o "$work/out"
measure align align --no-default-lexicon "$work/long.txt" "$work/en.txt" -o "$work/out"
measure pair pair --no-default-lexicon "$work/long.txt" "$work/en.txt" -o "$work/out"
measure qa qa "$work/long.txt" --no-default-lexicon -o "$work/out"
measure "glossary build" glossary build --no-default-lexicon "$work/long.txt" "$work/en.txt" -o "$work/out"
measure run run --no-default-lexicon --quiet "$work/long.txt" "$work/en.txt" -o "$work/run"
