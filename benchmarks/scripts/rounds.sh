# Sourced by the benchmark scripts: cold commands timed in interleaved rounds, and their medians. The
# script sets `root` and `work` (a scratch folder), fills `names` and `commands` (bash command lines),
# then calls `run_rounds ROUNDS` and `summarise LABEL FILE.tsv`, which writes a row per command (name,
# wall time, CPU time as user + system, peak RSS in MiB, all medians) and leaves the medians of wall and
# CPU time in the arrays `wall` and `cpu`, indexed like `commands`.

# The first run builds the jar and, beside it, the JDK's class cache: wait for that, it is not a cold
# start a user meets twice.
warm_up() {
  "$1/mirsad" formats >/dev/null
  while compgen -G "$1/digest-cli/target/mirsad-*.lock" >/dev/null; do sleep 1; done
}

# Every command once a round, in turn, so that a busy machine slows them alike; `loads` gets the load
# average at the start of each round.
loads=()
run_rounds() {
  local r i
  for ((r = 0; r < $1; r++)); do
    loads+=("$(cut -d' ' -f1 /proc/loadavg)")
    for i in "${!commands[@]}"; do
      /usr/bin/time -f "%e %U %S %M" -o "$work/t" bash -c "${commands[$i]} >/dev/null 2>&1"
      echo "$i $(cat "$work/t")" >>"$work/times"
    done
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

declare -A wall cpu
summarise() {
  local i rss
  {
    printf '%s\twall_s\tcpu_s\tpeak_rss_mib\n' "$1"
    for i in "${!commands[@]}"; do
      wall[$i]="$(awk -v i="$i" '$1 == i {print $2}' "$work/times" | median)"
      cpu[$i]="$(awk -v i="$i" '$1 == i {print $3 + $4}' "$work/times" | median)"
      rss="$(awk -v i="$i" '$1 == i {print $5}' "$work/times" | median)"
      printf '%s\t%s\t%s\t%.0f\n' "${names[$i]}" "${wall[$i]}" "${cpu[$i]}" "$(echo "$rss / 1024" | bc -l)"
    done
  } >"$2"
}
