#!/usr/bin/env bash
# A cold PDF anthology against WeasyPrint on the same text: `./mirsad anthology` of N digests (copies of
# the sample, each its own title and date) and WeasyPrint setting the same text as one HTML file in the same
# bundled Amiri. Every round runs each command once, in turn, so that a busy machine slows them alike; the
# figures are medians over the rounds: wall time, CPU time (user + system) and peak RSS from GNU time.
#
#   benchmarks/anthology.sh [ROUNDS] [DIGESTS]        (default: 5 rounds of 50 digests)
#
# BASELINE=/path/to/another/checkout adds that checkout's ./mirsad to the same rounds (before/after).
# Prints a table and writes it as tab-separated values to benchmarks/target/anthology.tsv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
count="${2:-50}"
out="$root/benchmarks/target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for tool in /usr/bin/time weasyprint python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "anthology: $tool is needed (apt-get install time weasyprint python3)" >&2
    exit 2
  fi
done

python3 "$root/benchmarks/scripts/issues.py" "$root/examples/sample/observatory.json" "$count" "$work/in"
python3 "$root/benchmarks/scripts/anthology-html.py" "$work/volume.html" "$work"/in/*.json
title="مختارات المرصد"

# shellcheck source=scripts/rounds.sh
source "$root/benchmarks/scripts/rounds.sh"
warm_up "$root"
names=("mirsad pdf" "weasyprint pdf")
commands=("'$root/mirsad' anthology '$work/in' --title '$title' -f pdf -o '$work/m.pdf'"
  "weasyprint '$work/volume.html' '$work/w.pdf'")
if [ -n "${BASELINE:-}" ]; then
  warm_up "$BASELINE"
  names+=("baseline pdf")
  commands+=("'$BASELINE/mirsad' anthology '$work/in' --title '$title' -f pdf -o '$work/b.pdf'")
fi

run_rounds "$rounds"
summarise command "$out/anthology.tsv"

echo "$count digests, cold, median of $rounds interleaved rounds, $(nproc) cores, load average at each round: ${loads[*]}"
column -t -s $'\t' "$out/anthology.tsv"
echo "pages: mirsad $(pdfinfo "$work/m.pdf" 2>/dev/null | awk '/^Pages/ {print $2}'), weasyprint $(pdfinfo "$work/w.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"
printf 'mirsad / weasyprint: wall %.2f, cpu %.2f   (target: wall <= 0.1)\n' \
  "$(echo "${wall[0]} / ${wall[1]}" | bc -l)" "$(echo "${cpu[0]} / ${cpu[1]}" | bc -l)"
if [ -n "${BASELINE:-}" ]; then
  printf 'baseline / weasyprint: wall %.2f, cpu %.2f\n' \
    "$(echo "${wall[2]} / ${wall[1]}" | bc -l)" "$(echo "${cpu[2]} / ${cpu[1]}" | bc -l)"
fi
