# shellcheck shell=bash
# Small helpers shared by scripts/run, scripts/test and scripts/lib/broker.sh.
# Source it; it defines functions only.

# shellcheck disable=SC2034 # (used by the scripts that source this file)
# The Debian packages the build, the tests and a local run need.
QADAM_APT_PACKAGES=(rabbitmq-server librabbitmq-dev libsqlite3-dev pkg-config python3-aiosmtpd curl
    libpango1.0-dev libcairo2-dev fonts-noto-core poppler-utils libcurl4-openssl-dev
    libqrencode-dev zbar-tools zlib1g-dev python3-jwcrypto unzip)

# step TEXT: a short header before each stage of a script.
step() {
    printf '\n==> %s\n' "$*"
}

# die TEXT: print to stderr and stop.
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# install_missing PACKAGE...: apt-get install the packages that are not installed yet,
# running `apt-get update` once, and only if something is missing.
install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "all present: $*"
        return 0
    fi

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "missing packages (${missing[*]}) and no sudo to install them"
        sudo=(sudo)
    fi
    echo "installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# Debian's Python, not whatever `python3` is first on PATH.
QADAM_PYTHON=/usr/bin/python3

# port_is_free PORT: true if nothing listens on PORT. SO_REUSEADDR as servers use it, so
# a port that only has connections in TIME_WAIT counts as free.
port_is_free() {
    "$QADAM_PYTHON" - "$1" <<'PY'
import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind(("0.0.0.0", int(sys.argv[1])))
except OSError:
    sys.exit(1)
PY
}

# free_ports N: print N distinct ports the kernel says are free, one per line. All sockets
# stay bound until all are chosen, so the ports differ. The range rabbitmqctl uses for its
# own distribution port (35672-35682) is skipped.
free_ports() {
    "$QADAM_PYTHON" - "$1" <<'PY'
import socket, sys
held, ports = [], []
while len(ports) < int(sys.argv[1]):
    s = socket.socket()
    s.bind(("0.0.0.0", 0))
    held.append(s)
    port = s.getsockname()[1]
    if not 35672 <= port <= 35682:
        ports.append(port)
print("\n".join(map(str, ports)))
PY
}

# seconds_since T0: seconds elapsed since T0 (an $EPOCHREALTIME value), to a tenth.
seconds_since() {
    awk -v t0="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%.1f", now - t0 }'
}

# running PID: true if the process exists and has not exited. Unlike `kill -0`, a child
# that exited but was not reaped yet (a zombie) counts as gone.
running() {
    local stat
    read -r stat 2>/dev/null <"/proc/$1/stat" || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

# on_exit CLEANUP: call the function CLEANUP, with the script's exit status as its argument,
# whenever the script exits: at its end, on an error, on Ctrl-C, SIGTERM or a closed
# terminal. Nothing cuts the cleanup short: not a second Ctrl-C, nor output with nowhere to
# go (`scripts/run | tee run.log`, whose tee dies with the same Ctrl-C, would otherwise kill
# the script at its next line of output), nor a failing step. Otherwise a broker or the
# services would be left running, holding their ports.
on_exit() {
    # shellcheck disable=SC2064,SC2154 # the name is fixed now; the status is set in the trap
    trap "on_exit_status=\$?; trap '' INT TERM HUP PIPE; set +e; $1 \"\$on_exit_status\"" EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
}
