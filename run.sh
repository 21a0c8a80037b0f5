#!/usr/bin/env bash
# Runs Custos on Payara Server 6, reachable from this machine only (127.0.0.1): on its embedded H2 database, or on
# PostgreSQL when CUSTOS_DB_URL is set.
#
#   ./run.sh [--no-build]      build the EAR, start the server, (re)deploy, wait for the login page
#   ./stop.sh                  stop the server (all data kept)
#
# Everything worth keeping lives in the data directory, so `mvn clean` and restarts lose nothing:
#   <data>/payara/custos/      the Payara domain (configuration, logs in logs/server.log)
#   <data>/payara/admin-password   the domain's generated asadmin password (user "admin")
#   <data>/db/                 the H2 database; on PostgreSQL only the file `postgresql` naming the database
#   <data>/app/                the application's own files (generated keys, the audit chain's checkpoint)
#
# Custos is served over HTTPS (port CUSTOS_HTTPS_PORT); plain HTTP only redirects there. Without an organisation
# certificate the domain gets a self-signed one for localhost and 127.0.0.1, made once.
#
# Environment (all optional):
#   CUSTOS_DATA_DIR            data directory (default: ./data)
#   CUSTOS_DB_URL              PostgreSQL instead of H2: jdbc:postgresql://host:port/database (an empty database
#                              that CUSTOS_DB_USER owns; Custos makes its tables). Fixed when the data directory is
#                              made: run.sh refuses to switch a data directory between H2 and PostgreSQL, or to
#                              another database, since the data would not follow.
#   CUSTOS_DB_USER, CUSTOS_DB_PASSWORD
#                              the database login, with CUSTOS_DB_URL. The password is kept in the domain's password
#                              alias custos-db-password (not in domain.xml); a changed one is stored there at the next
#                              run.sh, while Custos is stopped.
#   CUSTOS_HTTP_PORT           HTTP port (default 8080)
#   CUSTOS_HTTPS_PORT          HTTPS port (default 8181)
#   CUSTOS_ADMIN_PORT          Payara admin port (default 4848)
#   CUSTOS_ADMIN_USER, CUSTOS_ADMIN_PASSWORD
#                              the first administrator; without them the server log shows a one-time setup URL
#   CUSTOS_AUDIT_KEY           the audit chain's key, base64 of 32 bytes (default: generated into <data>/app)
#   CUSTOS_AUDIT_CHECKPOINT_FILE  the audit chain's checkpoint file (default: <data>/app/audit-checkpoint)
#   CUSTOS_HEALTH_MIN_FREE_MB  free MB the data directory's disk needs for /health/ready to be UP (default 1024)
#   CUSTOS_BASE_URL            the address the application puts in the links it prints and redirects HTTP to
#                              (default https://127.0.0.1:<HTTPS port>/custos)
#   CUSTOS_TLS_KEYSTORE        the organisation's certificate and key as a PKCS12 file (default: self-signed);
#                              installed when it changes, while Custos is stopped
#   CUSTOS_TLS_KEYSTORE_PASSWORD  that file's password
#   CUSTOS_SMTP_HOST           the mail server for the daily email reminders; without it reminders are off
#                              (the settings page says so). Applied at every run.sh, to the mail session mail/custos.
#   CUSTOS_SMTP_PORT           its port (default 587)
#   CUSTOS_SMTP_USER, CUSTOS_SMTP_PASSWORD
#                              the login at the mail server (default: none; the user defaults to the sender)
#   CUSTOS_SMTP_FROM           the reminders' sender address (default custos@<CUSTOS_SMTP_HOST>)
#   CUSTOS_SMTP_STARTTLS       true (default) or false: whether the connection is upgraded to TLS
#   CUSTOS_REMINDERS_HOUR      the hour, London time, the daily reminders go at (0-23, default 7; read at start)
#   CUSTOS_LDAP_URL, CUSTOS_LDAP_...
#                              login through the intranet's LDAP or Active Directory (README, deployment guide,
#                              step 10); read at start
#   CUSTOS_SKIP_BUILD=true     same as --no-build: deploy the EAR that is already built
#   CUSTOS_EAR                 the EAR to deploy (default: ear/target/custos.ear)
#   CUSTOS_PAYARA_HOME         Payara Server installation (default: ~/.cache/custos/payara-<version>, unpacked
#                              there through Maven from Maven Central, outside target/ so that `mvn clean` keeps it)
#   CUSTOS_START_TIMEOUT       seconds to wait for the login page (default 180)
#   MAVEN_ARGS                 extra Maven arguments, e.g. -o
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

