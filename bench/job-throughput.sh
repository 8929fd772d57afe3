#!/usr/bin/env bash
# The correlation job end to end on this machine: events/s from a preloaded soc.raw through
# normalize, every SigmaHQ rule plus ours, correlations and enrichment to soc.alerts (a) and also
# into Elasticsearch (b), next to a plain Kafka consumer reading the same topic (c, the ceiling);
# then the detection latency at a steady rate; and, on the same sshd log, fail2ban-regex and SEC.
#
#   bench/job-throughput.sh                    # 5 million events (about 12 minutes here)
#   bench/job-throughput.sh --events 500000    # a quick run
#   bench/job-throughput.sh --help             # every option
#
# What it does (everything in the work dir, ${TMPDIR:-/tmp}/soc-job-bench by default, emptied at
# the start):
#   1. installs fail2ban, sec and time if missing (as root, their services kept off); builds
#      correlation-jobs, the bench module and soc-agent;
#   2. starts a private Kafka, and Elasticsearch for (b), with the stack launcher (./soc up kafka
#      elasticsearch, own state dir and ports), stopped again at the end whatever happens;
#   3. generates hospital telemetry with `soc-agent generate --fast` (--events lines over --units
#      units: sshd/pam/sudo syslog, nginx access log, Windows Security and Sysmon evtx-JSON, FHIR
#      AuditEvent JSON, UFW firewall log; brute-force, spraying and success-after-failures scenarios
#      in the first unit) and writes every line once into the raw topic of each run's namespace, as
#      the agents' envelopes (soc-core's EnvelopeWriter; one shipping host per unit and file, key =
#      host, lz4, acks=all): RawLoad of the bench module;
#   4. runs, one after the other, each on its own namespace (topics as the stack creates them):
#        a  the job (LocalCorrelationJob, as ./soc up runs it: MiniCluster, parallelism 2, rules
#           of rules/ and every SigmaHQ rule of --shared, exactly-once Kafka sinks, checkpoints
#           every --checkpoint-interval) with --elasticsearch.enabled=false: soc.events, soc.alerts
#           and soc.dlq only;
#        b  the same job indexing events and alerts into Elasticsearch as well;
#        f  the floor under the job: FloorJob of the bench module, the job's own Kafka source,
#           exactly-once soc.events sink, Flink settings and MiniCluster, every raw record written
#           unchanged to soc.events; whatever detection costs comes on top of this;
#        fn the same with the job's normalize and per-source event time (dead letters to soc.dlq),
#           no rule: the floor under the job with parsing;
#        c  the ceiling: one plain Kafka consumer (read_committed, the job's fetch size) reading
#           run a's raw topic from the beginning and touching every record: TopicRead;
#        latency  the job on an empty raw topic; once all its tasks run, RawLoad writes events at a
#           steady --rate for --latency-seconds (the first --warmup seconds not counted);
#           AlertLatency reads soc.alerts (see "latency" below);
#        peers  fail2ban-regex (stock sshd filter) and SEC (one threshold rule of the meaning of our
#           SSH brute-force rule) on the first unit's auth.log, the same sshd lines the job read;
#   5. prints the summary (also WORK/summary.txt).
#
# What "end to end" means here (JobProgress of the bench module polls Kafka every 100 ms):
#   start    the first record appears on soc.events (written inside an open transaction): the job
#            has read its first raw records and they went through normalize. Start-up (JVM, rules
#            compiled: ~15-30 s with 3,700 rules) comes before and is not counted;
#   written  soc.events holds as many records as the raw topic less the dead letters of
#            normalize (committed or not: its high watermark): every event has been processed;
#   end      the last output is visible: the job's consumer group has committed offsets at the end
#            of every raw partition (the Kafka source commits them when a checkpoint completes,
#            and the sinks commit that checkpoint's transactions at the same moment), then no
#            output partition (soc.events, soc.alerts, soc.dlq) has an open transaction, so a
#            read_committed consumer sees every record; for (b) also Elasticsearch counts (after a
#            refresh) one document per event and per distinct alert id.
#   events/s = raw records / (end - start). With exactly-once delivery a record becomes visible
#            only at the commit of the checkpoint after it, so "end" includes the wait for the
#            checkpoint after the last record (at most one --checkpoint-interval, plus the
#            checkpoint's own time); "processing events/s" = raw records / (written - start)
#            leaves that wait out. "steady/s" and its "µs/event" (CPU of the job's JVM per event) cover
#            the events from a quarter to nine tenths of the run: no start-up, no last checkpoint.
#   ceiling  TopicRead's records / (its last record - its first record), on the same raw topic.
#   latency  per rule-match alert: from its event's `event.created` (the envelope's received
#            time, set by RawLoad when it hands the record to the producer) to (produced) the
#            alert record's timestamp, the broker's append time (soc.alerts is LogAppendTime),
#            i.e. when the job wrote the alert, and to (visible) the moment a read_committed
#            consumer received it, after the commit of the next checkpoint. Correlation alerts
#            wait for the watermark by design (watermark.out-of-orderness) and are only counted.
#   peers    lines/s = auth.log lines / wall time of the one process (Python fail2ban, Perl SEC;
#            each on one core), with the sshd lines only; the job's figure covers every event type.
#   load     CPU seconds of the job's JVM, of the broker and of the rest of the machine (other
#            people's work included) during each run; more than a few "other" CPU seconds means the
#            run shared the two cores and its figure is low.
# Exit status: 0 when every run completed, 1 when a run failed, 2 for wrong options or a missing
# prerequisite.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bench_name="bench/job-throughput.sh"
command_line="$bench_name${*:+ $*}"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

