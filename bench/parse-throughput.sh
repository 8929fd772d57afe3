#!/usr/bin/env bash
# Normalization cost: lines/s through EventReader.parseLine (auto) on one core, per kind of line
# (sshd, access log, UFW packet log, Filebeat ECS JSON, IIS W3C). JMH.
exec "$(dirname "${BASH_SOURCE[0]}")/jmh.sh" ParseThroughput "-wi 2 -w 3s -i 3 -r 3s" "$@"
