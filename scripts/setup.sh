#!/usr/bin/env bash
# Installs the Debian packages bitext needs, builds bitext, and runs the main job on the bundled example
# articles (examples/de, examples/en) into out/example. Idempotent; run as root (or with sudo).
#   libicu-dev              ICU: normalization, sentence and word breaking, transliteration (required)
#   libhunspell-dev, hunspell-de-de, hunspell-en-us   spelling and compound checks (QA)
#   libstemmer-dev          Snowball stemmers (lexicon matching)
#   trans-de-en             the Ding German-English dictionary (/usr/share/trans/de-en), read at run time
#   dict-freedict-deu-fra, dict-freedict-deu-eng      FreeDict dictionaries for other language pairs
#   scowl                   SCOWL English word lists by size (/usr/share/dict/scowl): the glossary's termhood reference
#   zlib1g-dev              zlib, to read FreeDict's dictzip files
#   libxml2-dev             libxml2: the XML layer (streaming reader) for TMX, TBX and XLIFF (required)
#   libxml2-utils           xmllint, to validate TMX/TBX output in tests
#   time                    GNU time, for peak memory in scripts/bench-tmx-import.sh
set -euo pipefail
packages=(libicu-dev libhunspell-dev hunspell-de-de hunspell-en-us libstemmer-dev trans-de-en
          dict-freedict-deu-fra dict-freedict-deu-eng scowl zlib1g-dev libxml2-dev libxml2-utils time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: Debian packages already installed" >&2
fi
cd "$(dirname "$0")/.."
swift build -c release --product bitext 2>&1 | tail -n 3 >&2
echo "setup: built $(pwd)/.build/release/bitext" >&2
.build/release/bitext run examples/de examples/en -o out/example --force
echo "setup: example report in $(pwd)/out/example/index.html" >&2