events=5000000
units=4
rate=20000
latency_seconds=60
warmup_seconds=20
checkpoint_interval=10s
runs="a,b,c,latency,peers"
work="${TMPDIR:-/tmp}/soc-job-bench"
shared="${SOC_SHARED_DATA:-$root/../shared/data}"
kafka_port=19192
controller_port=19193
es_port=19200
es_transport_port=19300
web_port=18081
job_heap=3g
job_java_opts=""
seed=1
start_instant="2026-11-21T02:00:00Z"
keep=false
timeout_s=1800

usage() {
  cat <<EOF
Usage: $bench_name [options]
  --events N              events to generate and preload (default $events; at least 10000)
  --units N               hospital units the generator writes (default $units; 1 to 8)
  --runs LIST             comma-separated from a, b, f, fn, c, latency, peers (default $runs)
  --rate N                events/s of the latency run (default $rate)
  --latency-seconds S     how long the latency run writes at that rate (default $latency_seconds),
                          the first --warmup S seconds (default $warmup_seconds) not counted
  --checkpoint-interval D the job's checkpoint.interval (default $checkpoint_interval, the job's default)
  --job-heap SIZE         heap of the job's JVM (default $job_heap)
  --job-java-opts OPTS    more JVM options for the job, e.g. a flight recording:
                          "-XX:StartFlightRecording=filename=/tmp/job-@RUN@.jfr,settings=profile"
                          (@RUN@ becomes the run's name)
  --job-args ARGS         more job settings for runs a, b and latency, e.g. "--delivery.guarantee=at-least-once"
  --baseline DIR          also run (a) with the job's classes from DIR (a copy of an earlier
                          correlation-jobs/target/classes), just before this build's: run a0
  --repeat N              run a (and a0) N times, interleaved (default 1)
  --work-dir DIR          work dir (default $work); emptied at the start, so only one this script made
  --shared DIR            the shared data folder with sigma/ (default $shared; env SOC_SHARED_DATA)
  --kafka-port P, --es-port P, --web-port P
                          the private broker (controller on P+1), Elasticsearch (transport on
                          --es-transport-port, default $es_transport_port) and the job's web UI
                          (defaults $kafka_port, $es_port, $web_port)
  --seed N                the generator's seed (default $seed)
  --timeout S             give up a run after S seconds (default $timeout_s)
  --keep                  keep the generated logs and the broker's data at the end
  --help                  this text
EOF
}

