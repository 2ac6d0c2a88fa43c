#!/bin/sh
# Per route of a build directory (route.sh's `build/`): the seed's Fmax line, the critical path
# (type, delay, cumulative, name) and the endpoint census by kind and by family over 10 ns.
# Usage: summarise.sh BUILD_DIR NAME [OUT_DIR]   (writes fmax_NAME.txt, critpath_NAME_sS.txt,
#   census_NAME_sS.txt into OUT_DIR, by default this directory)
HERE=$(cd "$(dirname "$0")" && pwd)
B=$1; N=$2; OUT=${3:-$HERE}
: > "$OUT/fmax_$N.txt"
for log in "$B"/route_s*.log; do
  s=$(basename "$log" .log | sed 's/route_s//')
  echo "seed $s: $(grep "Max frequency for clock '\$glbnet" "$log" | tail -1)" >> "$OUT/fmax_$N.txt"
  awk '/Critical path report for clock .\$glbnet/{f=1; next} f && /ns logic/{print; exit}
       f && /^Info: +(clk-to-q|routing|logic|setup)/{sub(/^Info: +/, ""); print}' "$log" \
    | sed 's/Source //; s/Net //' > "$OUT/critpath_${N}_s$s.txt"
  if [ -f "$B/endpoints_s$s.txt" ]; then
    { python3 "$HERE/../status-2026-12-07/census_kinds.py" "$B/endpoints_s$s.txt" 10
      python3 "$HERE/../fmax-2026-12-05/census/census.py" "$B/endpoints_s$s.txt" 10 80; } \
      > "$OUT/census_${N}_s$s.txt"
  fi
done
cat "$OUT/fmax_$N.txt"
