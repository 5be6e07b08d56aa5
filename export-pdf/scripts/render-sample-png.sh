#!/usr/bin/env bash
# Renders the pictures of the sample edition shown in the README:
#   docs/sample-page1.png               page 1, the PDF exporter's defaults (A4, one column)
#   docs/sample-two-columns-page1.png   page 1 in two columns (-O pdf.columns=2)
#   docs/sample-a5-print-page1.png      page 1 on A5 in two columns with 3 mm bleed and crop marks
#
#   export-pdf/scripts/render-sample-png.sh
#
# Prints examples/sample/observatory.json through ./mirsad (which builds itself if needed) and rasterises
# page 1 at 110 dpi with poppler's pdftoppm (poppler-utils).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$(dirname "$here")")"
command -v pdftoppm >/dev/null || { echo "pdftoppm not found (apt-get install poppler-utils)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
mkdir -p docs
render() {
  local name="$1"
  shift
  ./mirsad render examples/sample/observatory.json --format pdf -o "$work/$name" "$@" >/dev/null
  pdftoppm -r 110 -png -f 1 -l 1 -singlefile "$work/$name/observatory.pdf" "docs/$name"
  echo "wrote $repo/docs/$name.png"
}
render sample-page1
render sample-two-columns-page1 -O pdf.columns=2
render sample-a5-print-page1 -O pdf.paper=a5 -O pdf.columns=2 -O pdf.bleed=3mm -O pdf.crop-marks=true
