#!/usr/bin/env bash
# Reading six fields by name: our flat Event against a Jackson tree (JMH, ns per six reads).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -pl bench -am package -DskipTests
shared="${SOC_SHARED_DATA:-$root/../shared/data}"
if [[ $# -eq 0 ]]; then set -- -wi 3 -w 2s -i 5 -r 2s; fi
exec java -Dsoc.shared.data="$shared" -cp "$root/bench/target/classes:$(cat "$root/bench/target/bench.classpath")" \
  org.openjdk.jmh.Main EventFieldAccess -f 1 "$@"
