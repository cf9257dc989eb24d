#!/usr/bin/env bash
# Start-up cost of the Novu auto-configuration across fresh JVMs. For PAIRS rounds, runs StartupTime once
# "with" and once "without" Novu (which goes first alternates) in a fresh JVM, for each class path given
# (several class paths, such as the code before and after a change, are interleaved within each round,
# so both see the same load). Prints, per class path, the median, quartiles and extremes of:
#   run() wall:   wall time of SpringApplication.run inside the JVM;
#   run() CPU:    CPU time of the thread that ran it (far less disturbed by other processes' load);
#   process CPU:  CPU time of the whole JVM until then (JIT compiler and GC threads included);
#   process wall: wall time of the whole java process;
# for "with", "without" and the paired difference (with - without, same round).
# Usage: [JAVA=java] [JAVA_OPTS="-XX:TieredStopAtLevel=1"] startup-fresh-jvms.sh PAIRS CLASSPATH [CLASSPATH...]
# Example: startup-fresh-jvms.sh 20 "novu-benchmarks/target/classes:$(cat novu-benchmarks/cp.txt)"
set -euo pipefail
pairs="$1"; shift
java="${JAVA:-java}"
read -r -a opts <<< "${JAVA_OPTS:-}"
out=$(mktemp)
echo "JVM options: ${JAVA_OPTS:-none}; load at start: $(uptime)"
one() {  # $1 = class path index, $2 = with|without
	local t0 t1 line
	t0=$(date +%s%N)
	line=$("$java" "${opts[@]}" -cp "${cps[$1]}" io.github.novu4j.benchmarks.StartupTime once "$2")
	t1=$(date +%s%N)
	echo "$1 $line $(( (t1 - t0) / 1000000 ))" >> "$out"
}
cps=("$@")
for ((i = 0; i < pairs; i++)); do
	for ((c = 0; c < ${#cps[@]}; c++)); do
		if (( (i + c) % 2 == 0 )); then one "$c" with; one "$c" without; else one "$c" without; one "$c" with; fi
	done
done
echo "load at end:   $(uptime)"
python3 - "$out" "$pairs" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
def stats(xs):
    s = sorted(xs); n = len(s)
    q = lambda p: s[round(p / 100 * (n - 1))]
    return "median %7.1f  [p25 %7.1f, p75 %7.1f; min %7.1f, max %7.1f]" % (q(50), q(25), q(75), s[0], s[-1])
for cp in sorted({r[0] for r in rows}):
    print("class path #%s, %s rounds (ms):" % (cp, sys.argv[2]))
    for col, name in ((2, "run() wall  "), (3, "run() CPU   "), (4, "process CPU "), (5, "process wall")):
        w = [float(r[col]) for r in rows if r[0] == cp and r[1] == "with"]
        wo = [float(r[col]) for r in rows if r[0] == cp and r[1] == "without"]
        d = [a - b for a, b in zip(w, wo)]
        print("  %s with       %s" % (name, stats(w)))
        print("  %s without    %s" % (name, stats(wo)))
        print("  %s difference %s" % (name, stats(d)))
PY
rm -f "$out"
