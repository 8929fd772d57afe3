#!/usr/bin/env bash
# Detection on one sshd log, side by side with the classic single-host tools:
# fail2ban-regex with its stock sshd filter, SEC (Simple Event Correlator) with a threshold rule of
# the same meaning as our "SSH Brute Force From One Source" rule, and our Sigma engine through
# `soc-sigma scan` (our rules; then every SigmaHQ rule plus ours).
#
#   bench/detection-peers.sh                   # about 1 million sshd/pam lines (2-4 minutes here)
#   bench/detection-peers.sh --lines 200000    # a quick run
#   bench/detection-peers.sh --help
#
# What it does (everything in the work dir, ${TMPDIR:-/tmp}/soc-detection-peers by default, emptied
# at the start):
#   1. installs the Debian packages fail2ban, sec and time if missing (as root; their services are
#      kept from starting), builds soc-agent and soc-core;
#   2. generates hospital telemetry with `soc-agent generate --fast` (fixed seed and start, brute
#      force, password spraying and success-after-failures scenarios every hour of generated time)
#      and keeps its sshd/pam/sudo syslog file, auth.log;
#   3. runs each tool on that file, one after the other, under /usr/bin/time (wall, CPU, peak RSS):
#        fail2ban-regex   fail2ban-regex auth.log /etc/fail2ban/filter.d/sshd.conf (Python; it reports
#                         every line matching a failure regex, with no threshold);
#        SEC              sec --notail with one SingleWithThreshold rule: 8 "Failed ..." lines from one
#                         source within 120 s (SEC's windows follow its own clock, not the log's time,
#                         so on a file read at full speed its alert count is not comparable);
#        sigma-ours       soc-sigma scan, our rules (rules/), event-time windows;
#        sigma-all        soc-sigma scan, every SigmaHQ rule (../shared/data/sigma) plus ours, 3,700+ rules;
#      each soc-sigma run is also timed on an empty input, so its start-up (JVM, loading and
#      compiling the rules) can be taken out: "net lines/s" is lines / (wall - start-up);
#   4. prints the summary (also WORK/summary.txt) with each tool's rate relative to fail2ban's.
#      "lines/CPU s" divides by the CPU time instead (start-up's CPU taken out for soc-sigma): it
#      holds when other work shares the cores, which makes wall times long.
# The Flink job's own end-to-end figures come from its benchmark (correlation-jobs); this script
# compares the detection engines on one core's worth of work.
# Exit status: 0 when every run completed, 1 when a tool failed, 2 for wrong options or a missing
# prerequisite.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bench_name="bench/detection-peers.sh"
command_line="$bench_name${*:+ $*}"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

target_lines=1000000
work="${TMPDIR:-/tmp}/soc-detection-peers"
shared="${SOC_SHARED_DATA:-$root/../shared/data}"
seed=1
start_instant="2026-11-21T02:00:00Z"
unit="bv-bach-mai"
keep=false

usage() {
  cat <<EOF
Usage: $bench_name [options]
  --lines N        about how many auth.log lines to generate (default $target_lines; at least 10000)
  --work-dir DIR   work dir (default $work); emptied at the start, so only one this script made
  --shared DIR     the shared data folder with sigma/ (default $shared; env SOC_SHARED_DATA)
  --seed N         the generator's seed (default $seed)
  --keep           keep the generated log at the end
  --help           this text
EOF
}

while (($#)); do
  case "$1" in
    --lines) target_lines="${2:?--lines needs a value}"; shift 2 ;;
    --lines=*) target_lines="${1#*=}"; shift ;;
    --work-dir) work="${2:?--work-dir needs a value}"; shift 2 ;;
    --work-dir=*) work="${1#*=}"; shift ;;
    --shared) shared="${2:?--shared needs a value}"; shift 2 ;;
    --seed) seed="${2:?--seed needs a value}"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "$bench_name: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$target_lines" =~ ^[0-9]+$ ]] && ((target_lines >= 10000)) \
  || { echo "$bench_name: --lines must be a whole number of at least 10000" >&2; exit 2; }
[[ "$seed" =~ ^[0-9]+$ ]] || { echo "$bench_name: --seed must be a whole number" >&2; exit 2; }
sigma_dirs=("$shared/sigma/rules" "$shared/sigma/rules-emerging-threats" "$shared/sigma/rules-threat-hunting")
for d in "${sigma_dirs[@]}"; do
  [[ -d "$d" ]] || { echo "$bench_name: SigmaHQ rules not found at $d (give --shared)" >&2; exit 2; }
done

empty_work_dir .detection-peers
data="$work/data"
summary_file="$work/summary.txt"

