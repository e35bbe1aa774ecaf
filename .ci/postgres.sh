# Sourced by CI steps that need PostgreSQL: installs it from Debian when missing and starts a throwaway cluster on
# a free loopback port. After `postgres_start DIR`, PGBIN, PGPORT and PGHOST are set; `postgres_stop DIR` stops the
# cluster (call it from the step's EXIT trap). Nothing listens beyond 127.0.0.1; fsync is off (the data is thrown
# away).
# shellcheck shell=bash

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

postgres_install() {
    if [ -z "$(postgres_bin)" ] || [ ! -x "$(postgres_bin)/initdb" ]; then
        echo "::: installing PostgreSQL from Debian"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    PGBIN=$(postgres_bin)
    export PGBIN
}

# postgres_start DIR [SETTING...]: a cluster in DIR/pg, its socket and log in DIR/socket; extra `-c` settings.
postgres_start() {
    local dir=$1
    shift
    postgres_install
    chmod 755 "$dir"
    install -d -o postgres -g postgres -m 700 "$dir/pg"
    install -d -o postgres -g postgres -m 755 "$dir/socket"
    PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    PGHOST=127.0.0.1
    export PGPORT PGHOST
    local options="-p $PGPORT -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off"
    for setting in "$@"; do options="$options -c $setting"; done
    runuser -u postgres -- "$PGBIN/initdb" -D "$dir/pg" --locale=C.UTF-8 -E UTF8 -A trust -U postgres >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/pg" -w -l "$dir/socket/log" -o "$options" start >/dev/null
}

postgres_stop() {
    local dir=$1
    if [ -f "$dir/pg/postmaster.pid" ]; then
        runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
    fi
}
