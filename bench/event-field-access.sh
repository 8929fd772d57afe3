#!/usr/bin/env bash
# Reading six fields by name: our flat Event against a Jackson tree (JMH, ns per six reads).
exec "$(dirname "${BASH_SOURCE[0]}")/jmh.sh" EventFieldAccess "-wi 3 -w 2s -i 5 -r 2s" "$@"
