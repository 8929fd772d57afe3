#!/usr/bin/env bash
# Resolving an address to its asset: AssetInventory's tries against a scan of every range (JMH, ns per lookup).
exec "$(dirname "${BASH_SOURCE[0]}")/jmh.sh" AssetLookup "-wi 3 -w 2s -i 5 -r 2s" "$@"
