#!/usr/bin/env bash
# The class floor of a cold render: how long a JVM takes only to load the classes that `mirsad render`
# loads and initialise those it initialises, with the launcher's own flags and class cache, doing none
# of the render's work.
# No render that needs those classes can start, shape and write in less. For each command it times, in
# interleaved rounds: the JVM with the probe agent and an empty list (start-up alone), the agent with the
# render's class list (the floor), and the render itself.
#
#   benchmarks/floor.sh [ROUNDS] [KIND ...]    (default: 7 rounds of all pdf docx epub anthology)
#
# KIND is `all` (the sample to all three formats), `pdf`, `docx` or `epub` (the sample to one), or
# `anthology` (a 50-digest PDF anthology, as benchmarks/anthology.sh makes it).
#
# Writes benchmarks/target/floor.tsv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-7}"
shift || true
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(all pdf docx epub anthology)
sample="$root/examples/sample/observatory.json"
out="$root/benchmarks/target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/floor"

javac -d "$out/floor" "$root/benchmarks/scripts/ClassFloor.java"
printf 'Premain-Class: ClassFloor\n' >"$work/manifest"
jar --create --file "$out/floor/floor.jar" --manifest "$work/manifest" -C "$out/floor" ClassFloor.class

# shellcheck source=scripts/rounds.sh
source "$root/benchmarks/scripts/rounds.sh"
warm_up "$root"

: >"$work/empty"
names=("jvm + agent, no classes")
commands=("MIRSAD_JAVA_OPTS='-javaagent:$out/floor/floor.jar=$work/empty' '$root/mirsad' --version")
python3 "$root/benchmarks/scripts/issues.py" "$sample" 50 "$work/in" >/dev/null
for f in "${kinds[@]}"; do
  case "$f" in
    all) args="render '$sample' -o" ;;
    pdf | docx | epub) args="render '$sample' -f $f -o" ;;
    anthology) args="anthology '$work/in' --title 'مختارات المرصد' -f pdf -o" ;;
    *) echo "floor: unknown kind $f (all, pdf, docx, epub, anthology)" >&2; exit 2 ;;
  esac
  # The classes the render loads, then those it initialises, each in the run's order, less those the
  # JVM makes at run time (lambdas, method handles, reflection accessors), which have no name to load.
  MIRSAD_JAVA_OPTS="-Xlog:class+load=info,class+init=info:file=$work/$f.log" \
    bash -c "'$root/mirsad' $args '$work/list-$f.out'" >/dev/null
  {
    sed -n 's/.*\[class,load\] \([^ ]*\) source: .*/L \1/p' "$work/$f.log"
    sed -n "s/.*\[class,init\] [0-9]* Initializing '\([^']*\)'.*/I \1/p" "$work/$f.log" | tr / .
  } | grep -v -e '\$\$Lambda' -e 'LambdaForm\$' -e '\.0x' -e '/0x' -e 'reflect\.Generated' >"$work/$f.classes"
  echo "$f: $(grep -c '^L' "$work/$f.classes") classes loaded, $(grep -c '^I' "$work/$f.classes") initialised" >&2
  names+=("floor $f" "render $f")
  commands+=("MIRSAD_JAVA_OPTS='-javaagent:$out/floor/floor.jar=$work/$f.classes' '$root/mirsad' --version"
    "'$root/mirsad' $args \"\$(mktemp -d -p '$work')/out\"")
done
run_rounds "$rounds"
summarise command "$out/floor.tsv"
echo "medians of $rounds rounds, $(nproc) cores, load average at each round: ${loads[*]}"
column -t -s $'\t' "$out/floor.tsv"
