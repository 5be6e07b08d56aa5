#!/usr/bin/env bash
# Memory as volumes grow: peak RSS of the whole process (GNU time) for anthologies of 10, 50 and 500 digests
# in each format, under a heap ceiling (the issue's -Xmx256m unless HEAP is set), and the page count and size.
#
#   benchmarks/volumes.sh [FORMATS] [COUNTS]     (default: "pdf epub docx" and "10 50 500")
#   HEAP=96m benchmarks/volumes.sh pdf 500       (does a 500-digest PDF volume fit in 96 MiB of heap?)
#
# Writes benchmarks/target/volumes.tsv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
formats="${1:-pdf epub docx}"
counts="${2:-10 50 500}"
heap="${HEAP:-256m}"
out="$root/benchmarks/target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# shellcheck source=scripts/rounds.sh
source "$root/benchmarks/scripts/rounds.sh"
warm_up "$root"
{
  printf 'digests\tformat\theap\tpeak_rss_mib\tcpu_s\tbytes\tpages\tstatus\n'
  for n in $counts; do
    python3 "$root/benchmarks/scripts/issues.py" "$root/examples/sample/observatory.json" "$n" "$work/in$n" >/dev/null
    for f in $formats; do
      status=ok
      /usr/bin/time -f "%M %U %S" -o "$work/t" env MIRSAD_JAVA_OPTS="-Xmx$heap" "$root/mirsad" \
        anthology "$work/in$n" --title "مختارات المرصد" -f "$f" -o "$work/v.$f" >/dev/null 2>"$work/err" || status=failed
      if grep -q OutOfMemoryError "$work/err"; then status="out of memory"; fi
      # a failed run puts "Command exited with non-zero status" before the figures
      read -r rss user sys < <(tail -n 1 "$work/t")
      pages=""
      if [ "$f" = pdf ] && [ "$status" = ok ]; then pages="$(pdfinfo "$work/v.pdf" | awk '/^Pages/ {print $2}')"; fi
      printf '%s\t%s\t%s\t%.0f\t%.2f\t%s\t%s\t%s\n' "$n" "$f" "$heap" "$(echo "$rss / 1024" | bc -l)" \
        "$(echo "$user + $sys" | bc -l)" "$(stat -c %s "$work/v.$f" 2>/dev/null || echo -)" "$pages" "$status"
      rm -f "$work/v.$f"
    done
  done
} | tee "$out/volumes.tsv" | column -t -s $'\t'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
