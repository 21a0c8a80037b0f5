#!/usr/bin/env bash
# Restores a backup made by ./backup.sh: the database into a new, empty one and the data directory into an empty
# folder, together (README, "Backup and restore"). Then point Custos at them and start it.
#
#   ./restore.sh --postgres <backup folder>   creates the database PGDATABASE (default custos; it must not exist),
#                                             owned by CUSTOS_DB_OWNER (default custos), restores the dump into it
#                                             (pg_restore), and unpacks the data directory into CUSTOS_DATA_DIR
#                                             (absent or empty). Connects as PGHOST/PGPORT/PGUSER: a user that may
#                                             create databases and act as the owner.
#   ./restore.sh --h2 <backup folder>         unpacks the ./run.sh installation's database and application files
#                                             into CUSTOS_DATA_DIR (default ./data), which must hold neither yet.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

fail() {
    echo "restore.sh: $*" >&2
    exit 1
}

mode=${1:-}
folder=${2:-}
[[ ($mode == --postgres || $mode == --h2) && -d $folder ]] \
    || fail "usage: ./restore.sh --postgres|--h2 <backup folder made by ./backup.sh>"
(cd "$folder" && sha256sum --check --quiet SHA256SUMS) || fail "$folder is damaged: its SHA256SUMS do not match"
umask 077

if [[ $mode == --h2 ]]; then
    data=${CUSTOS_DATA_DIR:-$ROOT/data}
    [[ ! -e $data/db && ! -e $data/app ]] || fail "$data already holds a database or application files"
    mkdir -p "$data"
    tar -C "$data" -xzf "$folder/h2-data.tar.gz"
    echo "restored into $data: start Custos with ./run.sh"
    exit 0
fi

data=${CUSTOS_DATA_DIR:?restore.sh: set CUSTOS_DATA_DIR to the new data directory (absent or empty)}
database=${PGDATABASE:-custos}
owner=${CUSTOS_DB_OWNER:-custos}
[[ -f $folder/database.dump && -f $folder/data-directory.tar.gz ]] || fail "$folder is not a --postgres backup"
if [[ -d $data && -n $(ls -A "$data") ]]; then
    fail "$data is not empty"
fi
exists=$(PGDATABASE= psql --no-psqlrc --tuples-only --no-align --dbname=postgres \
    --command="select 1 from pg_database where datname = '${database//\'/\'\'}'")
[[ -z $exists ]] || fail "the database $database exists: restore into a new one (PGDATABASE) or drop it first"

mkdir -p "$data"
chmod 700 "$data"
tar -C "$data" -xzf "$folder/data-directory.tar.gz"
PGDATABASE= createdb --owner="$owner" --encoding=UTF8 --template=template0 "$database"
pg_restore --exit-on-error --single-transaction --no-owner --role="$owner" --dbname="$database" "$folder/database.dump"
echo "restored the database $database and the data directory $data: point Custos at both and start it"
