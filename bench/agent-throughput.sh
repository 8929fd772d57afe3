#!/usr/bin/env bash
# soc-agent end to end: how fast it ships log files into Kafka, next to rsyslog + omkafka and
# next to Kafka's own producer-perf-test (the ceiling of what this broker and machine take).
#
#   bench/agent-throughput.sh                  # 2 GB of generated logs (3-5 minutes here)
#   bench/agent-throughput.sh --size 200MB     # a quick run
#   bench/agent-throughput.sh --help           # every option
#
# What it does, in order (everything lives in the work dir, ${TMPDIR:-/tmp}/soc-agent-bench by
# default, emptied at the start):
#   1. installs the Debian packages rsyslog and rsyslog-kafka if they are missing (as root; the
#      system rsyslog service is kept from starting), builds soc-agent and this bench module;
#   2. starts a private Kafka broker with the stack launcher (./soc up kafka, own state dir and
#      ports 19092/19093), stopped again at the end whatever happens;
#   3. generates the logs once with `soc-agent generate --fast` (one hospital: sshd syslog, nginx
#      access log, Windows evtx-JSON, FHIR AuditEvent JSON, UFW firewall: five files) and counts
#      their lines and bytes;
#   4. three runs, one after the other, each into a fresh topic of 3 partitions, lz4, acks=all:
#        soc-agent        one file input per file (start_at: beginning), default spool, the
#                         ./soc-agent script's JVM options (-Xmx192m, SerialGC);
#        rsyslog+omkafka  rsyslogd in the foreground with a private config and state: imfile
#                         from the start of each file, omkafka with the same producer settings
#                         and, like soc-agent (soc.raw's contract: key = host), every record
#                         keyed by the host name, so both fill one partition per host;
#        ceiling          org.apache.kafka.tools.ProducerPerformance: as many records as lines,
#                         each of the average line size (random letters; --ceiling-payload lines
#                         sends real lines instead), throttling off;
#      A shipper's time runs from its start until the topic holds every line (the sum of the
#      partitions' end offsets equals the line count); its CPU time (user + system, children
#      included) and peak resident memory (VmHWM) are read from /proc just before it is stopped.
#   5. prints the summary (also written to WORK/summary.txt).
#
# Reading the summary:
#   lines/s, MB/s   lines of the files (MB: 10^6 bytes of line text, line breaks not counted)
#                   shipped per second of wall time; for the ceiling, what producer-perf-test
#                   reports for its records of the average line size.
#   CPU s, CPU %    CPU seconds of the shipper's process; % of one core over its wall time (the
#                   machine has 2 cores, shared with the broker during the run).
#   peak RSS MiB    the process's peak resident memory.
#   broker CPU s    CPU seconds the Kafka broker spent during the run (it shares the cores).
#   other CPU s     CPU seconds the machine spent on anything else meanwhile (the topic watcher,
#                   about 1 s a minute, and other people's jobs): more than a few seconds means
#                   the run competed for the 2 cores and its figures are low.
#   in Kafka        records in the topic after the shipper stopped: more than the line count
#                   means duplicates (or split lines), fewer means lines lost.
#   targets         soc-agent lines/s >= rsyslog's; ceiling lines/s <= 2 x soc-agent's; soc-agent
#                   peak RSS < 256 MiB. PASS/FAIL are printed, not enforced.
# Exit status: 0 when every run completed (whether or not the targets are met), 1 when a run
# failed (did not get every line into Kafka within the time limit, or a process died), 2 for
# wrong options or a missing prerequisite.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command_line="bench/agent-throughput.sh${*:+ $*}"
bench_name="bench/agent-throughput.sh"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
# ./soc-agent's default JVM options, as its last line has them: ${SOC_AGENT_JAVA_OPTS:-...}.
agent_default_java_opts="$(sed -n 's/.*[$]{SOC_AGENT_JAVA_OPTS:-\([^}]*\)}.*/\1/p' "$root/soc-agent")"

# ---------------------------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------------------------
size_text="2GB"
work="${TMPDIR:-/tmp}/soc-agent-bench"
kafka_port=19092
controller_port=19093
agent_metrics_port=19464
ceiling_payload=random
kafka_heap=1g
partitions=3
unit="bv-bach-mai"
seed=1
start_instant="2026-11-21T02:00:00Z" # fixed, so that the same size and seed give the same files
timeout_s=3600     # per run: give up when a shipper has not shipped everything by then
stall_s=180        # per run: give up when the topic has not grown for this long
runs="agent,rsyslog,ceiling"
keep=false
agent_java_opts=""