# The text is made now, before the options are parsed, so that it shows the defaults and not the
# values given (bench/job-throughput.sh --events 1000 --help).
usage_text="$(usage)"
usage() { printf '%s\n' "$usage_text"; }

job_args=""
baseline=""
repeat=1
while (($#)); do
  case "$1" in
    --events) events="${2:?--events needs a value}"; shift 2 ;;
    --units) units="${2:?}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    --rate) rate="${2:?}"; shift 2 ;;
    --latency-seconds) latency_seconds="${2:?}"; shift 2 ;;
    --warmup) warmup_seconds="${2:?}"; shift 2 ;;
    --checkpoint-interval) checkpoint_interval="${2:?}"; shift 2 ;;
    --job-heap) job_heap="${2:?}"; shift 2 ;;
    --job-java-opts) job_java_opts="${2:?}"; shift 2 ;;
    --job-args) job_args="${2:?}"; shift 2 ;;
    --baseline) baseline="$(cd "${2:?}" && pwd)"; shift 2 ;;
    --repeat) repeat="${2:?}"; shift 2 ;;
    --work-dir) work="${2:?}"; shift 2 ;;
    --shared) shared="${2:?}"; shift 2 ;;
    --kafka-port) kafka_port="${2:?}"; controller_port=$((kafka_port + 1)); shift 2 ;;
    --es-port) es_port="${2:?}"; shift 2 ;;
    --es-transport-port) es_transport_port="${2:?}"; shift 2 ;;
    --web-port) web_port="${2:?}"; shift 2 ;;
    --seed) seed="${2:?}"; shift 2 ;;
    --timeout) timeout_s="${2:?}"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "$bench_name: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
number() { [[ "$2" =~ ^[0-9]+$ ]] || { echo "$bench_name: $1 must be a whole number, not '$2'" >&2; exit 2; }; }
number --events "$events"; number --units "$units"; number --rate "$rate"; number --latency-seconds "$latency_seconds"
number --warmup "$warmup_seconds"; number --repeat "$repeat"; number --seed "$seed"; number --timeout "$timeout_s"
((events >= 10000)) || { echo "$bench_name: --events must be at least 10000" >&2; exit 2; }
((units >= 1 && units <= 8)) || { echo "$bench_name: --units must be 1 to 8" >&2; exit 2; }
((warmup_seconds < latency_seconds)) || { echo "$bench_name: --warmup must be shorter than --latency-seconds" >&2; exit 2; }
for r in ${runs//,/ }; do
  [[ "$r" =~ ^(a|b|f|fn|c|latency|peers)$ ]] || { echo "$bench_name: --runs: unknown run '$r'" >&2; exit 2; }
done
wants() { [[ ",$runs," == *",$1,"* ]]; }
sigma_dirs=("$shared/sigma/rules" "$shared/sigma/rules-emerging-threats" "$shared/sigma/rules-threat-hunting")
for d in "${sigma_dirs[@]}"; do
  [[ -d "$d" ]] || { echo "$bench_name: SigmaHQ rules not found at $d (give --shared)" >&2; exit 2; }
done
case "$checkpoint_interval" in
  *ms) checkpoint_s=1 ;; *s) checkpoint_s="${checkpoint_interval%s}" ;; *m) checkpoint_s=$((${checkpoint_interval%m} * 60)) ;;
  *) echo "$bench_name: --checkpoint-interval: a duration such as 10s, 500ms or 1m" >&2; exit 2 ;;
esac
number --checkpoint-interval "$checkpoint_s"
rule_dirs="$root/rules,$(IFS=,; echo "${sigma_dirs[*]}")"

empty_work_dir .job-throughput
data="$work/data"
stack_state="$work/stack"
summary_file="$work/summary.txt"
bootstrap="127.0.0.1:$kafka_port"
es_url="http://127.0.0.1:$es_port"
all_units=(bv-bach-mai bv-cho-ray bv-trung-uong-hue bv-nhi-trung-uong bv-k bv-e bv-thong-nhat syt-ha-noi)
unit_list="$(IFS=,; echo "${all_units[*]:0:units}")"
first_unit="${all_units[0]}"

