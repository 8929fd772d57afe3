#!/usr/bin/env bash
# Sigma engine throughput: events/s on one core with all SigmaHQ rules loaded (JMH).
#   bench/sigma-throughput.sh            # 1 fork, 3 warm-up and 5 measured iterations of 5 s
#   bench/sigma-throughput.sh -wi 1 -i 3 # any JMH options replace the defaults
# Prints JMH's table: 'indexed' is the engine, 'everyCandidate' the same rules without the
# literal index (the comparison), 'copyOnly' the cost of copying the events (the ceiling).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -pl bench -am package -DskipTests
shared="${SOC_SHARED_DATA:-$root/../shared/data}"
# Defaults: 3 warm-up and 5 measured iterations of 5 s; any JMH option given replaces them.
if [[ $# -eq 0 ]]; then set -- -wi 3 -w 5s -i 5 -r 5s; fi
exec java -Xmx4g -Dsoc.shared.data="$shared" -Dsoc.rules.dir="$root/rules" \
  -cp "$root/bench/target/classes:$(cat "$root/bench/target/bench.classpath")" \
  org.openjdk.jmh.Main SigmaThroughput -f 1 -tu s "${@:-}"
