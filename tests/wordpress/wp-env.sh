#!/usr/bin/env bash
# shellcheck disable=SC2016 # PHP code in single quotes
# A real WordPress 6.1 (Debian 12's package) on 127.0.0.1, for testing `seolint fetch`.
#
#   tests/wordpress/wp-env.sh start STATE_DIR   install what is missing, set up, start, write STATE_DIR/env
#                                               and STATE_DIR/expected.json; prints one line per phase
#   tests/wordpress/wp-env.sh stop STATE_DIR    stop both servers, remove STATE_DIR and the database
#
# Needs root (apt-get, mariadbd --user=mysql). STATE_DIR must be absent or empty. See README.md here.
# Environment: WP_ENV_TTL (seconds before a watchdog stops the site; default 3600, 0: never),
# WP_ENV_OWNER_PID (the watchdog also stops the site when this process ends), WP_ENV_WORKERS (php -S
# workers, default 4).
set -euo pipefail
shopt -s nullglob extglob

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PACKAGES=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-gd mariadb-server mariadb-client curl procps)
MARKER=.seolint-wp-env
WORKERS=${WP_ENV_WORKERS:-4}   # PHP_CLI_SERVER_WORKERS: requests served in parallel

log() { printf 'wp-env: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }

now_us() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
START_US=$(now_us)
PHASE=none
PHASE_US=$START_US
phase() { PHASE=$1; PHASE_US=$(now_us); }
done_phase() { # done_phase [DETAIL]: one line per phase with its time and the total so far
    local t; t=$(now_us)
    printf 'wp-env: %-9s %6.2fs (total %6.2fs)%s\n' "$PHASE" \
        "$(( (t - PHASE_US) / 1000 ))e-3" "$(( (t - START_US) / 1000 ))e-3" "${1:+  $1}" >&2
}

# Whether process group PGID still has a live process in it. Zombies do not count: a server whose parent
# (this script's start) is gone is reaped by PID 1, which here can take a second or more.
group_alive() { ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { f = 1 } END { exit !f }'; }

# Stops every process group listed in STATE/pgids ("NAME PGID" lines), then removes the database folder
# and STATE. php -S with workers ends at once on SIGINT (on SIGTERM it takes a second); mariadbd shuts down
# cleanly on SIGTERM, in well under a second on tmpfs.
stop_all() {
    local state=$1 name pgid lines=() db_dir='' i line own
    own=$(ps -o pgid= -p $$ | tr -d ' ')
    [[ -f $state/pgids ]] && mapfile -t lines <"$state/pgids"
    # The watchdog runs stop in its own process group: that group is left alone (it ends with this script).
    for ((i = 0; i < ${#lines[@]}; i++)); do [[ ${lines[i]#* } == "$own" ]] && lines[i]="self $own"; done
    for line in "${lines[@]}"; do
        read -r name pgid <<<"$line"
        [[ $name != self && $pgid =~ ^[0-9]+$ ]] || continue
        if group_alive "$pgid"; then
            if [[ $name == php ]]; then kill -INT -- "-$pgid" 2>/dev/null || true
            else kill -TERM -- "-$pgid" 2>/dev/null || true; fi
        fi
    done
    for line in "${lines[@]}"; do
        read -r name pgid <<<"$line"
        [[ $name != self && $pgid =~ ^[0-9]+$ ]] || continue
        for ((i = 0; i < 200; i++)); do group_alive "$pgid" || break; sleep 0.05; done
        if group_alive "$pgid"; then
            log "$name (process group $pgid) did not end within 10 s; sending SIGKILL"
            kill -KILL -- "-$pgid" 2>/dev/null || true
            for ((i = 0; i < 100; i++)); do group_alive "$pgid" || break; sleep 0.05; done
            if group_alive "$pgid"; then log "error: process group $pgid is still alive"; return 1; fi
        fi
    done
    STOPPED_US=$(now_us)
    # The servers' parent (start) is gone, so PID 1 reaps them; wait for that too (bounded), so that a check
    # like `pgrep php` right after stop finds nothing. Here PID 1 takes about 2 s to do it.
    for line in "${lines[@]}"; do
        read -r name pgid <<<"$line"
        [[ $name != self && $pgid =~ ^[0-9]+$ ]] || continue
        for ((i = 0; i < 100; i++)); do pgrep -g "$pgid" >/dev/null || break; sleep 0.05; done
    done
    [[ -f $state/db-dir ]] && db_dir=$(<"$state/db-dir")
    if [[ $db_dir == @(/dev/shm|/tmp)/seolint-wpdb.* && -d $db_dir ]]; then rm -rf -- "$db_dir"; fi
    rm -rf -- "$state"
}

cmd_stop() {
    local state=$1
    if [[ ! -e $state ]]; then log "nothing to stop: $state does not exist"; return 0; fi
    [[ -f $state/$MARKER ]] || die "$state was not made by wp-env.sh start; not touching it"
    phase stop
    stop_all "$state"
    done_phase "servers ended after $(((STOPPED_US - PHASE_US) / 1000)) ms, then waited for PID 1 to reap them and removed the files"
}

# --- start ------------------------------------------------------------------------------------------------

install_packages() {
    local p missing=() made_policy=0
    for p in "${PACKAGES[@]}"; do
        [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] || missing+=("$p")
    done
    if ((${#missing[@]} == 0)); then done_phase "all present"; return 0; fi
    log "installing ${missing[*]} (apt log: $STATE/apt.log)"
    # Keep the packages' services (apache2, mariadb) from starting: only this script's servers may run.
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
    fi
    local before_apache before_db rc=0
    before_apache=$(pgrep -x apache2 | sort || true)
    before_db=$(pgrep -x 'mariadbd|mysqld' | sort || true)
    {
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 update -q &&
            apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${missing[@]}"
    } </dev/null >"$STATE/apt.log" 2>&1 || rc=$?
    ((made_policy)) && rm -f /usr/sbin/policy-rc.d
    if ((rc != 0)); then tail -n 30 "$STATE/apt.log" >&2; die "apt-get install ${missing[*]} failed ($rc)"; fi
    # If a policy-rc.d that allows services was there, stop what the install started.
    if [[ $(pgrep -x apache2 | sort || true) != "$before_apache" ]]; then
        log "stopping the apache2 service the install started"
        service apache2 stop >/dev/null 2>&1 || true
    fi
    if [[ $(pgrep -x 'mariadbd|mysqld' | sort || true) != "$before_db" ]]; then
        log "stopping the mariadb service the install started"
        service mariadb stop >/dev/null 2>&1 || true
    fi
    done_phase "installed ${missing[*]}"
}

check_php() {
    php -r 'exit(extension_loaded("mysqli") && function_exists("json_encode") && function_exists("imagepng") ? 0 : 1);' ||
        die "php lacks mysqli, json or gd (php -m: $(php -m | tr '\n' ' '))"
}

free_port() { # a port the kernel considers free now on 127.0.0.1
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0", $e, $m) or exit(1);
            $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1), "\n";'
}

rand_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

write_wp_config() { # write_wp_config URL
    local url=$1 keys='' k
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        keys+="define('$k', '$(rand_hex 32)');"$'\n'
    done
    cat >"$ROOT/wp-config.php" <<EOF
<?php
// Written by tests/wordpress/wp-env.sh for this test site only (Debian's own wp-config.php reads /etc/wordpress).
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$DB_DIR/run/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$keys\$table_prefix = 'wp_';
// Application passwords over plain http need the 'local' environment; otherwise Basic auth is ignored.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
EOF
}

add_pgid() { echo "$1 $2" >>"$STATE/pgids"; } # add_pgid NAME PGID: what stop_all stops

start_php() { # picks a free port, starts php -S in its own session; sets PORT, WP_URL, PHP_PGID
    local i token
    token=$(rand_hex 16)
    echo "$token" >"$ROOT/wp-env-token.txt"
    for _ in 1 2 3 4 5; do
        PORT=$(free_port) || die "cannot find a free port on 127.0.0.1"
        WP_URL="http://127.0.0.1:$PORT"
        write_wp_config "$WP_URL"
        # setsid in a non-leader child: the php process itself leads a new session and process group,
        # which holds the PHP_CLI_SERVER_WORKERS workers too.
        (cd "$ROOT" && PHP_CLI_SERVER_WORKERS=$WORKERS exec setsid php -d display_errors=0 -d log_errors=1 \
            -d error_log="$STATE/php-error.log" -d memory_limit=256M \
            -S "127.0.0.1:$PORT" -t "$ROOT" "$STATE/router.php") </dev/null >>"$STATE/php.log" 2>&1 &
        PHP_PGID=$!
        add_pgid php "$PHP_PGID"
        # The answer must be this tree's token: another server may hold the port if it was taken meanwhile.
        for ((i = 0; i < 100; i++)); do
            kill -0 "$PHP_PGID" 2>/dev/null || break
            if [[ $(curl -s --max-time 2 "$WP_URL/wp-env-token.txt" 2>/dev/null) == "$token" ]]; then
                sleep 0.1 # still alive a moment later: it did bind the port
                kill -0 "$PHP_PGID" 2>/dev/null && return 0
                break
            fi
            sleep 0.05
        done
        if kill -0 "$PHP_PGID" 2>/dev/null; then die "php -S on port $PORT does not answer after 5 s (log: $STATE/php.log)"; fi
        if grep -q 'Address already in use' "$STATE/php.log"; then
            log "port $PORT was taken meanwhile; trying another"
            : >"$STATE/php.log"
            continue
        fi
        cat "$STATE/php.log" >&2
        die "php -S 127.0.0.1:$PORT exited at once"
    done
    die "php -S could not bind a free port in 5 tries"
}

start_mariadb() {
    # A private data folder and socket on tmpfs (/dev/shm) if there is one, else under /tmp: a short path
    # (a socket's path has at most 107 bytes) that the mysql user can reach whatever STATE_DIR is. On a disk,
    # mariadb-install-db alone takes 4 s (about 1000 fsyncs); on tmpfs 0.4 s.
    local i base=/tmp
    [[ -d /dev/shm && -w /dev/shm && -k /dev/shm ]] && base=/dev/shm
    DB_DIR=$(mktemp -d "$base/seolint-wpdb.XXXXXX")
    echo "$DB_DIR" >"$STATE/db-dir"
    mkdir -p "$DB_DIR/data" "$DB_DIR/run" "$DB_DIR/tmp"
    chown -R mysql:mysql "$DB_DIR"
    chmod 750 "$DB_DIR"
    mariadb-install-db --no-defaults --force --skip-name-resolve --user=mysql --datadir="$DB_DIR/data" --auth-root-authentication-method=socket \
        --skip-test-db --innodb-log-file-size=16M --tmpdir="$DB_DIR/tmp" </dev/null >"$STATE/mariadb-install.log" 2>&1 ||
        { tail -n 30 "$STATE/mariadb-install.log" >&2; die "mariadb-install-db failed"; }
    # --force --skip-name-resolve: no hostname lookup (a minimal system may have no /etc/hosts).
    # --no-defaults: nothing from /etc/mysql; --skip-networking: the unix socket only, no TCP port.
    # --tmpdir: private, as mariadbd deletes #sql* files in its tmpdir at start: with the shared /tmp, two
    # environments starting at once delete each other's temporary tables.
    setsid /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$DB_DIR/data" \
        --socket="$DB_DIR/run/mysqld.sock" --pid-file="$DB_DIR/run/mysqld.pid" --log-error="$DB_DIR/error.log" \
        --tmpdir="$DB_DIR/tmp" --skip-networking --skip-name-resolve --innodb-flush-log-at-trx-commit=0 \
        --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        </dev/null >>"$STATE/mariadb.log" 2>&1 &
    DB_PGID=$!
    add_pgid mariadb "$DB_PGID"
    for ((i = 0; i < 300; i++)); do
        kill -0 "$DB_PGID" 2>/dev/null || break
        if mariadb-admin --no-defaults --socket="$DB_DIR/run/mysqld.sock" -uroot ping >/dev/null 2>&1; then
            DB_PASSWORD=$(rand_hex 12)
            mariadb --no-defaults --socket="$DB_DIR/run/mysqld.sock" -uroot -e "
                CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
                GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';" ||
                die "cannot create the database"
            return 0
        fi
        sleep 0.1
    done
    tail -n 30 "$DB_DIR/error.log" >&2 || true
    if kill -0 "$DB_PGID" 2>/dev/null; then die "mariadbd does not answer on $DB_DIR/run/mysqld.sock after 30 s"; fi
    die "mariadbd exited at once (log above: $DB_DIR/error.log)"
}

setup_php() { # setup_php MODE [ARG]
    WP_ENV_ROOT=$ROOT WP_ENV_URL=$WP_URL php -d memory_limit=512M "$HERE/setup.php" "$@" </dev/null \
        >>"$STATE/setup.log" 2>&1 || die "setup.php $1 failed (log: $STATE/setup.log)"
}

# A watchdog in its own process group runs `stop` when WP_ENV_TTL seconds have passed (default 3600; 0: never)
# or when process WP_ENV_OWNER_PID (if set) has ended, so that a test killed before its own stop leaves no
# server behind.
start_watchdog() {
    local ttl=${WP_ENV_TTL:-3600} owner=${WP_ENV_OWNER_PID:-}
    [[ $ttl =~ ^[0-9]+$ ]] || die "WP_ENV_TTL must be a number of seconds, not '$ttl'"
    [[ -z $owner || $owner =~ ^[0-9]+$ ]] || die "WP_ENV_OWNER_PID must be a process id, not '$owner'"
    [[ -z $owner ]] || kill -0 "$owner" 2>/dev/null || die "WP_ENV_OWNER_PID $owner is not a running process"
    WATCHDOG_PGID=''
    if ((ttl == 0)) && [[ -z $owner ]]; then WATCHDOG="none"; return 0; fi
    setsid bash -c '
        ttl=$1 owner=$2 script=$3 state=$4
        while sleep 1; do
            if ((ttl > 0 && SECONDS >= ttl)); then why="its time limit of $ttl s has passed"; break; fi
            if [[ -n $owner ]] && ! kill -0 "$owner" 2>/dev/null; then why="process $owner has ended"; break; fi
        done
        echo "wp-env watchdog: stopping $state because $why" >&2
        exec "$script" stop "$state"' wp-env-watchdog "$ttl" "$owner" "$HERE/wp-env.sh" "$STATE" \
        </dev/null >>"$STATE/watchdog.log" 2>&1 &
    WATCHDOG_PGID=$!
    add_pgid watchdog "$WATCHDOG_PGID"
    WATCHDOG="pid $!: stops the site after ${ttl} s${owner:+ or when process $owner ends}"
    ((ttl > 0)) || WATCHDOG="pid $!: stops the site when process $owner ends"
}

# http_check NAME EXPECTED_CODE CURL_ARGS...: one request to the live server, with its status code checked.
http_check() {
    local name=$1 want=$2 got; shift 2
    got=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$@") || got="curl failed ($?)"
    [[ $got == "$want" ]] || die "$name: expected HTTP $want, got $got"
}

on_start_exit() {
    local rc=$?
    ((rc == 0)) && return 0
    log "start failed in phase '$PHASE' (exit $rc); cleaning up"
    local f
    for f in "$STATE/php.log" "$STATE/php-error.log" "$STATE/setup.log" "${DB_DIR:-/nonexistent}/error.log"; do
        [[ -s $f ]] && { log "--- last lines of $f"; tail -n 15 "$f" >&2; }
    done
    stop_all "$STATE" || true
    exit "$rc"
}

cmd_start() {
    STATE=$1
    [[ $(id -u) == 0 ]] || die "start must run as root (apt-get, and mariadbd --user=mysql)"
    if [[ -e $STATE ]]; then
        [[ -d $STATE ]] || die "$STATE exists and is not a folder"
        [[ -z $(ls -A "$STATE") ]] || die "$STATE is not empty (already started? run: $0 stop $STATE)"
    fi
    mkdir -p "$STATE"
    STATE=$(cd "$STATE" && pwd)
    : >"$STATE/$MARKER"
    DB_DIR=''
    trap on_start_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    phase packages
    install_packages
    check_php

    phase tree
    ROOT=$STATE/wordpress
    cp -rL /usr/share/wordpress "$ROOT" # the package's tree holds symlinks into /etc and /var/lib
    rm -f "$ROOT/wp-config.php"
    mkdir -p "$ROOT/wp-content/uploads"
    cp "$HERE/router.php" "$STATE/router.php"
    done_phase "$(du -sm "$ROOT" | cut -f1) MB in $ROOT"

    phase mariadb
    start_mariadb
    done_phase "pid $DB_PGID, socket $DB_DIR/run/mysqld.sock"

    phase php
    start_php
    done_phase "pid $PHP_PGID, $WP_URL, $WORKERS workers"

    phase install
    setup_php install
    done_phase "wp_install"

    phase populate
    setup_php populate "$STATE"
    done_phase "posts, pages, media, user seolint"

    phase export
    setup_php export "$STATE"
    done_phase "$STATE/expected.json"

    phase check
    # shellcheck disable=SC1091
    . "$STATE/credentials"
    local total pages
    read -r total pages < <(php -r '$d = json_decode(file_get_contents($argv[1]), true);
        echo $d["anonymous"]["posts"]["x_wp_total"], " ", $d["anonymous"]["posts"]["x_wp_totalpages"], "\n";' \
        "$STATE/expected.json")
    local headers
    headers=$(curl -s -D - -o /dev/null --max-time 20 "$WP_URL/wp-json/wp/v2/posts?per_page=100") ||
        die "GET $WP_URL/wp-json/wp/v2/posts failed"
    if ! grep -qi "^X-WP-Total: $total"$'\r'"\?$" <<<"$headers" ||
        ! grep -qi "^X-WP-TotalPages: $pages"$'\r'"\?$" <<<"$headers"; then
        die "the live API does not report X-WP-Total $total / X-WP-TotalPages $pages: $headers"
    fi
    http_check "/?rest_route=/wp/v2/posts" 200 "$WP_URL/?rest_route=/wp/v2/posts&per_page=1"
    http_check "users/me with the application password" 200 -u "seolint:$WP_APP_PASSWORD" "$WP_URL/wp-json/wp/v2/users/me"
    http_check "users/me with a wrong password" 401 -u "seolint:wrong wrong wrong wrong" "$WP_URL/wp-json/wp/v2/users/me"
    done_phase "X-WP-Total $total, X-WP-TotalPages $pages, application password accepted"

    phase watchdog
    start_watchdog
    done_phase "$WATCHDOG"

    phase ready
    {
        printf '# Written by tests/wordpress/wp-env.sh start; stop with: %q stop %q\n' "$HERE/wp-env.sh" "$STATE"
        printf 'WP_URL=%q\n' "$WP_URL"
        printf 'WP_USER=%q\n' "$WP_USER"
        printf 'WP_APP_PASSWORD=%q\n' "$WP_APP_PASSWORD"
        printf 'WP_LOGIN_PASSWORD=%q\n' "$WP_LOGIN_PASSWORD"
        printf 'WP_PIDS="%s"  # php -S, mariadbd, watchdog: each leads its own process group (kill -- -PID)\n' \
            "$PHP_PGID $DB_PGID${WATCHDOG_PGID:+ $WATCHDOG_PGID}"
        printf 'WP_STATE_DIR=%q\n' "$STATE"
        printf 'WP_WATCHDOG="%s"\n' "$WATCHDOG"
        printf 'WP_EXPECTED=%q\n' "$STATE/expected.json"
        printf 'WP_ROOT=%q\n' "$ROOT"
        printf 'WP_DB_DIR=%q\n' "$DB_DIR"
        printf 'WP_DB_SOCKET=%q\n' "$DB_DIR/run/mysqld.sock"
    } >"$STATE/env.tmp"
    mv "$STATE/env.tmp" "$STATE/env"
    rm -f "$STATE/credentials"
    done_phase "$WP_URL; variables in $STATE/env"
}

(($# == 2)) || usage
case $1 in
start) cmd_start "$2" ;;
stop) cmd_stop "$2" ;;
*) usage ;;
esac
