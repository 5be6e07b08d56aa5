#!/usr/bin/env bash
# Batch throughput, one worker against two, whole process, cold: `mirsad batch` of N digests (copies of the
# sample, each its own title and date) in every format with -j 1 and -j 2, in turn, round after round, each
# into a fresh folder. Medians of wall time and CPU time (user + system); the speed-up is the ratio of the
# -j 1 and -j 2 wall times. Wall time only means something on an idle machine: the load average is printed.
#
#   benchmarks/batch.sh [ROUNDS] [DIGESTS]          (default: 3 rounds of 100 digests)
#   MIRSAD_JAVA_OPTS=-Xmx256m benchmarks/batch.sh   (the same with JVM options, as ./mirsad takes them)
#
# Run ./mirsad once first, so that its class-data archive exists. Writes benchmarks/target/batch.tsv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
count="${2:-100}"
out="$root/benchmarks/target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
python3 "$root/benchmarks/scripts/issues.py" "$root/examples/sample/observatory.json" "$count" "$work/in" >/dev/null
loads=()
for ((r = 0; r < rounds; r++)); do
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  for j in 1 2; do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$root/mirsad" \
      batch "$work/in" -o "$work/out" -j "$j" >/dev/null 2>&1
    echo "$j $(cat "$work/t")" >>"$work/times"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
{
  printf 'workers\twall_s\tcpu_s\tpeak_rss_mib\n'
  for j in 1 2; do
    printf '%s\t%s\t%s\t%.0f\n' "$j" "$(awk -v j="$j" '$1 == j {print $2}' "$work/times" | median)" \
      "$(awk -v j="$j" '$1 == j {print $3 + $4}' "$work/times" | median)" \
      "$(echo "$(awk -v j="$j" '$1 == j {print $5}' "$work/times" | median) / 1024" | bc -l)"
  done
} >"$out/batch.tsv"
echo "$count digests x 3 formats, medians of $rounds rounds, $(nproc) cores, load average at each round: ${loads[*]}"
column -t -s $'\t' "$out/batch.tsv"
w1="$(awk -F'\t' '$1 == 1 {print $2}' "$out/batch.tsv")"
w2="$(awk -F'\t' '$1 == 2 {print $2}' "$out/batch.tsv")"
printf 'speed-up -j 2 / -j 1: %.2f   (target: >= 1.8)\n' "$(echo "$w1 / $w2" | bc -l)"
