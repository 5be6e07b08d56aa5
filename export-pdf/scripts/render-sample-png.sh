#!/usr/bin/env bash
# Renders the first page of the sample edition to docs/sample-page1.png, the picture in the README.
#
#   export-pdf/scripts/render-sample-png.sh
#
# Builds export-pdf with Maven, prints examples/sample/observatory.json with the PDF exporter's defaults,
# and rasterises page 1 at 110 dpi with poppler's pdftoppm (poppler-utils).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$(dirname "$here")")"
command -v pdftoppm >/dev/null || { echo "pdftoppm not found (apt-get install poppler-utils)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
mvn -q -B -pl export-pdf compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath"
java -Djava.awt.headless=true -cp "export-pdf/target/classes:$(cat "$work/classpath")" \
    "$here/RenderEdition.java" examples/sample/observatory.json "$work/observatory.pdf"

mkdir -p docs
pdftoppm -r 110 -png -f 1 -l 1 -singlefile "$work/observatory.pdf" docs/sample-page1
echo "wrote $repo/docs/sample-page1.png"
