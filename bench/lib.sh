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
