#!/usr/bin/env bash
# Re-renders the corpus annexes with new geometry (render.py: column
# widths, font size, orientation, cell alignment drawn from a seed), prints
# them to PDF with headless Chromium (Times New Roman set in Tinos, from
# fonts-croscore) and extracts column-aligned text with
# pdftotext -layout. Needs chromium, fonts-croscore, poppler-utils, python3.
# Usage: testdata/rerender/make.sh SEED...
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for a in seed dongthap_617 hanoi_310 nghean_980; do
  go run ../../cmd/annex convert "../corpus/$a/lo.txt" -o "$tmp/$a.json"
  for s in "$@"; do
    python3 render.py "$tmp/$a.json" "$s" "$tmp/$a-$s.html"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$a-$s.pdf" "$tmp/$a-$s.html" 2>/dev/null
    pdftotext -layout "$a-$s.pdf" "$a-$s.layout.txt"
  done
done
