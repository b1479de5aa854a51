#!/usr/bin/env bash
# Whether two bitext binaries give byte-identical output: the check for a refactoring that must not change
# behaviour. Runs both on the seeds (`run --many`, and `qa` of each German seed against the English one), on
# the first 120 PUD documents as article folders (`run`), on 1,500 MQM records (`qa --batch`) and on the
# PUD documents ten times over (`pair`, 1,200 × 1,200), then compares every output file.
#   scripts/same-output.sh OLD_BINARY [NEW_BINARY]     NEW defaults to .build/release/bitext
# Prints one line per comparison and exits 1 if any differs. Says "skipped" for data that is absent.
set -uo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1")
new=$(realpath "${2:-.build/release/bitext}")
seeds=../shared/seeds
pud=../shared/eval/align/pud-de-en/pud_de_en_parallel.tsv
mqm=../shared/eval/qa/mqm-ted-en-de/mqm_ted_ende.tsv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
compare() {  # label, then the arguments with OUT where the output goes
  local label=$1; shift
  for side in old new; do
    local binary=$old; [ $side = new ] && binary=$new
    "$binary" "${@//OUT/$work/$side-$label}" >"$work/$side-$label.stdout" 2>/dev/null
  done
  if [ ! -e "$work/new-$label" ]; then
    echo "NO OUTPUT  $label"; status=1
  elif diff -r "$work/old-$label" "$work/new-$label" >/dev/null 2>&1 && cmp -s "$work/old-$label.stdout" "$work/new-$label.stdout"; then
    echo "same       $label"
  else
    echo "DIFFERENT  $label"; status=1
  fi
}
if [ -d "$seeds" ]; then
  mkdir -p "$work/seeds/de" "$work/seeds/en"
  for f in "$seeds"/*.txt; do
    if grep -qw "the" "$f"; then cp "$f" "$work/seeds/en/"; else cp "$f" "$work/seeds/de/"; fi
  done
  compare seeds-run run --many "$work/seeds/de" "$work/seeds/en" -o OUT --quiet --creation-date 20260101T000000Z
  english=$(ls "$work/seeds/en"/*.txt | head -n 1)
  for f in "$work/seeds/de"/*.txt; do
    compare "seed-qa-$(basename "$f" .txt)" qa "$f" --source "$english" --format jsonl -o OUT
  done
else
  echo "skipped    seeds ($seeds not found)"
fi
if [ -f "$pud" ] && [ -f "$mqm" ]; then
  python3 - "$pud" "$mqm" "$work" <<'PY'
import collections, csv, json, os, re, sys
pud, mqm, work = sys.argv[1:]
rows = list(csv.reader(open(pud, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
docs = collections.OrderedDict()
for row in rows:
    docs.setdefault(row[0], []).append(row)
for side, column in (("de", 3), ("en", 4)):
    for copy in range(10):
        os.makedirs(f"{work}/pud{copy}/{side}", exist_ok=True)
        os.makedirs(f"{work}/big/{side}", exist_ok=True)
        for doc, members in list(docs.items())[:120]:
            text = " ".join(m[column] for m in members) + "\n"
            if copy == 0:
                open(f"{work}/pud0/{side}/{doc}.txt", "w", encoding="utf-8").write(text)
            open(f"{work}/big/{side}/{doc}_{copy}.txt", "w", encoding="utf-8").write(text)
seen = set()
with open(f"{work}/batch.jsonl", "w", encoding="utf-8") as out:
    for row in list(csv.reader(open(mqm, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]:
        key = (row[0], row[2], row[3])
        if key in seen:
            continue
        seen.add(key)
        out.write(json.dumps({"id": "-".join(key), "source": row[5], "target": re.sub(r"</?v>", "", row[6])}, ensure_ascii=False) + "\n")
        if len(seen) == 1500:
            break
PY
  compare pud-run run "$work/pud0/de" "$work/pud0/en" -o OUT --quiet --creation-date 20260101T000000Z
  compare mqm-qa-batch qa --batch "$work/batch.jsonl" --format jsonl -o OUT
  compare pud-pair pair "$work/big/de" "$work/big/en" -o OUT
else
  echo "skipped    PUD and MQM ($pud or $mqm not found)"
fi
exit $status
