#!/usr/bin/env bash
# Re-renders the corpus annexes with other columns (mutate.py) as
# LibreOffice prints a word processor's table and as Chromium prints an
# HTML table, and extracts column-aligned text (../render-plan.sh). Needs
# what ../rerender-lo/make.sh and ../rerender/make.sh need, and Go. Usage:
# testdata/rerender-cols/make.sh < renderings.txt, each line "ANNEX VARIANT
# lo|chromium SEED".
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r a v r s; do
  [ -f "$tmp/$a.json" ] || go run ../../cmd/annex convert "../corpus/$a/lo.txt" -o "$tmp/$a.json"
  python3 mutate.py "$tmp/$a.json" "$v" "$tmp/${a}_$v.json"
  cp "$tmp/${a}_$v.expected.json" .
  ../render-plan.sh "$tmp/${a}_$v.json" "$r" "$s" "${a}_$v-$s" "$tmp"
done
