#!/usr/bin/env bash
# Cold `./mirsad render` (all formats) against input size: the sample's stories repeated 1, 2, 5 and
# 10 times in one digest. Median wall time and peak memory (GNU time) over ROUNDS runs each, written
# to benchmarks/target/scale.tsv and drawn by benchmarks/chart.py into docs/performance-scale.png.
#
#   benchmarks/scale.sh [ROUNDS]      (default 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/benchmarks/target"
"$root/mirsad" formats >/dev/null
while compgen -G "$root/digest-cli/target/mirsad-*.lock" >/dev/null; do sleep 1; done

sizes=(1 2 5 10)
for k in "${sizes[@]}"; do
  python3 - "$root/examples/sample/observatory.json" "$k" "$work/digest-$k.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
k = int(sys.argv[2])
stories = [s for s in d["sections"] if s["kind"] != "introduction"]
intro = [s for s in d["sections"] if s["kind"] == "introduction"]
d["sections"] = intro + [dict(s, id=f'{s["id"]}-{i}') for i in range(k) for s in stories]
json.dump(d, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY
done

out="$root/benchmarks/target/scale.tsv"
printf 'copies\tchars\tmedian_s\tpeak_rss_mb\n' >"$out"
for k in "${sizes[@]}"; do
  for ((r = 0; r < rounds; r++)); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$root/mirsad" render "$work/digest-$k.json" -o "$work/out" >/dev/null
    cat "$work/t" >>"$work/times-$k"
  done
  chars="$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(b.get('text','')) for s in d['sections'] for b in s['blocks']))" "$work/digest-$k.json")"
  wall="$(cut -d' ' -f1 "$work/times-$k" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  rss="$(cut -d' ' -f2 "$work/times-$k" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)] / 1024}')"
  printf '%s\t%s\t%s\t%s\n' "$k" "$chars" "$wall" "$rss" >>"$out"
done
column -t -s $'\t' "$out"
# Debian's matplotlib belongs to Debian's python3, which may not be the first on the path.
py=python3
"$py" -c 'import matplotlib' 2>/dev/null || py=/usr/bin/python3
"$py" "$root/benchmarks/chart.py" "$out" "$root/docs/performance-scale.png"
