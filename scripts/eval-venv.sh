#!/usr/bin/env bash
# Makes the Python venv the CAT-tool evaluation (eval/cat_interop.py) runs translate-toolkit from.
# translate-toolkit is not a dependency of bitext; the venv lives under .build/ (ignored by git).
#   scripts/eval-venv.sh            -> .build/eval-venv/bin/python
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.build/eval-venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r eval/cat-requirements.txt
echo "eval-venv: $(pwd)/$venv/bin/python" >&2