job_pid=""
load_pid=""
latency_pid=""
stack_started=false
cleanup() {
  local code=$?
  set +e
  trap - EXIT INT TERM
  stop_pid "$load_pid" RawLoad 5
  stop_pid "$latency_pid" AlertLatency 5
  stop_pid "$job_pid" "the job" 30
  if $stack_started; then
    log "stopping the private stack (./soc down)"
    soc down >>"$work/soc.log" 2>&1 || log "./soc down failed: see $work/soc.log"
  fi
  restore_policy_rc
  $keep || rm -rf "$data" "$stack_state/kafka/data" "$stack_state/elasticsearch/data" "$work"/run-*/checkpoints
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Prerequisites, the stack and the data
# ---------------------------------------------------------------------------------------------
wants peers && ensure_detection_peers
log "building correlation-jobs and the bench module (mvn -pl correlation-jobs,bench -am package), soc-agent"
mvn -B -q -o -f "$root/pom.xml" -pl correlation-jobs,bench -am package -DskipTests >"$work/build.log" 2>&1 \
  || mvn -B -q -f "$root/pom.xml" -pl correlation-jobs,bench -am package -DskipTests >>"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; die "the build failed (log: $work/build.log)"; }
env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" --version >>"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; die "building soc-agent failed (log: $work/build.log)"; }
jobs_libs="$(cat "$root/correlation-jobs/target/jobs.classpath")"

parts=(kafka)
wants b && parts+=(elasticsearch)
cat >"$work/soc.conf" <<EOF
# The benchmark's private stack ($bench_name): own state dir and ports.
state.dir=$stack_state
kafka.port=$kafka_port
kafka.controller.port=$controller_port
elasticsearch.port=$es_port
elasticsearch.transport.port=$es_transport_port
EOF
log "starting a private ${parts[*]} (./soc up ${parts[*]}, state in $stack_state)"
stack_started=true
soc up "${parts[@]}" >"$work/soc.log" 2>&1 || { cat "$work/soc.log" >&2; die "the stack did not start"; }
broker_pid="$(awk '{ print $1 }' "$stack_state/pids/kafka.pid")"
es_pid=""
[[ -f "$stack_state/pids/elasticsearch.pid" ]] && es_pid="$(awk '{ print $1 }' "$stack_state/pids/elasticsearch.pid")"

# Scenarios every generated hour in the first unit (the generator puts ~50 lines in a second).
hours=$((events / 50 / 3600 + 1))
scenarios=()
names=(ssh-brute-force password-spraying ssh-brute-force-success)
for ((h = 0; h < hours; h++)); do
  scenarios+=(--scenario "${names[h % 3]}@$((h * 3600 + 600)):$first_unit")
done
log "generating: soc-agent generate --fast --count $events --unit $unit_list --seed $seed --start $start_instant ($hours scenarios)"
t0="$(now_ms)"
env -u SOC_AGENT_JAVA_OPTS "$root/soc-agent" generate --fast --count "$events" --unit "$unit_list" --seed "$seed" \
  --start "$start_instant" "${scenarios[@]}" --out-dir "$data" >/dev/null 2>"$work/scenarios.jsonl" \
  || { tail -n 20 "$work/scenarios.jsonl" >&2; die "the generator failed"; }
read -r data_lines data_bytes < <(cat "$data"/*/* | LC_ALL=C wc -l -c)
log "generated $data_lines lines, $data_bytes bytes in $(seconds_between "$t0" "$(now_ms)") s"
{
  for f in "$data"/*/*; do
    printf '%s %s\n' "$(basename "$f")" "$(LC_ALL=C wc -l <"$f")"
  done | awk '{ n[$1] += $2; t += $2 } END { for (f in n) printf "%s %.1f%%, ", f, 100 * n[f] / t }' | sed 's/, $//'
} >"$work/mix.txt"
log "mix: $(cat "$work/mix.txt")"
sshd_log="$data/$first_unit/auth.log"

