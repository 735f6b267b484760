#!/usr/bin/env bash
# Prints one plan (annex/v1 JSON) as LibreOffice prints a word processor's
# table (rerender-lo/render.py) or as Chromium prints an HTML table
# (rerender/render.py), with the geometry drawn from SEED, into NAME.pdf
# in the current folder, and extracts NAME.layout.txt with pdftotext
# -layout. WORK is a scratch folder (LibreOffice keeps its profile there).
# Usage: render-plan.sh PLAN.json lo|chromium SEED NAME WORK
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
plan=$1 renderer=$2 seed=$3 name=$4 work=$5
if [ "$renderer" = lo ]; then
  python3 "$here/rerender-lo/render.py" "$plan" "$seed" "$work/$name.fodt"
  soffice --headless --norestore -env:UserInstallation=file://"$work/profile" \
    --convert-to pdf --outdir . "$work/$name.fodt" >/dev/null
else
  python3 "$here/rerender/render.py" "$plan" "$seed" "$work/$name.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$name.pdf" "$work/$name.html" 2>/dev/null
fi
pdftotext -layout "$name.pdf" "$name.layout.txt"
