#!/usr/bin/env bash
# Re-renders the corpus annexes with other columns (mutate.py) as
# LibreOffice prints a word processor's table (../rerender-lo/render.py)
# and as Chromium prints an HTML table (../rerender/render.py), and
# extracts column-aligned text with pdftotext -layout. Needs what those
# two make.sh need. Usage: testdata/rerender-cols/make.sh < renderings.txt,
# each line "ANNEX VARIANT lo|chromium SEED".
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r a v r s; do
  [ -f "$tmp/$a.json" ] || go run ../../cmd/annex convert "../corpus/$a/lo.txt" -o "$tmp/$a.json"
  python3 mutate.py "$tmp/$a.json" "$v" "$tmp/${a}_$v.json"
  cp "$tmp/${a}_$v.expected.json" .
  b="${a}_$v-$s"
  if [ "$r" = lo ]; then
    python3 ../rerender-lo/render.py "$tmp/${a}_$v.json" "$s" "$tmp/$b.fodt"
    soffice --headless --norestore -env:UserInstallation=file://"$tmp/profile" \
      --convert-to pdf --outdir . "$tmp/$b.fodt" >/dev/null
  else
    python3 ../rerender/render.py "$tmp/${a}_$v.json" "$s" "$tmp/$b.html"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$b.pdf" "$tmp/$b.html" 2>/dev/null
  fi
  pdftotext -layout "$b.pdf" "$b.layout.txt"
done
