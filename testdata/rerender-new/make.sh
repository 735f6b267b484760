#!/usr/bin/env bash
# Prints the made-up annexes (plans.py) as LibreOffice prints a word
# processor's table (../rerender-lo/render.py) and as Chromium prints an
# HTML table (../rerender/render.py), and extracts column-aligned text
# with pdftotext -layout. Needs what those two make.sh need. Usage:
# testdata/rerender-new/make.sh < renderings.txt, each line
# "ANNEX lo|chromium SEED".
set -euo pipefail
cd "$(dirname "$0")"
python3 plans.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r a r s; do
  b="$a-$s"
  if [ "$r" = lo ]; then
    python3 ../rerender-lo/render.py "$a.json" "$s" "$tmp/$b.fodt"
    soffice --headless --norestore -env:UserInstallation=file://"$tmp/profile" \
      --convert-to pdf --outdir . "$tmp/$b.fodt" >/dev/null
  else
    python3 ../rerender/render.py "$a.json" "$s" "$tmp/$b.html"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$b.pdf" "$tmp/$b.html" 2>/dev/null
  fi
  pdftotext -layout "$b.pdf" "$b.layout.txt"
done
