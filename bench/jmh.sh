#!/usr/bin/env bash
# Runs one JMH benchmark of this module: bench/jmh.sh BENCHMARK DEFAULT_OPTIONS [JMH options...]
# (the per-benchmark scripts beside this one call it). Options given replace the defaults.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
benchmark="$1"
defaults="$2"
shift 2
mvn -B -q -pl bench -am package -DskipTests
shared="${SOC_SHARED_DATA:-$root/../shared/data}"
# shellcheck disable=SC2086
if [[ $# -eq 0 ]]; then set -- $defaults; fi
# One fork unless the options name another count.
forks=(-f 1)
for arg in "$@"; do [[ "$arg" == -f ]] && forks=(); done
exec java -Xmx4g -Dsoc.shared.data="$shared" -Dsoc.rules.dir="$root/rules" \
  -cp "$root/bench/target/classes:$(cat "$root/bench/target/bench.classpath")" \
  org.openjdk.jmh.Main "$benchmark" "${forks[@]}" "$@"
