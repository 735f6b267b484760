#!/usr/bin/env bash
# Prints the made-up annexes (plans.py) as LibreOffice prints a word
# processor's table and as Chromium prints an HTML table, and extracts
# column-aligned text (../render-plan.sh). Needs what ../rerender-lo/make.sh
# and ../rerender/make.sh need. Usage: testdata/rerender-new/make.sh <
# renderings.txt, each line "ANNEX lo|chromium SEED".
set -euo pipefail
cd "$(dirname "$0")"
python3 plans.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r a r s; do
  ../render-plan.sh "$a.json" "$r" "$s" "$a-$s" "$tmp"
done