usage() {
  cat <<EOF
Usage: bench/agent-throughput.sh [options]
  --size SIZE          how much log text to generate (default $size_text); KB, MB, GB are powers
                       of 1000, KiB, MiB, GiB of 1024, e.g. 200MB for a quick run
  --work-dir DIR       work dir, emptied at the start (default \${TMPDIR:-/tmp}/soc-agent-bench)
  --kafka-port PORT    the private broker's listener (default $kafka_port); its controller
                       listens on --controller-port (default $controller_port)
  --agent-metrics-port PORT
                       soc-agent's metrics endpoint, read once at the end (default $agent_metrics_port)
  --unit CODE          hospital unit the generator writes (default $unit)
  --seed N             generator seed (default $seed)
  --timeout SECONDS    per run, give up if not every line is in Kafka by then (default $timeout_s)
  --stall SECONDS      per run, give up if the topic stops growing for this long (default $stall_s)
  --runs LIST          which runs, comma-separated from agent, rsyslog, ceiling (default all)
  --ceiling-payload random|lines
                       producer-perf-test's records: random letters of the average line size
                       (default, --record-size) or real lines sampled from the files
                       (--payload-file), which compress like the shippers' records
  --agent-java-opts OPTS
                       JVM options added to ./soc-agent's defaults for the soc-agent run, e.g.
                       "-XX:StartFlightRecording=filename=/tmp/agent.jfr,settings=profile" to see
                       where its CPU goes (the flight recorder costs some CPU: not for the figures)
  --keep               keep the generated files and the broker's data at the end (they are
                       deleted by default; logs, configs and the summary are always kept)
EOF
}

while (($#)); do
  case "$1" in
    --size) size_text="${2:?--size needs a value}"; shift 2 ;;
    --size=*) size_text="${1#*=}"; shift ;;
    --work-dir) work="${2:?--work-dir needs a value}"; shift 2 ;;
    --work-dir=*) work="${1#*=}"; shift ;;
    --kafka-port) kafka_port="${2:?}"; shift 2 ;;
    --controller-port) controller_port="${2:?}"; shift 2 ;;
    --agent-metrics-port) agent_metrics_port="${2:?}"; shift 2 ;;
    --ceiling-payload) ceiling_payload="${2:?}"; shift 2 ;;
    --unit) unit="${2:?}"; shift 2 ;;
    --seed) seed="${2:?}"; shift 2 ;;
    --timeout) timeout_s="${2:?}"; shift 2 ;;
    --stall) stall_s="${2:?}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    --keep) keep=true; shift ;;
    --agent-java-opts) agent_java_opts="${2:?--agent-java-opts needs options}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "agent-throughput: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

# Bytes of a size such as 2GB, 200MB, 1.5GiB or 500000000.
parse_size() {
  local text="${1^^}" number unit factor
  if [[ ! "$text" =~ ^([0-9]+(\.[0-9]+)?)\ *([KMGT]I?B?|B)?$ ]]; then
    echo "agent-throughput: --size: '$1' is not a size such as 2GB or 200MB" >&2
    exit 2
  fi
  number="${BASH_REMATCH[1]}"
  unit="${BASH_REMATCH[3]}"
  case "$unit" in
    ""|B) factor=1 ;;
    K|KB) factor=1000 ;; M|MB) factor=1000000 ;; G|GB) factor=1000000000 ;; T|TB) factor=1000000000000 ;;
    KI|KIB) factor=1024 ;; MI|MIB) factor=1048576 ;; GI|GIB) factor=1073741824 ;; TI|TIB) factor=1099511627776 ;;
  esac
  awk -v n="$number" -v f="$factor" 'BEGIN { printf "%.0f\n", n * f }'
}

size_bytes="$(parse_size "$size_text")"
((size_bytes >= 1000000)) || { echo "agent-throughput: --size must be at least 1MB" >&2; exit 2; }
for port in "$kafka_port" "$controller_port" "$agent_metrics_port"; do
  if ! [[ "$port" =~ ^[0-9]+$ ]] || ((port < 1024 || port > 65535)); then
    echo "agent-throughput: port '$port' is not a TCP port from 1024 to 65535" >&2
    exit 2
  fi
