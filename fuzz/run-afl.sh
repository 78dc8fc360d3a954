#!/usr/bin/env bash
# Runs the SharpFuzz harnesses under Debian's afl++, one format after the other (one afl process at a time),
# and prints per format: executions, paths found, crashes and hangs, then replays each finding once.
#
#   fuzz/run-afl.sh [SECONDS_PER_FORMAT] [FORMAT...]     default: 300 s, all of wcda-page tei jsonl csv
#
# Needs: apt-get install -y afl++; dotnet tool install --global SharpFuzz.CommandLine
# Work folder: $FUZZ_DIR (default /tmp/dossier-afl); findings stay in $FUZZ_DIR/out-FORMAT/default/{crashes,hangs}.
set -euo pipefail

seconds="${1:-300}"
shift || true
formats=("$@")
[ ${#formats[@]} -eq 0 ] && formats=(wcda-page tei jsonl csv)

here="$(cd "$(dirname "$0")/.." && pwd)"
work="${FUZZ_DIR:-/tmp/dossier-afl}"
shared="${DOSSIER_SHARED:-$here/../shared}"
sharpfuzz="$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz missing: apt-get install -y afl++" >&2; exit 2; }
[ -x "$sharpfuzz" ] || { echo "sharpfuzz missing: dotnet tool install --global SharpFuzz.CommandLine" >&2; exit 2; }

mkdir -p "$work"
# Two copies: an instrumented one for afl, and a plain one for seeds and replays (instrumented code expects
# afl's shared memory and fails outside the fuzzer).
dotnet publish "$here/fuzz/Dossier.Fuzz" -c Release -o "$work/plain" --nologo -v quiet
rm -rf "$work/bin" && cp -r "$work/plain" "$work/bin"
"$sharpfuzz" "$work/bin/Dossier.Interop.dll"
rm -rf "$work/seeds"
dotnet "$work/plain/Dossier.Fuzz.dll" seeds "$shared" "$here" "$work/seeds"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
printf '%-10s %10s %8s %8s %6s %s\n' format execs paths crashes hangs seconds
for format in "${formats[@]}"; do
  out="$work/out-$format"
  rm -rf "$out"
  afl-fuzz -V "$seconds" -i "$work/seeds/$format" -o "$out" -t 10000 -m none \
    -- dotnet "$work/bin/Dossier.Fuzz.dll" "$format" > "$work/afl-$format.log" 2>&1 || true
  stats="$out/default/fuzzer_stats"
  value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats" 2>/dev/null; }
  printf '%-10s %10s %8s %8s %6s %s\n' "$format" "$(value execs_done)" "$(value corpus_count)" \
    "$(value saved_crashes)" "$(value saved_hangs)" "$(value run_time)"
  for kind in crashes hangs; do
    shopt -s nullglob
    findings=("$out"/default/"$kind"/id*)
    shopt -u nullglob
    if [ ${#findings[@]} -gt 0 ]; then
      echo "  $kind of $format, replayed:"
      dotnet "$work/plain/Dossier.Fuzz.dll" replay "$format" "${findings[@]}" | sed 's/^/    /' | cut -c1-300 || true
    fi
  done
done
