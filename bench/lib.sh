# Shell helpers shared by the bench/ scripts (sourced, not run).
# Each script sets `bench_name` (used in messages) and `work` (its work dir) before using them.

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }
now_ms() { date +%s%3N; }

# seconds_between T0_MS T1_MS: elapsed seconds with three decimals.
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", (b - a) / 1000 }'; }

# ratio A B [DECIMALS]: A / B, or "-" when B is zero or either is not a number.
ratio() {
  awk -v a="$1" -v b="$2" -v d="${3:-2}" \
    'BEGIN { if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b + 0 == 0) print "-"; else printf "%.*f\n", d, a / b }'
}

# Debian's maintainer scripts start services through invoke-rc.d, which first asks
# /usr/sbin/policy-rc.d: exit 101 means "do not start". install_debian_packages puts such a file in
# place for the installation (unless the one there already says 101) and restores what was there.
policy_rc_backup=""
restore_policy_rc() {
  case "$policy_rc_backup" in
    "") ;;
    *.none) rm -f /usr/sbin/policy-rc.d ;;
    *) mv -f "$policy_rc_backup" /usr/sbin/policy-rc.d ;;
  esac
  policy_rc_backup=""
}

# install_debian_packages SERVICE_TO_KEEP_OFF... -- PACKAGE...: installs the packages (as root) so that
# none of their services starts, and disables the named services on a systemd machine (the benchmark
# runs its own processes; the system's stay off).
install_debian_packages() {
  local services=() packages=() rc=0 s
  while (($#)) && [[ "$1" != -- ]]; do services+=("$1"); shift; done
  shift
  packages=("$@")
  ((EUID == 0)) || die "missing Debian packages ${packages[*]}: run as root, or install them first:
    sudo apt-get install --no-install-recommends ${packages[*]}   (keep their services stopped)"
  [[ -x /usr/sbin/policy-rc.d ]] && { /usr/sbin/policy-rc.d "${services[0]:-x}" start >/dev/null 2>&1 || rc=$?; }
  if ((rc != 101)); then
    policy_rc_backup="$work/policy-rc.d.none"
    if [[ -e /usr/sbin/policy-rc.d ]]; then
      policy_rc_backup="$work/policy-rc.d.saved"
      cp -p /usr/sbin/policy-rc.d "$policy_rc_backup"
    fi
    printf '#!/bin/sh\n# %s: no service starts while it installs its packages.\nexit 101\n' "$bench_name" >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
  fi
  log "installing the Debian packages ${packages[*]}: apt-get update -q && apt-get install -y -q --no-install-recommends ${packages[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -q >"$work/apt.log" 2>&1 \
    || { restore_policy_rc; cat "$work/apt.log" >&2; die "apt-get update failed"; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" >>"$work/apt.log" 2>&1 \
    || { restore_policy_rc; tail -n 30 "$work/apt.log" >&2; die "apt-get install failed (log: $work/apt.log)"; }
  restore_policy_rc
  if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
    for s in "${services[@]}"; do
      systemctl disable "$s.service" >>"$work/apt.log" 2>&1 || log "could not disable $s.service"
    done
  fi
}

# empty_work_dir MARKER: makes $work absolute and empties it, but only one this script made (it
# holds the file MARKER) or an empty one: never a folder given by mistake.
empty_work_dir() {
  work="$(mkdir -p "$work" && cd "$work" && pwd)"
  if [[ -n "$(ls -A "$work")" && ! -f "$work/$1" ]]; then
    die "$work is not empty and was not made by this script; give another --work-dir"
  fi
  find "$work" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
  echo "work dir of $bench_name; emptied at its next start" >"$work/$1"
  log "work dir $work (emptied)"
}

# Sends SIGTERM, waits up to GRACE seconds, then SIGKILL. Only for processes the script started.
stop_pid() {
  local pid="$1" name="$2" grace="${3:-60}" i
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name (pid $pid) still runs ${grace} s after SIGTERM: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

clk_tck="$(getconf CLK_TCK)"

# cpu_seconds PID: CPU seconds of a process so far: utime + stime + cutime + cstime from /proc/PID/stat.
cpu_seconds() {
  local stat rest
  local -a f
  stat="$(<"/proc/$1/stat")" || return 1
  rest="${stat##*) }" # the fields after "pid (comm) "; comm may hold spaces
  read -r -a f <<<"$rest"
  # f[0] is field 3 (state), so utime (14) is f[11], stime f[12], cutime f[13], cstime f[14].
  awk -v t="$((f[11] + f[12] + f[13] + f[14]))" -v hz="$clk_tck" 'BEGIN { printf "%.2f\n", t / hz }'
}

# CPU seconds the whole machine has been busy (all cores; /proc/stat: all but idle and iowait).
machine_busy_seconds() {
  awk -v hz="$clk_tck" '$1 == "cpu" { printf "%.2f\n", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat
}

# Peak resident set of a process in KiB (VmHWM).
peak_rss_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# The bench module's helpers (Kafka Admin API, producer-perf-test, the job's drivers), run with its class path.
bench_java() {
  java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$root/bench/target/classes:$(cat "$root/bench/target/bench.classpath")" "$@"
}

# ./soc with this benchmark's settings file only: other SOC_* variables of the caller's
# environment are not passed on (./soc treats every SOC_* variable as a setting).
soc() {
  local unset=() v
  for v in $(compgen -e); do
    [[ "$v" == SOC_* ]] && unset+=(-u "$v")
  done
  env "${unset[@]}" SOC_CONFIG="$work/soc.conf" "$root/soc" "$@"
}


# ---------------------------------------------------------------------------------------------
# The classic single-host detection tools, as peers (bench/detection-peers.sh, bench/job-throughput.sh)
# ---------------------------------------------------------------------------------------------
# Results by run name: r_wall (s), r_cpu (user + system s), r_rss (peak KiB), r_found (what it found).
declare -A r_wall r_cpu r_rss r_found
failed=false

# ensure_detection_peers: installs fail2ban, sec and time when missing (as root, services kept
# off); sets f2b_filter, f2b_version and sec_version.
ensure_detection_peers() {
  local missing=()
  command -v fail2ban-regex >/dev/null 2>&1 || missing+=(fail2ban)
  command -v sec >/dev/null 2>&1 || missing+=(sec)
  [[ -x /usr/bin/time ]] || missing+=(time)
  ((${#missing[@]} == 0)) || install_debian_packages fail2ban sec -- "${missing[@]}"
  f2b_filter=/etc/fail2ban/filter.d/sshd.conf
  [[ -f "$f2b_filter" ]] || die "fail2ban is installed but $f2b_filter is missing"
  f2b_version="$(fail2ban-regex --version 2>/dev/null | head -n1 | awk '{ print $NF }')"
  sec_version="$(sec --version 2>/dev/null | head -n1 | awk '{ print $NF }')"
}

# timed_run NAME OUTPUT_FILE COMMAND...: runs the command under /usr/bin/time (stdout to
# OUTPUT_FILE, stderr to WORK/NAME.err) and records r_wall, r_cpu and r_rss of NAME; on failure
# logs it, sets failed=true and returns 1.
timed_run() {
  local name="$1" out="$2" t="$work/$1.time" user sys
  shift 2
  if ! /usr/bin/time -o "$t" -f '%e %U %S %M' "$@" >"$out" 2>"$work/$name.err"; then
    log "$name failed: $(tail -n 5 "$work/$name.err")"
    failed=true
    return 1
  fi
  read -r r_wall[$name] user sys r_rss[$name] <"$t"
  r_cpu[$name]="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
}

# run_fail2ban SSHD_LOG: fail2ban-regex with its stock sshd filter (it reports every line matching
# a failure regex, with no threshold); run name fail2ban.
run_fail2ban() {
  log "fail2ban-regex $f2b_version: fail2ban-regex $(basename "$1") $f2b_filter"
  timed_run fail2ban "$work/fail2ban.out" fail2ban-regex "$1" "$f2b_filter" || return 1
  r_found[fail2ban]="$(grep -m1 '^Lines:' "$work/fail2ban.out" | sed 's/^Lines: //') (failure lines, no threshold)"
}

# run_sec SSHD_LOG: SEC with one SingleWithThreshold rule of the meaning of our "SSH Brute Force
# From One Source" rule; run name sec. SEC's windows follow its own clock, not the log's time, so
# on a file read at full speed its alert count is not comparable.
run_sec() {
  cat >"$work/ssh-brute-force.sec" <<'SEC'
# The meaning of rules/linux/sshd/ssh_brute_force.yml: 8 failed logins from one source within 120 s.
type=SingleWithThreshold
ptype=RegExp
pattern=sshd\[\d+\]: Failed \S+ for (?:invalid user )?\S+ from (\S+) port
desc=ssh brute force from $1
action=write - ALERT $1
window=120
thresh=8
SEC
  log "SEC $sec_version: sec --conf=ssh-brute-force.sec --input=$(basename "$1") --notail"
  timed_run sec "$work/sec.out" sec --conf="$work/ssh-brute-force.sec" --input="$1" --notail --log=/dev/null || return 1
  r_found[sec]="$(grep -c '^ALERT ' "$work/sec.out" || true) alerts (arrival-time windows)"
}
