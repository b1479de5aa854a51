#!/usr/bin/env bash
# Renders a `bitext qa --format html` report in headless Chromium and saves a screenshot, to check by
# eye that the report shows source and target side by side with the findings highlighted.
#
#   scripts/qa-screenshot.sh TARGET [SOURCE] [OUT.png]
#
# Needs Chromium (Debian: apt-get install -y chromium); not part of setup or CI on purpose. Uses the
# release binary (swift build -c release) when present, else the debug one. The HTML report is
# written next to the PNG (OUT.html).
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 TARGET [SOURCE] [OUT.png]" >&2
  exit 2
fi
target=$1
source=${2:-}
out=${3:-/tmp/bitext-qa.png}
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.build/release/bitext"
[ -x "$bin" ] || bin="$root/.build/debug/bitext"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "qa-screenshot: Chromium not found (apt-get install -y chromium)" >&2
  exit 1
fi
html="${out%.png}.html"
args=(qa "$target" --format html -o "$html")
[ -n "$source" ] && args+=(--source "$source")
# Findings make bitext exit 1 by design; only a missing report is a failure here.
"$bin" "${args[@]}" || [ -s "$html" ]
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 \
  --screenshot="$out" "file://$html" 2>/dev/null
echo "qa-screenshot: $out (report: $html)" >&2
