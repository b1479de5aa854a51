#!/usr/bin/env bash
# CI check of the corpus-scale workflow: workflow/Snakefile with 2 shards on 2 cores over our own small
# corpus (the pairing test fixtures and the examples: 4 German and 4 English articles, two of each
# without partner) must write the same output folder, byte for byte, as one `bitext run`.
# Needs the release build (scripts/setup.sh) and installs Snakemake (scripts/setup-workflow.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-workflow.sh
bitext=${BITEXT:-$(pwd)/.build/release/bitext}
corpus=$(mktemp -d /tmp/bitext-workflow-check.XXXXXX)
trap 'rm -rf "$corpus"' EXIT
mkdir -p "$corpus/de" "$corpus/en"
cp Tests/BitextKitTests/Fixtures/pairing/de/* examples/de/* "$corpus/de/"
cp Tests/BitextKitTests/Fixtures/pairing/en/* examples/en/* "$corpus/en/"
options="--no-default-glossary --lexicon $(pwd)/Tests/BitextKitTests/Fixtures/pairing/lexicon.tsv"
"$bitext" run "$corpus/de" "$corpus/en" -o "$corpus/run" $options --quiet
timeout 600 .venv-workflow/bin/snakemake -s workflow/Snakefile --cores 2 --quiet all --directory "$corpus" \
  --config de="$corpus/de" en="$corpus/en" out="$corpus/workflow" shards=2 bitext="$bitext" options="$options"
diff -r "$corpus/run" "$corpus/workflow"
echo "workflow-check: 2 shards through Snakemake give the same $(find "$corpus/run" -type f | wc -l) files as bitext run" >&2
