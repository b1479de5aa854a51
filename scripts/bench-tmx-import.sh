#!/usr/bin/env bash
# Peak memory and time of `bitext glossary import` on a large generated glossary TMX (default 300 MB),
# plus the two failure bars of the XML layer on the same file: cut off in the middle (file:line:col,
# exit 2, no output file) and its UTF-16 twin (the same TSV as the UTF-8 file).
#   scripts/bench-tmx-import.sh [MEGABYTES] [BITEXT]
# Needs GNU time (/usr/bin/time, Debian package `time`) and iconv. Writes into a temporary folder.
set -euo pipefail
megabytes=${1:-300}
bitext=${2:-"$(cd "$(dirname "$0")/.." && pwd)/.build/release/bitext"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Entries of our own: numbered German and English terms with a context sentence pair each, so that
# every tu has props, a note and text that needs escaping.
python3 - "$work/big.tmx" "$megabytes" <<'PY'
import sys
path, megabytes = sys.argv[1], int(sys.argv[2])
limit = megabytes * 1_000_000
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
              '  <header creationtool="bench" creationtoolversion="1" segtype="phrase" o-tmf="x" adminlang="en" srclang="de" datatype="plaintext"/>\n  <body>\n')
    i = 0
    while out.tell() < limit:
        i += 1
        out.write(f'    <tu tuid="{i}">\n      <note>Eintrag {i} &amp; Anmerkung</note>\n'
                  f'      <prop type="x-domain">politik</prop>\n      <prop type="x-frequency">{i % 97 + 1}</prop>\n'
                  f'      <tuv xml:lang="de">\n        <prop type="x-context">Die Botschaft Nummer {i} öffnet am Montag wieder.</prop>\n'
                  f'        <seg>Botschaft{i}</seg>\n      </tuv>\n'
                  f'      <tuv xml:lang="en">\n        <prop type="x-context">Embassy number {i} reopens on Monday.</prop>\n'
                  f'        <seg>embassy{i}</seg>\n      </tuv>\n    </tu>\n')
    out.write('  </body>\n</tmx>\n')
print(f"bench: {path}: {i} entries", file=sys.stderr)
PY
size=$(stat -c %s "$work/big.tmx")
/usr/bin/time -v "$bitext" glossary import "$work/big.tmx" -o "$work/big.tsv" 2> "$work/time.txt"
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
user=$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$work/time.txt")
echo "import: $((size / 1000000)) MB TMX, $(($(wc -l < "$work/big.tsv") - 1)) entries, peak RSS $((peak_kb / 1024)) MB, wall $wall, user ${user} s"

# Cut off in the middle of the file.
head -c $((size / 2)) "$work/big.tmx" > "$work/cut.tmx"
set +e
"$bitext" glossary import "$work/cut.tmx" -o "$work/cut.tsv" 2> "$work/cut.err"
status=$?
set -e
echo "truncated: exit $status, $(head -n 1 "$work/cut.err"), output file $([ -e "$work/cut.tsv" ] && echo present || echo absent)"

# The UTF-16 twin (little-endian with a byte-order mark, as Trados writes it) of a 5 MB head.
python3 - "$work/big.tmx" "$work/small.tmx" "$work/small16.tmx" <<'PY'
import sys
src, utf8, utf16 = sys.argv[1:]
text = open(src, encoding="utf-8").read(5_000_000)
text = text[:text.rindex("</tu>") + 5] + "\n  </body>\n</tmx>\n"
open(utf8, "w", encoding="utf-8").write(text)
open(utf16, "wb").write(b"\xff\xfe" + text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le"))
PY
"$bitext" glossary import "$work/small.tmx" -o "$work/small.tsv"
"$bitext" glossary import "$work/small16.tmx" -o "$work/small16.tsv"
if cmp -s "$work/small.tsv" "$work/small16.tsv"; then verdict=identical; else verdict=DIFFERENT; fi
echo "utf-16: $(($(wc -l < "$work/small.tsv") - 1)) entries, TSV $verdict to the UTF-8 twin's"
