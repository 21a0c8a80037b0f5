#!/usr/bin/env bash
# Stops the Custos server started by ./run.sh. The data directory (domain, database, keys) is kept.
#
# Environment: CUSTOS_DATA_DIR (default ./data) and CUSTOS_PAYARA_HOME, as for ./run.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA_DIR=${CUSTOS_DATA_DIR:-$ROOT/data}
PAYARA_VERSION=$(sed -n 's:.*<payara.server.version>\(.*\)</payara.server.version>.*:\1:p' "$ROOT/pom.xml")
PAYARA_HOME=${CUSTOS_PAYARA_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/custos/payara-$PAYARA_VERSION}
DOMAINS_DIR=$DATA_DIR/payara
DOMAIN_DIR=$DOMAINS_DIR/custos

if [[ ! -d $DOMAIN_DIR ]]; then
    echo "stop.sh: no Custos domain in $DATA_DIR: nothing to stop"
    exit 0
fi

if [[ -x $PAYARA_HOME/bin/asadmin ]]; then
    domains=$("$PAYARA_HOME/bin/asadmin" list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null || true)
    if ! grep -q '^custos running' <<<"$domains"; then
        echo "Custos is not running (data: $DATA_DIR)"
        exit 0
    fi
    "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$DOMAINS_DIR/admin-password" \
        stop-domain --domaindir "$DOMAINS_DIR" custos >/dev/null
    echo "Custos stopped (data kept in $DATA_DIR)"
    exit 0
fi

# The Payara installation is gone (removed by hand, or CUSTOS_PAYARA_HOME changed): stop the server by its
# process id.
pid_file=$DOMAIN_DIR/config/pid
pid=$(cat "$pid_file" 2>/dev/null || true)
# Only if that process really is this domain's server: a stale pid file may name someone else's process.
if [[ -n $pid ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -F "$DOMAIN_DIR" >/dev/null; then
    echo "Payara installation not found; stopping the server process $pid"
    kill "$pid"
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$pid_file"; echo "Stopped."; exit 0; }
        sleep 1
    done
    echo "stop.sh: process $pid still running after 60 s" >&2
    exit 1
fi
echo "Custos is not running (data: $DATA_DIR)"