# ---------------------------------------------------------------------------------------------
# The runs
# ---------------------------------------------------------------------------------------------
run_order=()
declare -A j_steady j_steady_cpu j_load j_rate j_proc_rate j_start j_end j_job_cpu j_broker_cpu j_other_cpu j_alerts j_dlq j_note j_status

preload() { # NAMESPACE
  local ns="$1" out
  bench_java vn.gov.moh.soc.bench.job.BenchNamespace "$bootstrap" "$ns" ${2:+"$2"} >&2
  log "preloading $data_lines events into $ns.soc.raw (RawLoad)"
  out="$(bench_java -Xmx512m vn.gov.moh.soc.bench.job.RawLoad "$bootstrap" "$ns.soc.raw" "$data" "$data_lines" 2>>"$work/load.log")" \
    || { tail -n 5 "$work/load.log" >&2; die "the preload failed"; }
  read -r _ _ n ms <<<"$out"
  log "  preloaded in $(awk -v ms="$ms" 'BEGIN { printf "%.1f", ms / 1000 }') s ($(awk -v n="$n" -v ms="$ms" 'BEGIN { printf "%.0f", n * 1000 / ms }') events/s)"
}

# start_job NAMESPACE RUN_DIR JOB_SETTINGS...: LocalCorrelationJob (or $job_main, with the bench
# module's classes on the class path too) in the background (job_pid).
start_job() {
  local ns="$1" dir="$2" main="${job_main:-vn.gov.moh.soc.jobs.LocalCorrelationJob}" cp
  shift 2
  mkdir -p "$dir"
  cp="${job_classes:-$root/correlation-jobs/target/classes}"
  [[ -n "${job_main:-}" ]] && cp="$cp:$root/bench/target/classes"
  # shellcheck disable=SC2086
  java -Xms"$job_heap" -Xmx"$job_heap" ${job_java_opts//@RUN@/$(basename "$dir")} \
    -cp "$cp:$jobs_libs" "$main" \
    --kafka.bootstrap.servers="$bootstrap" --namespace="$ns" --group.id="$ns" --parallelism=2 \
    --rules.dirs="$rule_dirs" --checkpoint.dir="file://$dir/checkpoints" --checkpoint.interval="$checkpoint_interval" \
    --web.port="$web_port" "$@" $job_args >"$dir/job.log" 2>&1 &
  job_pid=$!
}

# await_tasks: until every task of the job runs (its functions are open: rules compiled).
await_tasks() {
  local i overview running total
  for ((i = 0; i < 3000; i++)); do
    kill -0 "$job_pid" 2>/dev/null || die "the job exited: $(tail -n 20 "$work/$1/job.log")"
    overview="$(curl -s --max-time 2 "http://127.0.0.1:$web_port/jobs/overview" || true)"
    running="$(grep -o '"running":[0-9]*' <<<"$overview" | head -n1 | cut -d: -f2 || true)"
    total="$(grep -o '"total":[0-9]*' <<<"$overview" | head -n1 | cut -d: -f2 || true)"
    [[ -n "$total" && "$total" != 0 && "$running" == "$total" ]] && return 0
    sleep 0.2
  done
  die "the job's tasks did not all run within 10 minutes"
}

stop_job() {
  stop_pid "$job_pid" "the job" 30
  job_pid=""
}

# throughput_run RUN [ES_URL [JOB_CLASSES]]: preload, then the job until its last output is visible.
throughput_run() {
  local run="$1" ns="bench-$1" es="${2:-}" dir="$work/run-$1" out busy0 broker0 es0=0 job_cpu state kv
  local job_classes="${3:-$root/correlation-jobs/target/classes}"
  local -A r=()
  run_order+=("$run")
  preload "$ns" ${es:+"$es"}
  mkdir -p "$dir"
  j_load[$run]="$(cut -d' ' -f1-3 /proc/loadavg)"
  busy0="$(machine_busy_seconds)"
  broker0="$(cpu_seconds "$broker_pid")"
  [[ -n "$es" && -n "$es_pid" ]] && es0="$(cpu_seconds "$es_pid")"
  if [[ -n "$es" ]]; then
    start_job "$ns" "$dir" --elasticsearch.hosts="$es"
  elif [[ "$run" == f || "$run" == fn ]]; then
    local floor=io
    [[ "$run" == fn ]] && floor=normalize
    job_main=vn.gov.moh.soc.bench.job.FloorJob start_job "$ns" "$dir" --elasticsearch.enabled=false --floor="$floor"
  else
    start_job "$ns" "$dir" --elasticsearch.enabled=false
  fi
  log "run $run: the job on $ns (log $dir/job.log), JobProgress until its output is visible"
  out="$(bench_java -Dbench.job.pid="$job_pid" -Dbench.clock.ticks="$clk_tck" vn.gov.moh.soc.bench.job.JobProgress "$bootstrap" "$ns" "$ns" "$timeout_s" 300 ${es:+"$es"} \
    2> >(tee "$dir/progress.log" >&2) | grep '^RESULT ')" || true
  job_cpu="$(cpu_seconds "$job_pid" 2>/dev/null || echo 0)"
  stop_job
  read -r _ state kv <<<"$out"
  for pair in $kv; do r[${pair%%=*}]="${pair#*=}"; done
  j_status[$run]="${state:-failed}"
  if [[ "$state" != ok ]]; then
    failed=true
    log "run $run did not complete ($state): see $dir"
    return 0
  fi
  local end="${r[visible]}"
  [[ -n "$es" ]] && end="${r[es_visible]}"
  j_rate[$run]="$(awk -v n="${r[raw]}" -v a="${r[first]}" -v b="$end" 'BEGIN { printf "%.0f", n * 1000 / (b - a) }')"
  j_proc_rate[$run]="$(awk -v n="${r[raw]}" -v a="${r[first]}" -v b="${r[written]}" 'BEGIN { printf "%.0f", (b > a ? n * 1000 / (b - a) : 0) }')"
  j_steady[$run]="${r[steady_rate]:--}"
  j_steady_cpu[$run]="${r[steady_cpu_us]:--}"
  j_start[$run]="$(seconds_between "${r[first]}" "${r[written]}")"
  j_end[$run]="$(seconds_between "${r[first]}" "$end")"
  j_job_cpu[$run]="$job_cpu"
  j_broker_cpu[$run]="$(awk -v a="$(cpu_seconds "$broker_pid")" -v b="$broker0" 'BEGIN { printf "%.1f", a - b }')"
  local es_cpu=0
  [[ -n "$es" && -n "$es_pid" ]] && es_cpu="$(awk -v a="$(cpu_seconds "$es_pid")" -v b="$es0" 'BEGIN { printf "%.1f", a - b }')"
  j_other_cpu[$run]="$(awk -v now="$(machine_busy_seconds)" -v b0="$busy0" -v j="$job_cpu" -v k="${j_broker_cpu[$run]}" -v e="$es_cpu" \
    'BEGIN { v = now - b0 - j - k - e; printf "%.1f", (v < 0 ? 0 : v) }')"
  j_alerts[$run]="${r[alerts]} records, ${r[alert_ids]} ids"
  j_dlq[$run]="${r[dlq]} (${r[dlq_normalize]} from normalize)"
  [[ -n "$es" ]] && j_note[$run]="Elasticsearch CPU ${es_cpu} s; documents: ${r[es_events]} events, ${r[es_alerts]} alerts"
  log "run $run: ${j_rate[$run]} events/s end to end, ${j_proc_rate[$run]} events/s processing"
}

ceiling_rate="" ceiling_note=""
ceiling_run() {
  local out n ms bytes
  log "run c: the ceiling, TopicRead on bench-a.soc.raw"
  out="$(bench_java -Xmx512m vn.gov.moh.soc.bench.job.TopicRead "$bootstrap" bench-a.soc.raw "$data_lines" 2>"$work/ceiling.log" \
    | grep '^RESULT ')" || { failed=true; log "the ceiling failed: $(tail -n 3 "$work/ceiling.log")"; return 0; }
  read -r _ _ n ms bytes <<<"$out"
  ceiling_rate="$(awk -v n="$n" -v ms="$ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')"
  ceiling_note="$n records, $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB of envelopes in $(awk -v ms="$ms" 'BEGIN { printf "%.1f", ms / 1000 }') s"
}

latency_result=""
latency_run() {
  local ns=bench-latency dir="$work/run-latency" from until count out
  bench_java vn.gov.moh.soc.bench.job.BenchNamespace "$bootstrap" "$ns" >&2
  start_job "$ns" "$dir" --elasticsearch.enabled=false
  log "run latency: the job on $ns, waiting until all its tasks run"
  await_tasks run-latency
  from=$(( $(now_ms) + warmup_seconds * 1000 ))
  # Read on for two checkpoint intervals after the load: the last alerts become visible at a commit.
  until=$(( $(now_ms) + (latency_seconds + 10 + 2 * checkpoint_s) * 1000 ))
  count=$((rate * latency_seconds))
  bench_java vn.gov.moh.soc.bench.job.AlertLatency "$bootstrap" "$ns.soc.alerts" "$from" "$until" >"$dir/latency.out" 2>"$dir/latency.log" &
  latency_pid=$!
  log "  RawLoad: $count events at $rate/s into $ns.soc.raw (the first $warmup_seconds s not counted)"
  bench_java vn.gov.moh.soc.bench.job.RawLoad "$bootstrap" "$ns.soc.raw" "$data" "$count" "$rate" >"$dir/load.out" 2>"$dir/load.log" &
  load_pid=$!
  wait "$load_pid" || { failed=true; log "RawLoad failed: $(tail -n 3 "$dir/load.log")"; }
  load_pid=""
  wait "$latency_pid" || { failed=true; log "AlertLatency failed: $(tail -n 3 "$dir/latency.log")"; }
  latency_pid=""
  stop_job
  out="$(grep '^RESULT ' "$dir/latency.out" || true)"
  latency_result="${out#RESULT latency }"
  latency_load="$(grep '^RESULT ' "$dir/load.out" | awk '{ printf "%.0f", $3 * 1000 / $4 }')"
}

# With --baseline: the baseline's run a first, then this build's, interleaved --repeat times.
for ((i = 1; i <= repeat; i++)); do
  suffix=""
  ((i > 1)) && suffix="$i"
  [[ -n "$baseline" ]] && wants a && throughput_run "a0$suffix" "" "$baseline"
  wants a && throughput_run "a$suffix"
done
wants f && throughput_run f
wants fn && throughput_run fn
wants c && ceiling_run
wants b && throughput_run b "$es_url"
wants latency && latency_run
peer_runs=()
if wants peers; then
  run_fail2ban "$sshd_log" && peer_runs+=(fail2ban)
  run_sec "$sshd_log" && peer_runs+=(sec)
fi

# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------
{
  echo
  echo "correlation job end to end, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "command: $command_line"
  echo "events:  $data_lines generated lines of $units units ($(awk -v b="$data_bytes" 'BEGIN { printf "%.2f GB", b / 1e9 }')): $(cat "$work/mix.txt")"
  echo "job:     parallelism 2, rules of rules/ and SigmaHQ (${#sigma_dirs[@]} folders), checkpoints every $checkpoint_interval, exactly-once Kafka sinks${job_args:+, $job_args}"
  echo
  printf '%-34s %9s %12s %9s %9s %9s %9s %9s %9s %8s %8s  %s\n' run "events/s" "processing/s" "steady/s" "µs/event" "written s" "end s" "job CPU" "CPU µs/ev" "broker" "other" "alerts; dead letters"
  for run in "${run_order[@]}"; do
    label="$run) to soc.alerts (no indexing)"
    [[ "$run" == a0* ]] && label="$run) baseline, to soc.alerts"
    [[ "$run" == b ]] && label="b) also into Elasticsearch"
    [[ "$run" == f ]] && label="f) floor: raw copied to soc.events"
    [[ "$run" == fn ]] && label="fn) floor: normalize, no rule"
    if [[ "${j_status[$run]:-}" != ok ]]; then
      printf '%-34s %s\n' "$label" "INCOMPLETE (${j_status[$run]:-not run})"
      continue
    fi
    printf '%-34s %9s %12s %9s %9s %9s %9s %9s %9s %8s %8s  %s\n' "$label" "${j_rate[$run]}" "${j_proc_rate[$run]}" "${j_steady[$run]}" "${j_steady_cpu[$run]}" "${j_start[$run]}" "${j_end[$run]}" \
      "${j_job_cpu[$run]}" "$(awk -v c="${j_job_cpu[$run]}" -v n="$data_lines" 'BEGIN { printf "%.0f", c * 1e6 / n }')" "${j_broker_cpu[$run]}" "${j_other_cpu[$run]}" "${j_alerts[$run]}; ${j_dlq[$run]}"
  done
  if wants c; then
    printf '%-34s %9s  %s\n' "c) ceiling: plain consumer" "${ceiling_rate:-failed}" "$ceiling_note"
  fi
  [[ -n "${j_note[b]:-}" ]] && echo "b) ${j_note[b]}"
  for run in "${run_order[@]}"; do
    [[ -n "${j_load[$run]:-}" ]] && echo "$run) load average (1, 5, 15 min) before the job started: ${j_load[$run]}"
  done
  if [[ -n "${j_rate[a]:-}" && -n "$ceiling_rate" ]]; then
    echo "a / c = $(ratio "${j_rate[a]}" "$ceiling_rate")   (processing / c = $(ratio "${j_proc_rate[a]}" "$ceiling_rate"))"
  fi
  for run in f fn; do
    if [[ -n "${j_rate[a]:-}" && -n "${j_rate[$run]:-}" ]]; then
      echo "a / $run = $(ratio "${j_rate[a]}" "${j_rate[$run]}")   (steady $(ratio "${j_steady[a]}" "${j_steady[$run]}"); CPU µs/event in steady state ${j_steady_cpu[a]} against ${j_steady_cpu[$run]})"
    fi
  done
  if wants latency; then
    read -r l_n l_corr p50 p99 pmax v50 v99 vmax <<<"${latency_result:-- - - - - - - -}"
    echo
    echo "latency at ${latency_load:-?} events/s for $latency_seconds s (first $warmup_seconds s not counted): $l_n rule-match alerts, $l_corr correlation alerts"
    echo "  event written -> alert produced (append time):     p50 ${p50} ms, p99 ${p99} ms, max ${pmax} ms"
    echo "  event written -> alert visible (read_committed):   p50 ${v50} ms, p99 ${v99} ms, max ${vmax} ms"
  fi
  if ((${#peer_runs[@]})); then
    read -r sshd_lines < <(LC_ALL=C wc -l <"$sshd_log")
    echo
    echo "peers on $first_unit's auth.log ($sshd_lines sshd/pam/sudo lines, one process each):"
    for p in "${peer_runs[@]}"; do
      rate_p="$(awk -v l="$sshd_lines" -v w="${r_wall[$p]}" 'BEGIN { printf "%.0f", (w > 0 ? l / w : 0) }')"
      printf '  %-10s %9s lines/s  wall %6s s, CPU %6s s  %s' "$p" "$rate_p" "${r_wall[$p]}" "${r_cpu[$p]}" "${r_found[$p]}"
      [[ -n "${j_rate[a]:-}" ]] && printf ';  a / %s = %s' "$p" "$(ratio "${j_rate[a]}" "$rate_p")"
      echo
    done
  fi
  echo
  echo "targets: a >= 100000 events/s; a >= 5 x fail2ban; a > SEC; p99 produced latency < 1000 ms (printed, not enforced)"
  echo "CPU seconds during each run: the job's JVM (start-up included: JVM, JIT, rules compiled), the broker, everything else on"
  echo "the machine (other work shares the 2 cores); µs/event = job CPU / events, the figure that holds when the machine is loaded"
  echo "logs: $work/run-*/ (job.log, progress.log), $stack_state/logs/"
} | tee "$summary_file"
$failed && exit 1
exit 0
