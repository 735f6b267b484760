#!/usr/bin/env bash
# Re-renders the corpus annexes as LibreOffice prints a word processor's
# table (render.py: column widths, font size, orientation, cell alignment
# drawn from a seed; Times New Roman set in Liberation Serif), and extracts
# column-aligned text with pdftotext -layout. Needs libreoffice-writer,
# fonts-liberation2 (Liberation 2 has the Vietnamese letters; Liberation 1
# lacks them and LibreOffice then borrows them from another font, which
# pdftotext reads as breaks inside words), poppler-utils, python3.
# Usage: testdata/rerender-lo/make.sh SEED...
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for a in seed dongthap_617 hanoi_310 nghean_980; do
  go run ../../cmd/annex convert "../corpus/$a/lo.txt" -o "$tmp/$a.json"
  for s in "$@"; do
    python3 render.py "$tmp/$a.json" "$s" "$tmp/$a-$s.fodt"
  done
done
soffice --headless --norestore -env:UserInstallation=file://"$tmp/profile" \
  --convert-to pdf --outdir . "$tmp"/*.fodt >/dev/null
for f in "$tmp"/*.fodt; do
  b=$(basename "$f" .fodt)
  pdftotext -layout "$b.pdf" "$b.layout.txt"
done