cleanup() {
  local code=$?
  set +e
  trap - EXIT INT TERM
  restore_policy_rc
  $keep || rm -rf "$data"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Prerequisites and the data
# ---------------------------------------------------------------------------------------------
ensure_detection_peers

log "building soc-agent and soc-core (./soc-agent --version, ./soc-sigma --help)"
env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" --version >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; die "building soc-agent failed (log: $work/build.log)"; }
"$root/soc-sigma" --help >>"$work/build.log" 2>&1 || true
[[ -f "$root/soc-core/target/cli.classpath" ]] || { tail -n 30 "$work/build.log" >&2; die "building soc-core failed"; }

# auth.log is about 1/15 of the generator's lines; scenarios every hour of generated time (the
# generator's default rate puts 50 lines in a second of it).
total=$((target_lines * 15))
hours=$((total / 50 / 3600))
scenarios=()
names=(ssh-brute-force password-spraying ssh-brute-force-success)
for ((h = 0; h < hours; h++)); do
  scenarios+=(--scenario "${names[h % 3]}@$((h * 3600 + 600))")
done
log "generating: soc-agent generate --fast --count $total --unit $unit --seed $seed --start $start_instant (${#names[@]} scenario kinds, $hours in all)"
t0="$(now_ms)"
env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" generate --fast --count "$total" --unit "$unit" --seed "$seed" \
  --start "$start_instant" "${scenarios[@]}" --out-dir "$data" >/dev/null 2>"$work/scenarios.jsonl" \
  || { tail -n 20 "$work/scenarios.jsonl" >&2; die "the generator failed"; }
log "generated in $(seconds_between "$t0" "$(now_ms)") s"
input="$data/$unit/auth.log"
find "$data/$unit" -type f ! -name auth.log -delete
read -r lines bytes < <(LC_ALL=C wc -l -c <"$input")
scenario_lines="$(grep -c '"scenario"' "$work/scenarios.jsonl" || true)"
log "auth.log: $lines lines, $bytes bytes; $scenario_lines scenarios reported by the generator"
: >"$work/empty.log"

# ---------------------------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------------------------
declare -A r_start
runs=()

run_fail2ban "$input" && runs+=(fail2ban)
run_sec "$input" && runs+=(sec)

# alert_counts FILE: "N title; M title" of soc-sigma's alert lines.
alert_counts() {
  grep -o '"title":"[^"]*"' "$1" | sed 's/"title":"//; s/"$//' | sort | uniq -c | sort -rn \
    | awk '{ n = $1; $1 = ""; sub(/^ /, ""); printf "%s%d %s", (NR > 1 ? "; " : ""), n, $0 } END { if (NR == 0) printf "0 alerts" }'
}

sigma_run() {
  local name="$1"
  shift
  log "soc-sigma scan ($name): start-up alone on an empty input, then auth.log"
  timed_run "$name-start" /dev/null "$root/soc-sigma" scan "$@" --input "$work/empty.log" --format syslog || return 0
  timed_run "$name" "$work/$name.alerts" "$root/soc-sigma" scan "$@" --input "$input" --format syslog || return 0
  runs+=("$name")
  r_start[$name]="${r_wall[$name-start]}"
  r_found[$name]="$(alert_counts "$work/$name.alerts")"
  log "  $(tail -n1 "$work/$name.err")"
}
sigma_run sigma-ours --rules "$root/rules"
sigma_run sigma-all --rules "$root/rules" "${sigma_dirs[@]}"

# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------
{
  echo "$command_line  ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores)"
  echo "input: auth.log of soc-agent generate (seed $seed), $lines lines, $bytes bytes, $scenario_lines attack scenarios"
  printf '%-12s %8s %9s %8s %8s %11s %12s %8s  %s\n' tool "wall s" "lines/s" "start s" "CPU s" "net lines/s" "lines/CPU s" "RSS MiB" "found"
  for run in "${runs[@]}"; do
    net_wall="$(awk -v w="${r_wall[$run]}" -v s="${r_start[$run]:-0}" 'BEGIN { printf "%.3f", w - s }')"
    net_cpu="$(awk -v c="${r_cpu[$run]}" -v s="${r_cpu[$run-start]:-0}" 'BEGIN { printf "%.3f", c - s }')"
    printf '%-12s %8s %9.0f %8s %8s %11s %12s %8.0f  %s\n' "$run" "${r_wall[$run]}" \
      "$(awk -v l="$lines" -v w="${r_wall[$run]}" 'BEGIN { print (w > 0 ? l / w : 0) }')" \
      "${r_start[$run]:--}" "${r_cpu[$run]}" \
      "$(awk -v l="$lines" -v w="$net_wall" 'BEGIN { printf "%.0f", (w > 0 ? l / w : 0) }')" \
      "$(awk -v l="$lines" -v c="$net_cpu" 'BEGIN { printf "%.0f", (c > 0 ? l / c : 0) }')" \
      "$(awk -v k="${r_rss[$run]}" 'BEGIN { print k / 1024 }')" "${r_found[$run]}"
  done
  if [[ -n "${r_wall[fail2ban]:-}" ]]; then
    f2b_rate="$(awk -v l="$lines" -v w="${r_wall[fail2ban]}" 'BEGIN { print l / w }')"
    f2b_cpu_rate="$(awk -v l="$lines" -v c="${r_cpu[fail2ban]}" 'BEGIN { print l / c }')"
    for run in "${runs[@]}"; do
      [[ "$run" == fail2ban ]] && continue
      net_wall="$(awk -v w="${r_wall[$run]}" -v s="${r_start[$run]:-0}" 'BEGIN { printf "%.3f", w - s }')"
      net_cpu="$(awk -v c="${r_cpu[$run]}" -v s="${r_cpu[$run-start]:-0}" 'BEGIN { printf "%.3f", c - s }')"
      echo "$run / fail2ban-regex: $(ratio "$(awk -v l="$lines" -v w="$net_wall" 'BEGIN { print (w > 0 ? l / w : 0) }')" "$f2b_rate") x by net lines/s," \
        "$(ratio "$(awk -v l="$lines" -v c="$net_cpu" 'BEGIN { print (c > 0 ? l / c : 0) }')" "$f2b_cpu_rate") x by lines/CPU s"
    done
  fi
} | tee "$summary_file"
$failed && exit 1
exit 0
