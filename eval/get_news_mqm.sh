#!/bin/sh
# Puts the WMT23 English→German news MQM ratings (side by side, three professional raters per
# paragraph; google/wmt-mqm-human-evaluation, Apache-2.0) where eval/qa_trust_eval.py looks for them:
# eval/data/mqm-generalmt2023-sxs-en-de/. Downloads the pinned file, or takes a copy of it given as
# the first argument (a machine without GitHub access: bring the .tar.gz from a clone of the repository).
set -eu
commit=7fadea281aff8db61cc72fc3d469a4dca78b82a6
file=sxs_mqm_generalMT2023_ende.3ratingsPerSegment.tsv.tar.gz
sha256=df9f5af3e6498bb9dddc998acc292ea4a34161f8637dd107de6d692ed319222c
here=$(cd "$(dirname "$0")" && pwd)
target="$here/data/mqm-generalmt2023-sxs-en-de"
mkdir -p "$target"
archive="$target/$file"
if [ $# -ge 1 ]; then
    cp "$1" "$archive"
else
    curl -fsSL -o "$archive" "https://github.com/google/wmt-mqm-human-evaluation/raw/$commit/generalMT2023/ende/$file"
fi
echo "$sha256  $archive" | sha256sum -c --quiet || { echo "$archive: checksum differs from the pinned file" >&2; rm -f "$archive"; exit 1; }
tar -xzf "$archive" -C "$target"
rm -f "$archive"
echo "$target/$(basename "$file" .tar.gz)"
