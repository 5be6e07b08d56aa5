#!/usr/bin/env bash
# Cold command-line times, side by side with the tools a newsroom would use instead: `./mirsad render`
# per format and to all three, against pandoc (DOCX, EPUB) and WeasyPrint (PDF) on the same text.
# Every round runs each command once, in turn, so that a busy machine slows all of them alike; the
# figures are medians over the rounds. CPU time (user + system) and peak memory (max RSS) come from GNU
# time; CPU time is the steadier figure on a machine others are using.
#
#   benchmarks/compare.sh [ROUNDS] [DIGEST.json]       (default: 7 rounds of the sample)
#
# BASELINE=/path/to/another/checkout adds that checkout's ./mirsad to the same rounds (before/after).
#
# Prints a table and writes it as tab-separated values to benchmarks/target/compare.tsv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-7}"
digest="$(readlink -f "${2:-$root/examples/sample/observatory.json}")"
out="$root/benchmarks/target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
if [ ! -x /usr/bin/time ]; then
  echo "compare: GNU time (/usr/bin/time) is needed for peak memory: apt-get install time" >&2
  exit 2
fi

# shellcheck source=scripts/rounds.sh
source "$root/benchmarks/scripts/rounds.sh"
warm_up "$root"

commands=()
names=()
add() { names+=("$1"); commands+=("$2"); }
for f in pdf docx epub; do
  add "mirsad $f" "'$root/mirsad' render '$digest' -f $f -o '$work/m'"
done
add "mirsad all" "'$root/mirsad' render '$digest' -o '$work/m'"

competitors=yes
for tool in pandoc weasyprint python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "compare: $tool is not installed; timing mirsad alone (apt-get install pandoc weasyprint)" >&2
    competitors=no
  fi
done
if [ "$competitors" = yes ]; then
  # The same text for the other tools: Markdown for pandoc, and pandoc's standalone HTML set in the
  # same bundled Amiri for WeasyPrint. Made once, outside the timing.
  python3 - "$digest" "$work/digest.md" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
m = d["metadata"]
lines = ["---", "title: " + json.dumps(m["title"], ensure_ascii=False), "lang: " + m.get("language", "ar"),
         "dir: " + m.get("direction", "rtl"), "date: " + str(m.get("published", "")), "---", ""]
for s in d["sections"]:
    if s.get("headline"):
        lines += ["# " + s["headline"], ""]
    for b in s.get("blocks", []):
        if "text" in b:
            lines += [b["text"], ""]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
EOF
  fonts="$root/digest-fonts/src/main/resources/io/mirsad/fonts/amiri"
  cat >"$work/amiri.css" <<EOF
@font-face { font-family: Amiri; src: url("file://$fonts/Amiri-Regular.ttf"); }
@font-face { font-family: Amiri; font-weight: bold; src: url("file://$fonts/Amiri-Bold.ttf"); }
body { font-family: Amiri; }
EOF
  pandoc "$work/digest.md" -s --css "$work/amiri.css" -o "$work/digest.html"
  add "pandoc docx" "pandoc '$work/digest.md' -o '$work/p.docx'"
  add "pandoc epub" "pandoc '$work/digest.md' -o '$work/p.epub'"
  add "weasyprint pdf" "weasyprint '$work/digest.html' '$work/w.pdf'"
fi

if [ -n "${BASELINE:-}" ]; then
  "$BASELINE/mirsad" formats >/dev/null
  while compgen -G "$BASELINE/digest-cli/target/mirsad*.lock" >/dev/null; do sleep 1; done
  for f in pdf docx epub; do
    add "baseline $f" "'$BASELINE/mirsad' render '$digest' -f $f -o '$work/b'"
  done
  add "baseline all" "'$BASELINE/mirsad' render '$digest' -o '$work/b'"
fi

run_rounds "$rounds"
summarise command "$out/compare.tsv"

echo "cold runs, median of $rounds interleaved rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
column -t -s $'\t' "$out/compare.tsv"
echo
echo "sizes (bytes):"
for f in "$work"/m/* "$work"/b/* "$work"/p.* "$work"/w.pdf; do
  [ -f "$f" ] && printf '  %-22s %8d\n' "$(basename "$(dirname "$f")")/$(basename "$f")" "$(stat -c %s "$f")"
done
if [ "$competitors" = yes ]; then
  others="$(echo "${wall[4]} + ${wall[5]} + ${wall[6]}" | bc -l)"
  echo
  printf 'pandoc docx + pandoc epub + weasyprint pdf: %.2f s\n' "$others"
  printf 'mirsad all / those three:                   %.2f   (target <= 0.5)\n' "$(echo "${wall[3]} / $others" | bc -l)"
  printf 'the same in CPU time:                       %.2f\n' \
    "$(echo "${cpu[3]} / (${cpu[4]} + ${cpu[5]} + ${cpu[6]})" | bc -l)"
  printf 'mirsad pdf / weasyprint pdf:                %.2f\n' "$(echo "${wall[0]} / ${wall[6]}" | bc -l)"
  printf 'mirsad docx / pandoc docx:                  %.2f\n' "$(echo "${wall[1]} / ${wall[4]}" | bc -l)"
  printf 'mirsad epub / pandoc epub:                  %.2f\n' "$(echo "${wall[2]} / ${wall[5]}" | bc -l)"
fi
