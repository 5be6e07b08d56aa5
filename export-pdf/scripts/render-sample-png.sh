#!/usr/bin/env bash
# Renders the first page of the sample edition to docs/sample-page1.png, the picture in the README.
#
#   export-pdf/scripts/render-sample-png.sh
#
# Prints examples/sample/observatory.json with the PDF exporter's defaults through ./mirsad (which builds
# itself if needed) and rasterises page 1 at 110 dpi with poppler's pdftoppm (poppler-utils).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$(dirname "$here")")"
command -v pdftoppm >/dev/null || { echo "pdftoppm not found (apt-get install poppler-utils)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
./mirsad render examples/sample/observatory.json --format pdf -o "$work" >/dev/null
mkdir -p docs
pdftoppm -r 110 -png -f 1 -l 1 -singlefile "$work/observatory.pdf" docs/sample-page1
echo "wrote $repo/docs/sample-page1.png"
