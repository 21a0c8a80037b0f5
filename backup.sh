#!/usr/bin/env bash
# Backs up Custos: the database and the data directory's keys, together (README, "Backup and restore").
#
#   ./backup.sh --postgres [target]   PostgreSQL (the deployment guide): pg_dump in its custom format, and the
#                                     application's data directory (custos.data.dir) as a tar file. Online.
#   ./backup.sh --h2 [target]         the ./run.sh installation (H2): its database and its application files
#                                     (<data>/db and <data>/app). Stop it first (./stop.sh): H2 keeps its file open.
#
# Each run writes a new folder <target>/custos-<UTC time> (target default ./backups), readable by its owner only,
# with SHA256SUMS. Restore it with ./restore.sh.
#
# Environment:
#   --postgres: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass), as for psql; PGDATABASE (default custos);
#               CUSTOS_DATA_DIR, the application's data directory (required). pg_dump on the PATH must be of the
#               server's major version or newer (pg_dump refuses an older one's dump of a newer server).
#   --h2:       CUSTOS_DATA_DIR, as for ./run.sh (default ./data).
#
# Keys given to the server in CUSTOS_DATA_KEYS or CUSTOS_AUDIT_KEY are not in the data directory: keep them with the
# backup (in your secret store). Without the data keys, special-category, criminal-records and bank details are lost.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
KEY_FILES=(data-keys audit.key)

fail() {
    echo "backup.sh: $*" >&2
    exit 1
}

mode=${1:-}
[[ $mode == --postgres || $mode == --h2 ]] || fail "say --postgres or --h2 (./backup.sh --postgres [target])"
target=${2:-./backups}
folder=$target/custos-$(date -u +%Y%m%dT%H%M%SZ)
[[ ! -e $folder ]] || fail "$folder exists already"
umask 077
mkdir -p "$folder"

if [[ $mode == --h2 ]]; then
    data=${CUSTOS_DATA_DIR:-$ROOT/data}
    [[ -d $data/db && -d $data/app ]] || fail "no ./run.sh installation in $data (no db/ and app/)"
    if [[ -f $data/db/postgresql ]]; then   # run.sh with CUSTOS_DB_URL: no H2 database here
        rmdir "$folder"
        fail "the ./run.sh installation in $data runs on PostgreSQL: back it up with CUSTOS_DATA_DIR=$data/app ./backup.sh --postgres"
    fi
    pid_file=$data/payara/custos/config/pid
    if [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        rmdir "$folder"
        fail "Custos is running: stop it first (./stop.sh), then back up, then ./run.sh"
    fi
    tar -C "$data" -czf "$folder/h2-data.tar.gz" db app
else
    data=${CUSTOS_DATA_DIR:?backup.sh: set CUSTOS_DATA_DIR to the data directory of Custos (custos.data.dir)}
    database=${PGDATABASE:-custos}
    [[ -d $data ]] || fail "no data directory $data"
    [[ -z ${CUSTOS_DATA_KEYS:-} && -z ${CUSTOS_AUDIT_KEY:-} ]] \
        || echo "backup.sh: keys set in CUSTOS_DATA_KEYS / CUSTOS_AUDIT_KEY are not in this backup: keep them with it" >&2
    # The keys first, then the database: every value in the dump is under a key in the copy, and the audit
    # checkpoint in the copy is not ahead of the chain in the dump.
    tar -C "$data" -czf "$folder/data-directory.tar.gz" .
    pg_dump --format=custom --file="$folder/database.dump" --dbname="$database"
    for key in "${KEY_FILES[@]}"; do
        if [[ -f $data/$key ]] && ! tar -xzOf "$folder/data-directory.tar.gz" "./$key" | cmp -s - "$data/$key"; then
            fail "the key file $key changed during the backup (a key was added): run the backup again"
        fi
    done
    {
        echo "database: $database"
        echo "pg_dump: $(pg_dump --version)"
        echo "server: $(psql --no-psqlrc --tuples-only --no-align --dbname="$database" --command='show server_version')"
    } >"$folder/MANIFEST"
fi

(cd "$folder" && sha256sum -- * >SHA256SUMS)
echo "$folder"
