#!/usr/bin/env bash
# Installs Snakemake and its Slurm executor plugin from PyPI into a virtual environment
# (.venv-workflow/ in the repository, not committed), for workflow/Snakefile and its Slurm profile.
# Idempotent. Versions are pinned in workflow/requirements.txt.
#   usage: scripts/setup-workflow.sh            then: .venv-workflow/bin/snakemake -s workflow/Snakefile …
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-workflow
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -m pip install -q --disable-pip-version-check -r workflow/requirements.txt >&2; then
  echo "setup-workflow: pip could not install workflow/requirements.txt" >&2
  exit 1
fi
echo "setup-workflow: $("$venv/bin/snakemake" --version | sed 's/^/snakemake /') in $(pwd)/$venv" >&2
