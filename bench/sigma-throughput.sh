#!/usr/bin/env bash
# Sigma engine throughput: events/s on one core with all SigmaHQ rules loaded (JMH).
#   bench/sigma-throughput.sh            # 3 warm-up and 5 measured iterations of 5 s
#   bench/sigma-throughput.sh -wi 1 -i 3 # any JMH options replace the defaults
# 'indexed' is the engine, 'everyCandidate' the same rules without the literal index (the
# comparison), 'copyOnly' the cost of copying the events (the ceiling).
exec "$(dirname "${BASH_SOURCE[0]}")/jmh.sh" SigmaThroughput "-wi 3 -w 5s -i 5 -r 5s -tu s" "$@"