done
[[ "$ceiling_payload" =~ ^(random|lines)$ ]] || { echo "agent-throughput: --ceiling-payload: random or lines" >&2; exit 2; }
for run in ${runs//,/ }; do
  [[ "$run" =~ ^(agent|rsyslog|ceiling)$ ]] || { echo "agent-throughput: --runs: unknown run '$run'" >&2; exit 2; }
done
wants() { [[ ",$runs," == *",$1,"* ]]; }

work="$(mkdir -p "$work" && cd "$work" && pwd)"
bootstrap="127.0.0.1:$kafka_port"

# Work dir layout.
data="$work/data"             # the generated log files: data/<unit>/*.log|*.jsonl
stack_state="$work/stack"     # the private broker's state dir (data, logs, pid files)
summary_file="$work/summary.txt"

# The files the generator writes for a unit, and how soc-agent reads each (as the stack's demo agent does).
streams=(auth.log nginx-access.log windows.jsonl ehr-audit.jsonl firewall.log)
declare -A stream_format=([auth.log]=syslog [nginx-access.log]=access-log [windows.jsonl]=evtx-json
                          [ehr-audit.jsonl]=jsonl [firewall.log]=syslog)

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

broker_pid() {
  local pid_file="$stack_state/pids/kafka.pid"
  [[ -f "$pid_file" ]] && awk '{ print $1 }' "$pid_file"
}

empty_work_dir .agent-throughput

# ---------------------------------------------------------------------------------------------
# Cleanup: whatever happens, stop what this script started.
# ---------------------------------------------------------------------------------------------
shipper_pid=""   # the shipper being measured (soc-agent or rsyslogd)
watch_pid=""     # the topic watcher of the run
ceiling_pid=""   # producer-perf-test
broker_started=false

cleanup() {
  local code=$?
  set +e
  trap - EXIT INT TERM
  stop_pid "$watch_pid" "topic watcher" 5
  stop_pid "$shipper_pid" "the shipper" 30
  stop_pid "$ceiling_pid" producer-perf-test 10
  if $broker_started; then
    log "stopping the private broker (./soc down)"
    soc down >>"$work/soc.log" 2>&1 || log "./soc down failed: see $work/soc.log"
  fi
  restore_policy_rc
  if ! $keep; then
    rm -rf "$data" "$stack_state/kafka/data" "$work/agent/state" "$work/rsyslog/state"
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
omkafka_module() {
  dpkg -L rsyslog-kafka 2>/dev/null | grep -m1 '/omkafka\.so$' || true
}

ensure_rsyslog() {
  if ! command -v rsyslogd >/dev/null 2>&1 || [[ -z "$(omkafka_module)" ]]; then
    install_debian_packages rsyslog -- rsyslog rsyslog-kafka
    [[ -n "$(omkafka_module)" ]] || die "rsyslog-kafka is installed but omkafka.so was not found"
  fi
  if pgrep -x rsyslogd >/dev/null; then
    log "note: an rsyslogd not started by this script is running (pid $(pgrep -x rsyslogd | tr '\n' ' ')); it is left alone"
  fi
}

build() {
  log "building soc-agent (./soc-agent --version) and the bench module (mvn -pl bench -am package)"
  # The agent is built now, so that its start below is only the JVM's start.
  env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" --version >"$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log" >&2; die "building soc-agent failed (log: $work/build.log)"; }
  agent_version="$(grep -o "soc-agent .*" "$work/build.log" | tail -n1 | sed "s/^soc-agent //")"
  mvn -B -q -f "$root/pom.xml" -pl bench -am package -DskipTests >>"$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log" >&2; die "building the bench module failed (log: $work/build.log)"; }
}

# ---------------------------------------------------------------------------------------------
# The broker
# ---------------------------------------------------------------------------------------------
start_broker() {
  cat >"$work/soc.conf" <<EOF
# The benchmark's private broker (bench/agent-throughput.sh): own state dir and ports.
state.dir=$stack_state
kafka.port=$kafka_port
kafka.controller.port=$controller_port
kafka.heap=$kafka_heap
EOF
  log "starting a private Kafka broker at $bootstrap (heap $kafka_heap, state in $stack_state)"
  broker_started=true # from here on, cleanup runs ./soc down (harmless if nothing started)
  if ! soc up kafka >"$work/soc.log" 2>&1; then
    cat "$work/soc.log" >&2
    die "the broker did not start"
  fi
  kafka_version="$(awk -F= '$1 == "kafka.version" { print $2 }' \
    "$root/deploy/distributions/target/classes/vn/gov/moh/soc/stack/stack-artifacts.properties" 2>/dev/null || true)"
  log "broker up (pid $(broker_pid), Kafka ${kafka_version:-?})"
  bench_java vn.gov.moh.soc.bench.agent.BenchTopics "$bootstrap" "$partitions" bench.agent bench.rsyslog bench.ceiling \
    | while read -r line; do log "$line"; done
}

# ---------------------------------------------------------------------------------------------
# The data
# ---------------------------------------------------------------------------------------------
generate_data() {
  log "generating $size_text ($size_bytes bytes) of logs: soc-agent generate --fast --size $size_bytes --unit $unit --seed $seed --start $start_instant"
  local t0 t1
  t0="$(now_ms)"
  env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" generate --fast --size "$size_bytes" --unit "$unit" --seed "$seed" \
    --start "$start_instant" --out-dir "$data" >"$work/generate.log" 2>&1 \
    || { tail -n 20 "$work/generate.log" >&2; die "the generator failed (log: $work/generate.log)"; }
  t1="$(now_ms)"
  files=()
  local s
  for s in "${streams[@]}"; do
    [[ -f "$data/$unit/$s" ]] || die "the generator did not write $data/$unit/$s"
    files+=("$data/$unit/$s")
  done
  # Lines, bytes and the longest line of each file (LC_ALL=C: bytes; wc -L counts a tab as up to 8).
  lines=0 bytes=0 longest=0
  declare -gA file_lines=()
  local l b w f empty
  {
    printf '%-20s %12s %15s %10s %10s %s\n' file lines bytes "avg B" "max B" format
    for f in "${files[@]}"; do
      read -r l b w _ < <(LC_ALL=C wc -l -c -L "$f")
      # soc-agent ships empty lines, rsyslog's imfile skips them; a file must end with a line break
      # or its last line waits for more. Neither happens with the generator; check anyway.
      empty="$(grep -c -x '' "$f" || true)"
      ((empty == 0)) || log "warning: $f has $empty empty lines (rsyslog skips them, soc-agent does not)"
      [[ "$(tail -c1 "$f" | od -An -tx1 | tr -d ' ')" == 0a ]] || log "warning: $f does not end with a line break"
      printf '%-20s %12d %15d %10.0f %10d %s\n' "$(basename "$f")" "$l" "$b" "$(awk -v b="$b" -v l="$l" 'BEGIN { print (b - l) / l }')" \
        "$w" "${stream_format[$(basename "$f")]}"
      lines=$((lines + l)) bytes=$((bytes + b)) file_lines[$f]=$l
      if ((w > longest)); then longest=$w; fi
    done
  } >"$work/data.txt"
  text_bytes=$((bytes - lines)) # line text without the line breaks: what is shipped
  avg_line=$(( (text_bytes + lines / 2) / lines ))
  printf '%-20s %12d %15d %10d %10d\n' total "$lines" "$bytes" "$avg_line" "$longest" >>"$work/data.txt"
  sed 's/^/  /' "$work/data.txt" >&2
  log "generated in $(awk -v ms="$((t1 - t0))" 'BEGIN { printf "%.1f", ms / 1000 }') s"
  # rsyslog must take the longest line as one message (it splits longer ones); 2 MiB covers it.
  ((longest < 2 * 1024 * 1024 - 1024)) || log "warning: a line of $longest bytes is longer than rsyslog's maxMessageSize (2m)"
}

# ---------------------------------------------------------------------------------------------
# One measured run
# ---------------------------------------------------------------------------------------------
# Results by run name: r_wall[run] (s), r_lines_s, r_mb_s, r_cpu, r_rss_kib, r_broker_cpu,
# r_other_cpu, r_in_kafka, r_status ("ok" or why it failed), r_note.

# other_cpu BUSY0 SHIPPER_CPU BROKER_CPU: CPU seconds the machine spent since BUSY0 on anything
# but the shipper and the broker (the topic watcher, and whatever else runs on the machine).
other_cpu() {
  awk -v now="$(machine_busy_seconds)" -v b0="$1" -v s="$2" -v k="$3" \
    'BEGIN { if (s !~ /^[0-9.]+$/) s = 0; v = now - b0 - s - k; printf "%.1f", (v < 0 ? 0 : v) }'
}
declare -A r_wall r_lines_s r_mb_s r_cpu r_rss_kib r_broker_cpu r_other_cpu r_in_kafka r_status r_note
failed=false

# measure RUN TOPIC START_FUNCTION: starts the topic watcher, then (once it is connected) the
# shipper through START_FUNCTION, which runs it in the background and sets shipper_pid; waits
# until TOPIC holds every line, then records the figures of the shipper (from its start) and of
# the broker. Leaves the shipper running. Returns 1 if not every line arrived.
measure() {
  local run="$1" topic="$2" start_function="$3" hs="$work/$1/handshake" t0 broker_cpu0 busy0 rc=0 state at count i
  rm -rf "$hs" && mkdir -p "$hs"
  bench_java vn.gov.moh.soc.bench.agent.TopicLines await "$bootstrap" "$topic" "$lines" "$timeout_s" "$stall_s" "$hs" \
    >"$work/$run/watch.out" &
  watch_pid=$!
  for ((i = 0; i < 1200; i++)); do
    [[ -f "$hs/ready" ]] && break
    kill -0 "$watch_pid" 2>/dev/null || break
    sleep 0.05
  done
  [[ -f "$hs/ready" ]] || die "the topic watcher did not start (see above)"
  broker_cpu0="$(cpu_seconds "$(broker_pid)")"
  busy0="$(machine_busy_seconds)"
  t0="$(now_ms)"
  "$start_function"
  echo "$shipper_pid" >"$hs/pid.tmp" && mv "$hs/pid.tmp" "$hs/pid"
  wait "$watch_pid" || rc=$?
  watch_pid=""
  read -r _ state at count <<<"$(grep '^RESULT ' "$work/$run/watch.out" | tail -n1)"
  # Read just before stopping: CPU so far and the peak resident set.
  if kill -0 "$shipper_pid" 2>/dev/null; then
    r_cpu[$run]="$(cpu_seconds "$shipper_pid")"
    r_rss_kib[$run]="$(peak_rss_kib "$shipper_pid")"
  else
    r_cpu[$run]="-" r_rss_kib[$run]="-"
  fi
  r_broker_cpu[$run]="$(awk -v a="$(cpu_seconds "$(broker_pid)")" -v b="$broker_cpu0" 'BEGIN { printf "%.1f", a - b }')"
  r_other_cpu[$run]="$(other_cpu "$busy0" "${r_cpu[$run]}" "${r_broker_cpu[$run]}")"
  r_wall[$run]="$(awk -v ms="$((${at:-$(now_ms)} - t0))" 'BEGIN { printf "%.2f", ms / 1000 }')"
  if [[ "$state" == reached ]] && ((rc == 0)); then
    r_status[$run]=ok
    r_lines_s[$run]="$(awk -v n="$lines" -v s="${r_wall[$run]}" 'BEGIN { printf "%.0f", n / s }')"
    r_mb_s[$run]="$(awk -v b="$text_bytes" -v s="${r_wall[$run]}" 'BEGIN { printf "%.1f", b / 1e6 / s }')"
    return 0
  fi
  r_status[$run]="${state:-failed}: ${count:-?} of $lines lines in ${r_wall[$run]} s"
  # What did arrive, as a rate, for the record.
  r_lines_s[$run]="$(awk -v n="${count:-0}" -v s="${r_wall[$run]}" 'BEGIN { printf "%.0f", n / s }')"
  r_mb_s[$run]="-"
  failed=true
  return 1
}

# After the shipper stopped: the records in the topic, per partition, and their size on disk.
count_topic() {
  local run="$1" topic="$2" out total per bytes
  out="$(bench_java vn.gov.moh.soc.bench.agent.TopicLines count "$bootstrap" "$topic" | grep '^RESULT ')" || return 0
  read -r _ _ total per bytes <<<"$out"
  r_in_kafka[$run]="$total"
  r_note[$run]="${r_note[$run]:-}partitions $per; $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB on the broker's disk"
  if ((total > lines)); then
    r_note[$run]+="; $((total - lines)) records more than lines (duplicates or split lines)"
  elif ((total < lines)); then
    r_note[$run]+="; $((lines - total)) lines not in Kafka (lost, or not shipped when stopped)"
  fi
}

# ---------------------------------------------------------------------------------------------
# Run a: soc-agent
# ---------------------------------------------------------------------------------------------
start_agent() {
  local t0 i exec_ms
  t0="$(now_ms)"
  local java_opts=()
  # ./soc-agent's JVM options (SOC_AGENT_JAVA_OPTS replaces its defaults: they are repeated), plus those asked for.
  [[ -z "$agent_java_opts" ]] || java_opts=(SOC_AGENT_JAVA_OPTS="$agent_default_java_opts $agent_java_opts")
  env -u SOC_AGENT_JAVA_OPTS "${java_opts[@]}" "$root/soc-agent" --config "$work/agent/soc-agent.yml" >"$work/agent/agent.log" 2>&1 &
  shipper_pid=$!
  # ./soc-agent execs java; should it run Maven first after all, the time would include a build.
  for ((i = 0; i < 1200; i++)); do
    [[ "$(readlink "/proc/$shipper_pid/exe" 2>/dev/null)" == */java ]] && break
    kill -0 "$shipper_pid" 2>/dev/null || break
    sleep 0.01
  done
  exec_ms=$(($(now_ms) - t0))
  if ((exec_ms > 2000)); then
    r_note[agent]+="./soc-agent took ${exec_ms} ms to start java (it rebuilt the agent?): the time includes that; "
  fi
}

run_agent() {
  local dir="$work/agent" f name t_stop stop_s
  mkdir -p "$dir/state"
  {
    echo "# bench/agent-throughput.sh: soc-agent with one file input per generated file."
    echo "agent:"
    echo "  id: bench-agent"
    echo "  unit: $unit"
    echo "  host: bench-host"
    echo "  state_dir: $dir/state"
    echo "kafka:"
    echo "  bootstrap_servers: $bootstrap"
    echo "  topic: bench.agent"
    echo "  heartbeat_topic: soc.agent.heartbeat"
    echo "  compression: lz4"
    echo "  linger: 20ms"
    echo "  batch_bytes: 256KiB"
    echo "# spool: defaults (max_bytes 1GiB, segment_bytes 64MiB); acks=all and idempotence are always on."
    echo "metrics:"
    echo "  listen: 127.0.0.1:$agent_metrics_port   # read once, at the end"
    echo "inputs:"
    for f in "${files[@]}"; do
      name="$(basename "$f")"
      echo "  - name: ${name//./-}"
      echo "    type: file"
      echo "    paths: ['$f']"
      echo "    format: ${stream_format[$name]}"
      echo "    start_at: beginning"
    done
  } >"$dir/soc-agent.yml"
  env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" --check-config --config "$dir/soc-agent.yml" >"$dir/check.log" 2>&1 \
    || { cat "$dir/check.log" >&2; die "soc-agent rejects its configuration"; }

  # ./soc-agent rebuilds the jar when a source is newer: do it now, not inside the measured time.
  env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" --version >>"$work/build.log" 2>&1
  log "run a: soc-agent ($agent_version), ${#files[@]} file inputs -> bench.agent (JVM: ./soc-agent's defaults $agent_default_java_opts${agent_java_opts:+ plus $agent_java_opts})"
  measure agent bench.agent start_agent || true
  # Its own counters, for the record (records handed to the producer: resends count twice).
  curl -s --max-time 5 "http://127.0.0.1:$agent_metrics_port/metrics" >"$dir/metrics.txt" 2>/dev/null || true
  local sent
  sent="$(awk '$1 == "soc_agent_sent_total" { print $2 }' "$dir/metrics.txt")"
  [[ -z "$sent" ]] || r_note[agent]+="records handed to the producer: $sent; "
  t_stop="$(now_ms)"
  stop_pid "$shipper_pid" soc-agent 60
  shipper_pid=""
  stop_s="$(awk -v ms="$(($(now_ms) - t_stop))" 'BEGIN { printf "%.1f", ms / 1000 }')"
  r_note[agent]+="stopped ${stop_s} s after SIGTERM; "
  local warnings
  warnings="$(grep -c -E 'WARN|ERROR|SEVERE|Exception' "$dir/agent.log" || true)"
  ((warnings == 0)) || r_note[agent]+="$warnings warning/error lines in $dir/agent.log; "
  count_topic agent bench.agent
}

# ---------------------------------------------------------------------------------------------
# Run b: rsyslog + omkafka
# ---------------------------------------------------------------------------------------------
start_rsyslog() {
  rsyslogd -n -f "$work/rsyslog/rsyslog.conf" -i "$work/rsyslog/rsyslogd.pid" >"$work/rsyslog/rsyslogd.log" 2>&1 &
  shipper_pid=$!
}

run_rsyslog() {
  local dir="$work/rsyslog" f name conf
  mkdir -p "$dir/state"
  conf="$dir/rsyslog.conf"
  {
    cat <<EOF
# bench/agent-throughput.sh: rsyslogd -n -f $conf -i $dir/rsyslogd.pid
# Private state (imfile positions) in its own work directory; messages up to 2 MiB so that no
# line is split; control characters shipped as they are.
global(workDirectory="$dir/state" maxMessageSize="2m" parser.escapeControlCharactersOnReceive="off")

module(load="imfile" mode="inotify")
module(load="omkafka")
module(load="impstats" interval="10" format="json" log.file="$dir/impstats.json" log.syslog="off")

# The main queue, in memory: room for 200,000 messages, handed to the action in batches.
main_queue(queue.type="LinkedList" queue.size="200000" queue.dequeueBatchSize="2048"
           queue.workerThreads="2")

# rsyslog's own messages stay out of Kafka.
*.* action(type="omfile" file="$dir/rsyslogd-internal.log")

template(name="line" type="string" string="%msg%")

# The same producer settings as soc-agent: lz4, 20 ms linger, 256 KiB batches, acks=all,
# idempotent; librdkafka spreads the records over the partitions.
ruleset(name="kafka") {
  action(type="omkafka" name="kafka" broker=["$bootstrap"] topic="bench.rsyslog" template="line"
         key="$(hostname)"
         confParam=["compression.codec=lz4", "queue.buffering.max.ms=20", "batch.size=262144",
                    "enable.idempotence=true", "message.max.bytes=16777216"]
         topicConfParam=["request.required.acks=-1"]
         resubmitOnFailure="on" errorFile="$dir/omkafka-errors.json"
         action.resumeRetryCount="-1")
}

EOF
    for f in "${files[@]}"; do
      name="$(basename "$f")"
      echo "input(type=\"imfile\" file=\"$f\" tag=\"${name%%.*}\" ruleset=\"kafka\" freshStartTail=\"off\" readMode=\"0\")"
    done
  } >"$conf"
  rsyslogd -N1 -f "$conf" >"$dir/check.log" 2>&1 || { cat "$dir/check.log" >&2; die "rsyslogd rejects $conf"; }

  log "run b: rsyslog + omkafka ($rsyslog_version), ${#files[@]} imfile inputs -> bench.rsyslog"
  measure rsyslog bench.rsyslog start_rsyslog || true
  stop_pid "$shipper_pid" rsyslogd 60
  shipper_pid=""
  if [[ -s "$dir/omkafka-errors.json" ]]; then
    r_note[rsyslog]+="$(wc -l <"$dir/omkafka-errors.json") failed sends in $dir/omkafka-errors.json; "
  fi
  count_topic rsyslog bench.rsyslog
}

# ---------------------------------------------------------------------------------------------
# Run c: the ceiling, Kafka's producer-perf-test
# ---------------------------------------------------------------------------------------------
run_ceiling() {
  local dir="$work/ceiling" t0 broker_cpu0 busy0 summary usage rc=0 record_bytes="$avg_line" payload_note heap=256m
  mkdir -p "$dir"
  local args=(--topic bench.ceiling --num-records "$lines" --throughput -1
    --producer-props "bootstrap.servers=$bootstrap" acks=all compression.type=lz4 linger.ms=20 batch.size=262144)
  if [[ "$ceiling_payload" == lines ]]; then
    # Real lines as payloads: the first lines of each file, in the files' proportions, up to
    # 100,000 in all; producer-perf-test picks one at random for each record.
    local f k sample=$((lines < 100000 ? lines : 100000)) sample_lines sample_bytes
    : >"$dir/payload.txt"
    for f in "${files[@]}"; do
      k=$(( (file_lines[$f] * sample + lines - 1) / lines ))
      head -n "$k" "$f" >>"$dir/payload.txt"
    done
    read -r sample_lines sample_bytes < <(wc -l -c <"$dir/payload.txt")
    record_bytes=$(( (sample_bytes - sample_lines + sample_lines / 2) / sample_lines ))
    args+=(--payload-file "$dir/payload.txt")
    payload_note="payload: $sample_lines real lines picked at random (avg $record_bytes B)"
    heap=1g # it holds the sample as strings and bytes
  else
    args+=(--record-size "$avg_line")
    payload_note="payload: random capital letters of the average line size, which lz4 hardly compresses"
  fi
  log "run c: ceiling: ProducerPerformance ${args[*]}"
  broker_cpu0="$(cpu_seconds "$(broker_pid)")"
  busy0="$(machine_busy_seconds)"
  t0="$(now_ms)"
  bench_java -Xmx"$heap" vn.gov.moh.soc.bench.agent.CeilingRun "${args[@]}" >"$dir/perf.log" 2>&1 &
  ceiling_pid=$!
  wait "$ceiling_pid" || rc=$?
  ceiling_pid=""
  r_wall[ceiling]="$(awk -v ms="$(($(now_ms) - t0))" 'BEGIN { printf "%.2f", ms / 1000 }')"
  r_broker_cpu[ceiling]="$(awk -v a="$(cpu_seconds "$(broker_pid)")" -v b="$broker_cpu0" 'BEGIN { printf "%.1f", a - b }')"
  # The last summary line: "N records sent, R records/sec (M MB/sec), ... latency ..."
  summary="$(grep -E '^[0-9]+ records sent, [0-9.]+ records/sec' "$dir/perf.log" | tail -n1 || true)"
  usage="$(grep '^RESULT usage ' "$dir/perf.log" | tail -n1 || true)"
  if ((rc != 0)) || [[ -z "$summary" ]]; then
    tail -n 20 "$dir/perf.log" >&2
    r_status[ceiling]="producer-perf-test failed (exit $rc, log $dir/perf.log)"
    r_lines_s[ceiling]="-" r_mb_s[ceiling]="-" r_cpu[ceiling]="-" r_rss_kib[ceiling]="-"
    failed=true
    return
  fi
  r_status[ceiling]=ok
  r_lines_s[ceiling]="$(sed -E 's/^[0-9]+ records sent, ([0-9.]+) records\/sec.*/\1/' <<<"$summary" | awk '{ printf "%.0f", $1 }')"
  r_mb_s[ceiling]="$(awk -v r="${r_lines_s[ceiling]}" -v s="$record_bytes" 'BEGIN { printf "%.1f", r * s / 1e6 }')"
  local cpu rss_kib
  read -r _ _ cpu rss_kib <<<"$usage"
  r_cpu[ceiling]="${cpu:--}" r_rss_kib[ceiling]="${rss_kib:--}"
  r_other_cpu[ceiling]="$(other_cpu "$busy0" "${r_cpu[ceiling]}" "${r_broker_cpu[ceiling]}")"
  r_note[ceiling]="its own timing (JVM start excluded; process wall ${r_wall[ceiling]} s); $payload_note; "
  r_note[ceiling]+="last line: ${summary}; "
  count_topic ceiling bench.ceiling
}

# ---------------------------------------------------------------------------------------------
# The summary
# ---------------------------------------------------------------------------------------------
print_summary() {
  local run rss cpu_pct
  local -A labels=([agent]="soc-agent" [rsyslog]="rsyslog+omkafka" [ceiling]="producer-perf-test")
  echo
  echo "soc-agent throughput, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "command: $command_line   (work dir $work)"
  echo "data:    $(printf "%'d" "$lines") lines, $(awk -v b="$bytes" 'BEGIN { printf "%.2f GB", b / 1e9 }') in ${#files[@]} files of unit $unit (avg line $avg_line B, longest $longest B)"
  echo "kafka:   ${kafka_version:-?} broker at $bootstrap (heap $kafka_heap), topics of $partitions partitions, lz4, acks=all, linger 20 ms, batch 256 KiB"
  echo "peers:   soc-agent $agent_version; $rsyslog_version"
  echo
  printf '%-20s %10s %8s %8s %8s %7s %13s %13s %12s %12s\n' shipper lines/s MB/s "wall s" "CPU s" "CPU %" "peak RSS MiB" \
    "broker CPU s" "other CPU s" "in Kafka"
  for run in agent rsyslog ceiling; do
    wants "$run" || continue
    [[ -n "${r_status[$run]:-}" ]] || continue
    rss="-"
    if [[ "${r_rss_kib[$run]:-}" =~ ^[0-9]+$ ]]; then
      rss="$(awk -v k="${r_rss_kib[$run]}" 'BEGIN { printf "%.0f", k / 1024 }')"
    fi
    cpu_pct="-"
    if [[ "${r_cpu[$run]:-}" =~ ^[0-9.]+$ && "${r_wall[$run]:-}" =~ ^[0-9.]+$ ]]; then
      cpu_pct="$(awk -v c="${r_cpu[$run]}" -v w="${r_wall[$run]}" 'BEGIN { printf "%.0f", 100 * c / w }')"
    fi
    printf '%-20s %10s %8s %8s %8s %7s %13s %13s %12s %12s\n' "${labels[$run]}" "${r_lines_s[$run]:--}" "${r_mb_s[$run]:--}" \
      "${r_wall[$run]:--}" "${r_cpu[$run]:--}" "$cpu_pct" "$rss" "${r_broker_cpu[$run]:--}" "${r_other_cpu[$run]:--}" \
      "${r_in_kafka[$run]:--}"
  done
  echo
  for run in agent rsyslog ceiling; do
    [[ -n "${r_status[$run]:-}" ]] || continue
    [[ "${r_status[$run]}" == ok ]] || echo "${labels[$run]}: INCOMPLETE: ${r_status[$run]}"
    [[ -z "${r_note[$run]:-}" ]] || echo "${labels[$run]}: ${r_note[$run]%; }"
  done
  echo
  echo "targets (soc-agent):"
  local a="${r_lines_s[agent]:-}" r="${r_lines_s[rsyslog]:-}" c="${r_lines_s[ceiling]:-}" verdict
  if [[ "${r_status[agent]:-}" == ok && "${r_status[rsyslog]:-}" == ok ]]; then
    verdict="$(awk -v a="$a" -v r="$r" 'BEGIN { printf "%.2f  %s", a / r, (a >= r ? "PASS" : "FAIL") }')"
    echo "  agent / rsyslog lines/s   = $verdict   (target >= 1.00)"
  else
    echo "  agent / rsyslog lines/s   = n/a   (a run is missing or incomplete)"
  fi
  if [[ "${r_status[agent]:-}" == ok && "${r_status[ceiling]:-}" == ok ]]; then
    verdict="$(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.2f  %s", c / a, (c <= 2 * a ? "PASS" : "FAIL") }')"
    echo "  ceiling / agent lines/s   = $verdict   (target <= 2.00)"
  else
    echo "  ceiling / agent lines/s   = n/a   (a run is missing or incomplete)"
  fi
  if [[ "${r_rss_kib[agent]:-}" =~ ^[0-9]+$ ]]; then
    verdict="$(awk -v k="${r_rss_kib[agent]}" 'BEGIN { printf "%.0f MiB  %s", k / 1024, (k < 256 * 1024 ? "PASS" : "FAIL") }')"
    echo "  agent peak RSS            = $verdict   (target < 256 MiB)"
  else
    echo "  agent peak RSS            = n/a"
  fi
  echo
  echo "MB = 10^6 bytes of line text (line breaks not counted); CPU % of one core over the wall time;"
  echo "logs and configs: $work/{agent,rsyslog,ceiling}/, broker log: $stack_state/logs/kafka.log"
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
if wants rsyslog; then
  ensure_rsyslog
  rsyslog_version="$(rsyslogd -v | awk 'NR == 1 { print "rsyslog " $2 }') (Debian $(dpkg-query -W -f '${Version}' rsyslog-kafka 2>/dev/null || echo '?'))"
  rsyslog_version+=", librdkafka $(dpkg-query -W -f '${Version}' librdkafka1 2>/dev/null || echo '?')"
else
  rsyslog_version="rsyslog (not run)"
fi
build
start_broker
generate_data
wants agent && run_agent
wants rsyslog && run_rsyslog
wants ceiling && run_ceiling
print_summary | tee "$summary_file"
if $failed; then
  log "a run did not complete: see above"
  exit 1
fi