# ---------------------------------------------------------------------------------------------- settings
DATA_DIR=${CUSTOS_DATA_DIR:-$ROOT/data}
HTTP_PORT=${CUSTOS_HTTP_PORT:-8080}
HTTPS_PORT=${CUSTOS_HTTPS_PORT:-8181}
ADMIN_PORT=${CUSTOS_ADMIN_PORT:-4848}
SKIP_BUILD=${CUSTOS_SKIP_BUILD:-false}
EAR=${CUSTOS_EAR:-$ROOT/ear/target/custos.ear}
START_TIMEOUT=${CUSTOS_START_TIMEOUT:-180}
PAYARA_VERSION=$(sed -n 's:.*<payara.server.version>\(.*\)</payara.server.version>.*:\1:p' pom.xml)
PAYARA_HOME=${CUSTOS_PAYARA_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/custos/payara-$PAYARA_VERSION}

DB_URL=${CUSTOS_DB_URL:-}
POSTGRES_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)

for arg in "$@"; do
    case $arg in
        --no-build) SKIP_BUILD=true ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
case $DATA_DIR in
    *[\;\:\&\<\>\"\'\ ]*)
        echo "run.sh: the data directory path must not contain spaces or ; : & < > \" '" >&2
        exit 2 ;;
esac
chmod 700 "$DATA_DIR"

step() { printf '==> %s\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------- the database
# H2 in <data>/db, or the PostgreSQL database of CUSTOS_DB_*. A data directory keeps the one it was made with.
POSTGRES_RECORD=$DATA_DIR/db/postgresql   # the PostgreSQL database and user of this data directory
if [[ -n $DB_URL ]]; then
    [[ $DB_URL =~ ^jdbc:postgresql://([A-Za-z0-9.-]+)(:([0-9]+))?/([A-Za-z0-9_.-]+)$ ]] \
        || fail "CUSTOS_DB_URL must look like jdbc:postgresql://host:port/database, not $DB_URL"
    DB_HOST=${BASH_REMATCH[1]}
    DB_PORT=${BASH_REMATCH[3]:-5432}
    DB_NAME=${BASH_REMATCH[4]}
    [[ -n ${CUSTOS_DB_USER:-} && -n ${CUSTOS_DB_PASSWORD:-} ]] \
        || fail "with CUSTOS_DB_URL, set CUSTOS_DB_USER and CUSTOS_DB_PASSWORD too (the database's login)"
    [[ $CUSTOS_DB_PASSWORD != *$'\n'* ]] || fail "CUSTOS_DB_PASSWORD must be one line"
    if [[ -f $DATA_DIR/db/password || -f $DATA_DIR/db/custos.mv.db ]]; then
        fail "the data directory $DATA_DIR holds an H2 database, and its data would not follow to PostgreSQL: unset CUSTOS_DB_URL to run on it, or give PostgreSQL a new CUSTOS_DATA_DIR"
    fi
    db_record=$(printf 'url=%s\nuser=%s\n' "$DB_URL" "$CUSTOS_DB_USER")
    if [[ -f $POSTGRES_RECORD && $(cat "$POSTGRES_RECORD") != "$db_record" ]]; then
        fail "the data directory $DATA_DIR runs on another database ($(paste -sd ' ' "$POSTGRES_RECORD")), and its data would not follow: set CUSTOS_DB_URL and CUSTOS_DB_USER as before, or give this database a new CUSTOS_DATA_DIR"
    fi
elif [[ -f $POSTGRES_RECORD ]]; then
    fail "the data directory $DATA_DIR runs on PostgreSQL ($(paste -sd ' ' "$POSTGRES_RECORD")), and its data would not follow to H2: set CUSTOS_DB_URL, CUSTOS_DB_USER and CUSTOS_DB_PASSWORD as before, or give H2 a new CUSTOS_DATA_DIR"
elif [[ -n ${CUSTOS_DB_USER:-}${CUSTOS_DB_PASSWORD:-} ]]; then
    fail "CUSTOS_DB_USER and CUSTOS_DB_PASSWORD are for PostgreSQL: set CUSTOS_DB_URL too, or neither"
fi

DOMAIN_NAME=custos
DOMAINS_DIR=$DATA_DIR/payara
DOMAIN_DIR=$DOMAINS_DIR/$DOMAIN_NAME
PASSWORD_FILE=$DOMAINS_DIR/admin-password
SERVER_LOG=$DOMAIN_DIR/logs/server.log
KEYSTORE=$DOMAIN_DIR/config/keystore.p12
KEYSTORE_PASSWORD=changeit   # the domain's master password, Payara's default: the keystore's file mode guards it
CERTIFICATE_ALIAS=custos
APP_URL=https://127.0.0.1:$HTTPS_PORT/custos/

asadmin() { asadmin_as "$PASSWORD_FILE" "$@"; }
asadmin_as() {
    local password_file=$1
    shift
    "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$password_file" \
        --host 127.0.0.1 --port "$(configured_port admin-listener)" "$@"
}

# asadmin multimode carries on after a failed command and exits 0, so look at what it says.
asadmin_batch() {
    local output
    output=$(asadmin multimode --file /dev/stdin 2>&1) || { echo "$output" >&2; return 1; }
    if grep -q -e 'Command .* failed' -e 'remote failure' <<<"$output"; then
        echo "$output" >&2
        return 1
    fi
}

asadmin_value() { sed -e 's/[\\:="]/\\&/g' <<<"$1"; }   # asadmin property values: \ : = " escaped

# The database password reaches asadmin in a password file made for the one command, never on a command line.
asadmin_with_db_password() {
    local file status=0
    file=$(mktemp "$DOMAINS_DIR/db-password-XXXXXX")
    # a Java properties file: \ escaped, and a leading blank kept
    { cat "$PASSWORD_FILE"
      printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(sed -e 's/\\/\\\\/g' -e 's/^[[:blank:]]/\\&/' <<<"$CUSTOS_DB_PASSWORD")"
    } >"$file"
    asadmin_as "$file" "$@" >/dev/null || status=$?
    rm -f "$file"
    return $status
}
# Whether CUSTOS_DB_PASSWORD differs from the one in the alias: its hash, beside the alias in the domain (which any
# reader of the domain could decrypt anyway, under the default master password).
DB_PASSWORD_SUM_FILE=$DOMAIN_DIR/.custos-db-password.sha256
db_password_sum() { printf '%s' "$CUSTOS_DB_PASSWORD" | sha256sum | cut -d ' ' -f 1; }

# The port of a listener as the domain's configuration has it (server-config, not the default-config template).
configured_port() {
    sed -n "/<network-listener [^>]*name=\"$1\"/s/.* port=\"\([0-9][0-9]*\)\".*/\1/p" "$DOMAIN_DIR/config/domain.xml"
}

domain_running() {
    local domains
    domains=$("$PAYARA_HOME/bin/asadmin" list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null || true)
    grep -q "^$DOMAIN_NAME running" <<<"$domains"
}

# ---------------------------------------------------------------------------------------------- 1. the EAR
if [[ $SKIP_BUILD != true ]]; then
    step "Building the EAR (tests skipped)"
    ./mvnw -q -B -DskipTests -pl ear -am package
fi
[[ -f $EAR ]] || fail "no EAR at $EAR (build it with ./mvnw -DskipTests -pl ear -am package)"

# ---------------------------------------------------------------------------------------------- 2. Payara Server
if [[ ! -x $PAYARA_HOME/bin/asadmin ]]; then
    step "Fetching Payara Server $PAYARA_VERSION through Maven into $PAYARA_HOME"
    mkdir -p "$(dirname "$PAYARA_HOME")"
    unpack_dir=$(mktemp -d "$PAYARA_HOME.unpack-XXXXXX")
    ./mvnw -q -B -N dependency:unpack -Dmdep.overWriteReleases=true \
        -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$unpack_dir"
    mv -T "$unpack_dir/payara6" "$PAYARA_HOME" 2>/dev/null || true   # fails only if a parallel run was quicker
    rm -rf "$unpack_dir"
    [[ -x $PAYARA_HOME/bin/asadmin ]] || fail "$PAYARA_HOME is not a Payara Server installation: remove it and retry"
fi

# ---------------------------------------------------------------------------------------------- 3. the domain (once)
h2_data_source() {
    local db_password_file=$DATA_DIR/db/password   # kept with the database: it is the database's password
    if [[ ! -f $db_password_file ]]; then
        (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$db_password_file")
    fi
    local resources=$DOMAINS_DIR/custos-resources.xml
    sed -e "s|@FILE@|$DATA_DIR/db/custos|" -e "s|@PASSWORD@|$(cat "$db_password_file")|" \
        "$ROOT/payara/h2-resources.xml" >"$resources"
    asadmin_batch <<<"add-resources $resources"
}

# The deployment guide's steps 3 and 4 (README, "Deploy to an existing Payara Server with PostgreSQL"): the driver in
# the domain's libraries, the password in a password alias, the pool that checks each connection it lends.
postgres_data_source() {
    local driver_dir
    driver_dir=$(mktemp -d "$DOMAINS_DIR/driver-XXXXXX")
    ./mvnw -q -B -N dependency:copy -Dartifact="org.postgresql:postgresql:$POSTGRES_VERSION" \
        -DoutputDirectory="$driver_dir" || fail "the PostgreSQL driver $POSTGRES_VERSION could not be fetched"
    asadmin add-library "$driver_dir/postgresql-$POSTGRES_VERSION.jar" >/dev/null
    rm -rf "$driver_dir"
    asadmin_with_db_password create-password-alias custos-db-password
    asadmin create-jdbc-connection-pool \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
        --steadypoolsize 8 --maxpoolsize 20 \
        --isconnectvalidatereq=true --validationmethod custom-validation --failconnection=true \
        --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation \
        --property "serverName=$DB_HOST:portNumber=$DB_PORT:databaseName=$DB_NAME:user=$(asadmin_value "$CUSTOS_DB_USER"):password=\${ALIAS=custos-db-password}:reWriteBatchedInserts=true" \
        custos-pool >/dev/null
    asadmin create-jdbc-resource --connectionpoolid custos-pool jdbc/custos >/dev/null
    db_password_sum >"$DB_PASSWORD_SUM_FILE"
    echo "$db_record" >"$POSTGRES_RECORD"
}

configure_domain() {
    step "Creating the Payara domain in $DOMAIN_DIR"
    mkdir -p "$DOMAINS_DIR" "$DATA_DIR/db" "$DATA_DIR/app"
    if [[ ! -f $PASSWORD_FILE ]]; then
        (umask 077 && echo "AS_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" >"$PASSWORD_FILE")
    fi
    "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$PASSWORD_FILE" create-domain \
        --domaindir "$DOMAINS_DIR" --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" \
        --domainproperties "http.ssl.port=$HTTPS_PORT" "$DOMAIN_NAME" >/dev/null

    "$ROOT/payara/restrict-new-domain.sh" "$DOMAIN_DIR/config/domain.xml" || fail "see above"

    "$PAYARA_HOME/bin/asadmin" start-domain --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME" >/dev/null

    # The settings every Custos domain gets (127.0.0.1 only; no JMS, Hazelcast, IIOP or JMX ...), shared with
    # the system tests; then this domain's own: the application's data directory and the data source jdbc/custos.
    step "Configuring it (payara/domain.asadmin) with the $([[ -n $DB_URL ]] && echo PostgreSQL || echo H2) data source jdbc/custos"
    asadmin_batch <"$ROOT/payara/domain.asadmin"
    asadmin_batch <<<"create-jvm-options -Dcustos.data.dir=$DATA_DIR/app"
    if [[ -n $DB_URL ]]; then
        postgres_data_source
    else
        h2_data_source
    fi
    "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$PASSWORD_FILE" --host 127.0.0.1 --port "$ADMIN_PORT" \
        stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME" >/dev/null
    touch "$DOMAIN_DIR/.custos-configured"
}

if [[ ! -f $DOMAIN_DIR/.custos-configured ]]; then
    if [[ -d $DOMAIN_DIR ]]; then   # left half-made by an interrupted run: nothing in it worth keeping
        "$PAYARA_HOME/bin/asadmin" stop-domain --kill --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME" >/dev/null 2>&1 || true
        rm -rf "$DOMAIN_DIR"
    fi
    configure_domain
fi

# Ports asked for now may differ from those the domain was made with; the domain must be stopped to change them.
set_port() {
    local listener=$1 wanted=$2
    if [[ $(configured_port "$listener") != "$wanted" ]]; then
        domain_running && fail "$listener is on port $(configured_port "$listener"), not $wanted: ./stop.sh first"
        sed -i "/<network-listener [^>]*name=\"$listener\"/s/ port=\"[0-9][0-9]*\"/ port=\"$wanted\"/" \
            "$DOMAIN_DIR/config/domain.xml"
    fi
}
set_port http-listener-1 "$HTTP_PORT"
set_port http-listener-2 "$HTTPS_PORT"
set_port admin-listener "$ADMIN_PORT"

# ---------------------------------------------------------------------------------------------- 3b. HTTPS certificate
keytool_() { "${JAVA_HOME:+$JAVA_HOME/bin/}keytool" "$@"; }
has_certificate() {
    keytool_ -list -keystore "$KEYSTORE" -storepass "$KEYSTORE_PASSWORD" -alias "$CERTIFICATE_ALIAS" >/dev/null 2>&1
}
replace_certificate() {
    domain_running && fail "the HTTPS certificate changes only while Custos is stopped: ./stop.sh first"
    keytool_ -delete -keystore "$KEYSTORE" -storepass "$KEYSTORE_PASSWORD" -alias "$CERTIFICATE_ALIAS" \
        >/dev/null 2>&1 || true
}
CERTIFICATE_SUM_FILE=$DOMAIN_DIR/.custos-certificate.sha256
if [[ -n ${CUSTOS_TLS_KEYSTORE:-} ]]; then
    [[ -r $CUSTOS_TLS_KEYSTORE ]] || fail "cannot read CUSTOS_TLS_KEYSTORE ($CUSTOS_TLS_KEYSTORE)"
    certificate_sum=$(sha256sum "$CUSTOS_TLS_KEYSTORE" | cut -d ' ' -f 1)
    if [[ $(cat "$CERTIFICATE_SUM_FILE" 2>/dev/null) != "$certificate_sum" ]]; then
        export CUSTOS_TLS_KEYSTORE_PASSWORD
        source_alias=$(keytool_ -list -keystore "$CUSTOS_TLS_KEYSTORE" -storetype PKCS12 \
            -storepass:env CUSTOS_TLS_KEYSTORE_PASSWORD | sed -n 's/^\([^,]*\), .*PrivateKeyEntry.*/\1/p' | head -n 1)
        [[ -n $source_alias ]] || fail "CUSTOS_TLS_KEYSTORE holds no key (or CUSTOS_TLS_KEYSTORE_PASSWORD is wrong)"
        step "Installing the organisation's certificate from $CUSTOS_TLS_KEYSTORE"
        replace_certificate
        keytool_ -importkeystore -noprompt -srckeystore "$CUSTOS_TLS_KEYSTORE" -srcstoretype PKCS12 \
            -srcstorepass:env CUSTOS_TLS_KEYSTORE_PASSWORD -srcalias "$source_alias" \
            -destkeystore "$KEYSTORE" -deststorepass "$KEYSTORE_PASSWORD" -destkeypass "$KEYSTORE_PASSWORD" \
            -destalias "$CERTIFICATE_ALIAS" >/dev/null || fail "the certificate could not be installed"
        echo "$certificate_sum" >"$CERTIFICATE_SUM_FILE"
    fi
elif ! has_certificate || [[ -f $CERTIFICATE_SUM_FILE ]]; then
    step "Making a self-signed certificate for localhost and 127.0.0.1"
    replace_certificate
    keytool_ -genkeypair -keystore "$KEYSTORE" -storepass "$KEYSTORE_PASSWORD" -keypass "$KEYSTORE_PASSWORD" \
        -alias "$CERTIFICATE_ALIAS" -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 825 \
        -dname "CN=localhost, O=Custos (self-signed)" -ext "SAN=dns:localhost,ip:127.0.0.1" >/dev/null
    rm -f "$CERTIFICATE_SUM_FILE"
fi
chmod 600 "$KEYSTORE"
# The HTTPS listener presents it (http-listener-2's protocol in server-config, and in the default-config template).
listener_ssl() { sed -n '/<protocol name="http-listener-2"/,/<\/protocol>/p' "$DOMAIN_DIR/config/domain.xml" | grep '<ssl '; }
if listener_ssl | grep -qv "cert-nickname=\"$CERTIFICATE_ALIAS\""; then
    domain_running && fail "the HTTPS listener changes only while Custos is stopped: ./stop.sh first"
    sed -i "/<protocol name=\"http-listener-2\"/,/<\/protocol>/s/cert-nickname=\"[^\"]*\"/cert-nickname=\"$CERTIFICATE_ALIAS\"/" \
        "$DOMAIN_DIR/config/domain.xml"
fi

# ---------------------------------------------------------------------------------------------- 4. start, deploy, wait
log_offset=0
[[ -f $SERVER_LOG ]] && log_offset=$(stat -c %s "$SERVER_LOG")
started_at=$(date +%s)

DEPLOYED_SUM_FILE=$DOMAIN_DIR/.custos-ear.sha256
ear_sum=$(sha256sum "$EAR" | cut -d ' ' -f 1)
app_registered() { grep -q '<application [^>]*name="custos"' "$DOMAIN_DIR/config/domain.xml"; }
new_log() {   # what the server logged since this run began (all of it if the log was rotated meanwhile)
    local from=$log_offset
    (($(stat -c %s "$SERVER_LOG" 2>/dev/null || echo 0) >= from)) || from=0
    tail -c +$((from + 1)) "$SERVER_LOG" 2>/dev/null || true
}

app_enabled() {
    app_registered \
        && ! grep '<application-ref [^>]*ref="custos"' "$DOMAIN_DIR/config/domain.xml" | grep -q 'enabled="false"'
}
deployed_is_current() { app_enabled && [[ $(cat "$DEPLOYED_SUM_FILE" 2>/dev/null) == "$ear_sum" ]]; }

# A changed database password goes into the alias while Custos is stopped; Custos starts disabled meanwhile (below), so
# that nothing opens the pool with the old one first, and is deployed again once the alias holds the new one.
db_password_changed=false
if [[ -n $DB_URL && $(cat "$DB_PASSWORD_SUM_FILE" 2>/dev/null) != "$(db_password_sum)" ]]; then
    domain_running && fail "the database password changes only while Custos is stopped: ./stop.sh first"
    db_password_changed=true
    rm -f "$DEPLOYED_SUM_FILE"
fi

just_started=false
if domain_running; then
    step "Payara is already running (./stop.sh first to restart it with a changed environment)"
else
    if ! deployed_is_current; then
        # The outdated version is replaced right after the start: don't let Payara start it first.
        sed -i -e '/<application-ref [^>]*ref="custos"/{s/ enabled="[a-z]*"//' \
            -e 's/<application-ref /<application-ref enabled="false" /}' "$DOMAIN_DIR/config/domain.xml"
    fi
    step "Starting Payara Server (domain $DOMAIN_DIR)"
    # The application reads its configuration from the server's environment (CUSTOS_ADMIN_USER ...). The data
    # directory reaches it as -Dcustos.data.dir=<data>/app instead; the links it prints (and HTTP's redirects) carry the HTTPS port.
    export CUSTOS_BASE_URL=${CUSTOS_BASE_URL:-https://127.0.0.1:$HTTPS_PORT/custos}
    env -u CUSTOS_DATA_DIR "$PAYARA_HOME/bin/asadmin" start-domain --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME" >/dev/null
    just_started=true
fi

# ---------------------------------------------------------------------------------------------- 4b. mail for reminders
# The mail session mail/custos, made anew from CUSTOS_SMTP_* at every run (the application looks it up when it
# sends, so a running Custos picks it up); without CUSTOS_SMTP_HOST there is none and reminders are off. Given
# through standard input, so the password shows in no process list.
asadmin delete-javamail-resource mail/custos >/dev/null 2>&1 || true
if [[ -n ${CUSTOS_SMTP_HOST:-} ]]; then
    smtp_from=${CUSTOS_SMTP_FROM:-custos@$CUSTOS_SMTP_HOST}
    smtp_properties="mail-smtp-port=$(asadmin_value "${CUSTOS_SMTP_PORT:-587}")"
    [[ ${CUSTOS_SMTP_STARTTLS:-true} == true ]] && smtp_properties+=":mail-smtp-starttls-enable=true"
    if [[ -n ${CUSTOS_SMTP_PASSWORD:-} ]]; then
        smtp_properties+=":mail-smtp-auth=true:mail-smtp-password=$(asadmin_value "$CUSTOS_SMTP_PASSWORD")"
    fi
    step "Email reminders through $CUSTOS_SMTP_HOST:${CUSTOS_SMTP_PORT:-587} from $smtp_from"
    asadmin_batch <<EOF || fail "the mail session mail/custos could not be made: check CUSTOS_SMTP_*"
create-javamail-resource --mailhost "$CUSTOS_SMTP_HOST" --mailuser "${CUSTOS_SMTP_USER:-$smtp_from}" --fromaddress "$smtp_from" --property "$smtp_properties" mail/custos
EOF
else
    step "No CUSTOS_SMTP_HOST: email reminders are off"
fi

if $db_password_changed; then
    step "Storing the changed database password in the password alias custos-db-password"
    asadmin_with_db_password update-password-alias custos-db-password \
        || fail "the password alias custos-db-password could not be updated"
    db_password_sum >"$DB_PASSWORD_SUM_FILE"
fi
if [[ -n $DB_URL ]] && ! asadmin ping-connection-pool custos-pool >/dev/null 2>&1; then
    fail "PostgreSQL refused Custos at $DB_HOST:$DB_PORT (database $DB_NAME, user $CUSTOS_DB_USER): check CUSTOS_DB_URL, CUSTOS_DB_USER and CUSTOS_DB_PASSWORD (server log: $SERVER_LOG)"
fi

if deployed_is_current; then
    step "The deployed EAR is up to date"
else
    if $just_started && app_registered; then
        # start-domain returns while Payara still loads (or, disabled, prepares) the deployed version, and a
        # deployment meanwhile breaks both. Payara logs this line once that is over.
        step "Waiting for Payara to finish starting"
        until new_log | grep -e 'Payara Notification Service bootstrapped' >/dev/null; do
            (($(date +%s) - started_at <= START_TIMEOUT)) || fail "Payara did not finish starting (log: $SERVER_LOG)"
            sleep 1
        done
    fi
    step "Deploying $(basename "$EAR")"
    rm -f "$DEPLOYED_SUM_FILE"
    if ! asadmin deploy --force=true --enabled=true --name custos "$EAR" >/dev/null; then
        tail -n 60 "$SERVER_LOG" >&2 || true
        fail "the deployment failed (server log: $SERVER_LOG)"
    fi
    echo "$ear_sum" >"$DEPLOYED_SUM_FILE"
fi

step "Waiting for $APP_URL"
status=000
until [[ $status == 200 ]]; do
    if (($(date +%s) - started_at > START_TIMEOUT)); then
        tail -n 40 "$SERVER_LOG" >&2 || true
        fail "$APP_URL answered $status, not 200, after $START_TIMEOUT s (server log: $SERVER_LOG)"
    fi
    sleep 1
    status=$(curl -s -k -L -o /dev/null -w '%{http_code}' --max-time 10 "$APP_URL" || true)
done

echo
echo "Custos is running at $APP_URL  (ready in $(($(date +%s) - started_at)) s)"
[[ -z ${CUSTOS_TLS_KEYSTORE:-} ]] && echo "Its certificate is self-signed: the browser asks once whether to trust it."
stop_command=./stop.sh
[[ $DATA_DIR == "$ROOT/data" ]] || stop_command="CUSTOS_DATA_DIR=$DATA_DIR ./stop.sh"
echo "Data: $DATA_DIR"
echo "Server log: $SERVER_LOG"
echo "Stop: $stop_command"

# The one-time URL for the first administrator, if the application logged one during this start.
setup_line=$(new_log | sed -n 's/.*\(Custos first-administrator setup:.*\)/\1/p' | sed 's/\]\]$//' | tail -n 1)
if [[ -n $setup_line ]]; then
    echo
    echo "$setup_line"
fi
