#!/usr/bin/env bash
# Rolls a new build out to the replicas of deploy/lsgraph-replica@.service, one after another,
# with no failed request: drain in HAProxy, take it out, stop, swap the database directory, start,
# wait for /ready to name the new build, put it back, wait for HAProxy's health check to say UP.
# `lsgraph bench replicas` runs the same steps (in Java) under load; see docs/deploy.md.
#
#   deploy/rollout.sh BUILD.tar.gz [REPLICA...]      (default replicas: 1 2 3)
#
# Needs socat (Debian package socat) for HAProxy's admin socket, curl, tar and systemctl.
set -euo pipefail

ARCHIVE=${1:?usage: rollout.sh BUILD.tar.gz [REPLICA...]}
shift
if [ $# -gt 0 ]; then REPLICAS=("$@"); else REPLICAS=(1 2 3); fi
SOCKET=${LSGRAPH_HAPROXY_SOCKET:-/run/haproxy/admin.sock}
HOME_ROOT=${LSGRAPH_REPLICAS_HOME:-/var/lib/lsgraph}
BACKEND=lsgraph_replicas

command -v socat >/dev/null || { echo "rollout.sh needs socat (apt-get install socat)"; exit 2; }
haproxy_cmd() { echo "$1" | socat stdio "unix-connect:$SOCKET"; }
field() { # field NAME SERVER: a column of `show stat` for one server of the backend
  haproxy_cmd "show stat" | awk -F, -v name="$1" -v srv="$2" -v be="$BACKEND" '
    NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 == be && $2 == srv { print $col[name] }'
}
drained() { [ "$(field scur "$1")" = 0 ]; }
is_up() { [ "$(field status "$1")" = UP ]; }
serves() { curl -fsS "http://127.0.0.1:$1/ready" 2>/dev/null | grep -q "\"build\":\"$2\""; }
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2; shift 2
  for ((i = 0; i < limit * 5; i++)); do "$@" && return 0; sleep 0.2; done
  echo "timed out after ${limit}s waiting for $what"; exit 1
}

# The build id is in the manifest that build-db wrote last.
BUILD=$(tar -xzOf "$ARCHIVE" lsgraph-build.properties | sed -n 's/^id=//p')
[ -n "$BUILD" ] || { echo "$ARCHIVE has no lsgraph-build.properties: not a build-db archive"; exit 2; }
echo "Rolling out $BUILD"

for n in "${REPLICAS[@]}"; do
  server=replica$n; home=$HOME_ROOT/replica$n; port=303$n
  haproxy_cmd "set server $BACKEND/$server state drain"
  wait_for 60 "$server to drain" drained "$server"
  haproxy_cmd "set server $BACKEND/$server state maint"
  systemctl stop "lsgraph-replica@$n"
  mkdir -p "$home/$BUILD"
  tar -xzf "$ARCHIVE" -C "$home/$BUILD"
  old=$(readlink "$home/db" || true)
  ln -sfn "$BUILD" "$home/db.next" && mv -T "$home/db.next" "$home/db"
  systemctl start "lsgraph-replica@$n"
  wait_for 240 "$server to be ready on $BUILD" serves "$port" "$BUILD"
  haproxy_cmd "set server $BACKEND/$server state ready"
  wait_for 60 "HAProxy to see $server UP" is_up "$server"
  [ -n "$old" ] && [ "$old" != "$BUILD" ] && rm -rf "${home:?}/$old"
  echo "$server serves $BUILD"
done
