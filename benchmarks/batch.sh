#!/usr/bin/env bash
# Batch throughput, one worker against two, whole process, cold: `mirsad batch` of N digests (copies of the
# sample, each its own title and date) in every format with -j 1 and -j 2, in turn, round after round, each
# into a fresh folder. Medians of wall time and CPU time (user + system); the speed-up is the ratio of the
# -j 1 and -j 2 wall times. Wall time only means something on an idle machine: the load average is printed.
#
#   benchmarks/batch.sh [ROUNDS] [DIGESTS]          (default: 3 rounds of 100 digests)
#   MIRSAD_JAVA_OPTS=-Xmx256m benchmarks/batch.sh   (the same with JVM options, as ./mirsad takes them)
#
# Writes benchmarks/target/batch.tsv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
count="${2:-100}"
out="$root/benchmarks/target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
python3 "$root/benchmarks/scripts/issues.py" "$root/examples/sample/observatory.json" "$count" "$work/in" >/dev/null
# shellcheck source=scripts/rounds.sh
source "$root/benchmarks/scripts/rounds.sh"
warm_up "$root"
names=(1 2)
# Each run into a fresh folder: a batch skips editions already up to date.
commands=("'$root/mirsad' batch '$work/in' -o \"\$(mktemp -d -p '$work')\" -j 1"
  "'$root/mirsad' batch '$work/in' -o \"\$(mktemp -d -p '$work')\" -j 2")
run_rounds "$rounds"
summarise workers "$out/batch.tsv"
echo "$count digests x 3 formats, medians of $rounds rounds, $(nproc) cores, load average at each round: ${loads[*]}"
column -t -s $'\t' "$out/batch.tsv"
printf 'speed-up -j 2 / -j 1: %.2f   (target: >= 1.8)\n' "$(echo "${wall[0]} / ${wall[1]}" | bc -l)"
