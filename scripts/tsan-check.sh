#!/usr/bin/env bash
# The ThreadSanitizer bar: `bitext run --jobs 2` on the seeds and `bitext qa --batch --jobs 2` on 300 real
# records (MQM TED segments with their sources) under a TSan build must report no data race.
#   scripts/tsan-check.sh            builds .build-tsan-release/release/bitext with --sanitize=thread
# Reads ../shared/seeds (German and English articles in one folder, sorted into two by their language) and
# ../shared/eval/qa/mqm-ted-en-de; prints "skipped" when they are absent. Exits 1 on any TSan report.
set -uo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -d "$shared/seeds" ] || [ ! -f "$shared/eval/qa/mqm-ted-en-de/mqm_ted_ende.tsv" ]; then
  echo "tsan-check: skipped (no $shared/seeds or MQM data)"; exit 0
fi
scratch=.build-tsan-release
swift build -c release --sanitize=thread --scratch-path "$scratch" --product bitext 2>&1 | tail -n 1 >&2
binary="$scratch/release/bitext"
[ -x "$binary" ] || { echo "tsan-check: build failed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SWIFT_BACKTRACE=enable=no
export TSAN_OPTIONS="halt_on_error=0 exitcode=66 report_signal_unsafe=0"
python3 - "$shared" "$work" <<'PY'
import csv, json, os, re, shutil, sys
shared, work = sys.argv[1], sys.argv[2]
# Seeds: sorted by language from English function words (no file is named in code).
for side in ("de", "en"):
    os.makedirs(os.path.join(work, side))
for name in sorted(os.listdir(os.path.join(shared, "seeds"))):
    text = open(os.path.join(shared, "seeds", name), encoding="utf-8").read()
    words = re.findall(r"\w+", text.lower())
    english = sum(w in {"the", "and", "of", "to", "is", "in", "that"} for w in words)
    german = sum(w in {"der", "die", "und", "das", "ist", "nicht", "mit"} for w in words)
    shutil.copy(os.path.join(shared, "seeds", name), os.path.join(work, "en" if english > german else "de", name))
# 300 distinct MQM segments as QA batch records.
seen, records = set(), []
with open(os.path.join(shared, "eval/qa/mqm-ted-en-de/mqm_ted_ende.tsv"), encoding="utf-8", newline="") as handle:
    rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows)
    col = {n: i for i, n in enumerate(header)}
    for row in rows:
        if len(row) < len(header):
            continue
        key = (row[col["system"]], row[col["doc"]], row[col["seg_id"]])
        if key in seen:
            continue
        seen.add(key)
        target = row[col["target"]].replace("<v>", "").replace("</v>", "")
        records.append({"id": "|".join(key), "source": row[col["source"]], "target": target})
        if len(records) == 300:
            break
with open(os.path.join(work, "batch.jsonl"), "w", encoding="utf-8") as out:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
print(f"tsan-check: {len(os.listdir(os.path.join(work, 'de')))} German and {len(os.listdir(os.path.join(work, 'en')))} English seeds, {len(records)} QA records", file=sys.stderr)
PY
status=0
check() {  # label, log, exit status
  local races
  races=$(grep -c "WARNING: ThreadSanitizer" "$2")
  if [ "$races" -eq 0 ] && [ "$3" -lt 3 ]; then
    echo "tsan-check: $1: no race (exit $3)"
  else
    echo "tsan-check: $1: $races ThreadSanitizer reports (exit $3); first:"; grep -m 1 -A 12 "WARNING: ThreadSanitizer" "$2"
    status=1
  fi
}
"$binary" run "$work/de" "$work/en" -o "$work/out" --jobs 2 --many --quiet 2>"$work/run.log"
check "bitext run --jobs 2 --many on the seeds" "$work/run.log" $?
"$binary" qa --batch "$work/batch.jsonl" --jobs 2 --format jsonl -o "$work/qa.jsonl" 2>"$work/qa.log"
check "bitext qa --batch --jobs 2 on 300 MQM records" "$work/qa.log" $?
exit $status
