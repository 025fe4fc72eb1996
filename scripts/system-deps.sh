#!/usr/bin/env bash
# Make sure the system libraries and tools Quartierstreff needs are installed.
#
#   scripts/system-deps.sh gui    libraries Qt needs to open a window (make run)
#   scripts/system-deps.sh test   the above, plus a PostgreSQL server (the tests start a
#                                 throwaway cluster), poppler-utils (PDF checks) and fonts
#
# On Debian/Ubuntu, missing packages are installed with apt-get when running as root;
# otherwise the script names them and the command to install them, and exits 1.
# On other systems it only prints a note: install the equivalents yourself.
set -euo pipefail

mode="${1:-gui}"
case "$mode" in
gui | test) ;;
*)
    echo "usage: $0 gui|test" >&2
    exit 2
    ;;
esac

# Qt's runtime libraries (the "offscreen" platform already needs the first group;
# the xcb group is for a real X11/XWayland display).
gui_packages=(
    libglib2.0-0 libegl1 libgl1 libdbus-1-3 libfontconfig1 libxkbcommon0
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
)
test_packages=(poppler-utils fontconfig fonts-dejavu-core)

say() { echo "system-deps: $*"; }

is_debian() {
    [[ -r /etc/os-release ]] || return 1
    command -v dpkg-query >/dev/null && command -v apt-get >/dev/null || return 1
    local id id_like
    id="$(. /etc/os-release && echo "${ID:-}")"
    id_like="$(. /etc/os-release && echo "${ID_LIKE:-}")"
    [[ " $id $id_like " == *" debian "* || " $id $id_like " == *" ubuntu "* ]]
}

is_installed() {
    # "dpkg -s" also succeeds for removed packages whose config files remain.
    # Newer releases (Debian 13, Ubuntu 24.04) renamed some libraries to NAMEt64.
    local name
    for name in "$1" "${1}t64"; do
        [[ "$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" == "install ok installed" ]] &&
            return 0
    done
    return 1
}

installable_name() {
    if apt-cache show "$1" >/dev/null 2>&1 || ! apt-cache show "${1}t64" >/dev/null 2>&1; then
        echo "$1"
    else
        echo "${1}t64"
    fi
}

have_postgresql_server() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || return 1
    compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || return 1
    # As root, tests/pg_server.py runs the cluster as the "postgres" user.
    if [[ "$(id -u)" == 0 ]]; then
        getent passwd postgres >/dev/null || return 1
    fi
}

if ! is_debian; then
    say "not a Debian/Ubuntu system: not checking packages."
    say "Qt needs EGL/OpenGL, fontconfig, dbus, xkbcommon and the xcb libraries (xcb-cursor, ...)."
    if [[ "$mode" == test ]]; then
        say "The tests also need a PostgreSQL server (initdb, pg_ctl) and poppler (pdftoppm)."
        command -v initdb >/dev/null || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null ||
            say "note: initdb not found; PostgreSQL tests will fail."
    fi
    exit 0
fi

wanted=("${gui_packages[@]}")
if [[ "$mode" == test ]]; then
    wanted+=("${test_packages[@]}")
    have_postgresql_server || wanted+=(postgresql)
fi

missing=()
for package in "${wanted[@]}"; do
    is_installed "$package" || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
    if [[ "$(id -u)" != 0 ]]; then
        say "missing Debian packages: ${missing[*]}" >&2
        say "install them with:" >&2
        echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null
    names=()
    for package in "${missing[@]}"; do
        names+=("$(installable_name "$package")")
    done
    apt-get install -y -qq --no-install-recommends "${names[@]}" </dev/null >/dev/null
fi

if [[ "$mode" == test ]]; then
    if ! have_postgresql_server; then
        say "PostgreSQL server tools (initdb, pg_ctl under /usr/lib/postgresql/*/bin) not found" >&2
        exit 1
    fi
    if [[ -z "$(fc-list 2>/dev/null)" ]]; then
        say "fontconfig finds no fonts (fc-list is empty)" >&2
        exit 1
    fi
fi

say "ok ($mode)"
