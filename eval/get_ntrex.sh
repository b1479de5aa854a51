#!/bin/sh
# Puts NTREX-128's English newstest2019 source, its German reference (professional translators, from
# the English, by document) and its document ids where eval/qa_unseen_refs.py --ntrex looks for them
# (eval/data/ntrex/): MicrosoftTranslator/NTREX at a pinned commit, CC BY-SA 4.0. Downloads the
# files, or reads them from a local clone given as the first argument (a machine without GitHub access).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$here/data/ntrex"
commit=8561f6a622db9edad1217683e5c83daefd8bb2bf
mkdir -p "$target"
get() {  # path-in-repo output
    if [ $# -ge 2 ] && [ -n "${clone:-}" ]; then
        git --git-dir="$clone" show "$commit:$1" > "$target/$2"
    else
        curl -fsSL -o "$target/$2" "https://github.com/MicrosoftTranslator/NTREX/raw/$commit/$1"
    fi
}
clone="${1:-}"
get NTREX-128/newstest2019-src.eng.txt src.en
get NTREX-128/newstest2019-ref.deu.txt ref.de
get DOCUMENT_IDS.tsv docs
echo "$target"
