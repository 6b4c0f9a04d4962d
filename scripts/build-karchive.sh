#!/usr/bin/env bash
# Provides KF6 KArchive, which Debian 12 does not package.
#
# * If a KF6Archive CMake package is installed on the system, does nothing.
# * Otherwise builds it once into the git-ignored prefix .deps/kf6 (repo root)
#   and reuses it on later runs. The project then configures with
#   -DCMAKE_PREFIX_PATH=$PWD/.deps/kf6 (scripts/build.sh does that).
#
# The sources are Debian's own source packages kf6-extra-cmake-modules and
# kf6-karchive from the suite named below (Debian's patches included), fetched
# with `apt-get source` through a PRIVATE apt state under .deps/apt; the
# system's apt sources and state are never changed. The mirror is the
# machine's own Debian archive, read from its apt configuration.
#
# Two patches make KArchive build against Debian 12 (Qt 6.4.2, CMake 3.25):
#   - REQUIRED_QT_VERSION in its top-level CMakeLists.txt lowered to 6.4.0;
#   - `#include <QStringEncoder>` added to src/k7zip.cpp (upstream gets it
#     through a transitive include that Qt 6.4's headers do not provide).
# ECM needs no patch (it requires CMake 3.16 and no particular Qt).
#
# Environment: JOBS (default 2), KF6_SOURCE_SUITE (default trixie),
# DEBIAN_MIRROR (override the mirror URI read from apt's configuration).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPS="$ROOT/.deps"
PREFIX="$DEPS/kf6"
APTDIR="$DEPS/apt"
SCRATCH="$DEPS/src"
SUITE="${KF6_SOURCE_SUITE:-trixie}"
JOBS="${JOBS:-2}"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
QT_MIN=6.4.0
# Bump when the way the prefix is built changes, so that old prefixes rebuild.
RECIPE="recipe=2 suite=$SUITE qt-min=$QT_MIN"
STAMP="$PREFIX/.dxplan-karchive-stamp"

log() { echo "build-karchive.sh: $*"; }
die() { echo "build-karchive.sh: ERROR: $*" >&2; exit 1; }
trap 'echo "build-karchive.sh: ERROR: failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

shopt -s nullglob

# --- 1. Already available? ------------------------------------------------
for cfg in /usr/lib/cmake/KF6Archive/KF6ArchiveConfig.cmake \
           /usr/lib/*/cmake/KF6Archive/KF6ArchiveConfig.cmake \
           /usr/local/lib/cmake/KF6Archive/KF6ArchiveConfig.cmake \
           /usr/local/lib/*/cmake/KF6Archive/KF6ArchiveConfig.cmake; do
    [ -f "$cfg" ] || continue
    log "KF6 KArchive is provided by the system: $(dirname "$cfg") (nothing to build)."
    exit 0
done

# (recipe 2: no RUNPATH in the installed library; it needs only system
# libraries, and a packaged copy must not point into this folder.)
# Prints the cmake dir of a complete local install, or fails.
local_install() {
    [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$RECIPE" ] || return 1
    local c
    # The library sits two levels above its cmake dir (<libdir>/cmake/KF6Archive).
    for c in "$PREFIX"/lib*/cmake/KF6Archive/KF6ArchiveConfig.cmake \
             "$PREFIX"/lib/*/cmake/KF6Archive/KF6ArchiveConfig.cmake; do
        [ -f "$c" ] && [ -e "$(dirname "$c")/../../libKF6Archive.so.6" ] \
            && { dirname "$c"; return 0; }
    done
    return 1
}

report() {
    local cmakedir libdir
    cmakedir=$(cd "$1" && pwd)
    libdir=$(cd "$1/../.." && pwd)
    log "KF6 KArchive: $(basename "$(readlink -f "$libdir/libKF6Archive.so.6")") in $libdir"
    log "  CMake package: $cmakedir"
    log "  use: -DCMAKE_PREFIX_PATH=$PREFIX"
}

if dir=$(local_install); then
    log "already built (reusing it)."
    report "$dir"
    exit 0
fi

mkdir -p "$DEPS"
# Serialise concurrent runs in the same work tree, then look again.
if command -v flock >/dev/null 2>&1; then
    exec 9>"$DEPS/.build-karchive.lock"
    flock 9
    if dir=$(local_install); then
        log "already built by a concurrent run (reusing it)."
        report "$dir"
        exit 0
    fi
fi

# --- 2. Prerequisites ------------------------------------------------------
need_cmds=(apt-get dpkg-source cmake ninja c++ pkg-config)
for c in "${need_cmds[@]}"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' not found; run scripts/install-deps.sh first."
done
need_pkgs=(qt6-base-dev qt6-l10n-tools zlib1g-dev libbz2-dev liblzma-dev libzstd-dev libssl-dev debian-archive-keyring)
missing=()
for p in "${need_pkgs[@]}"; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" = installed ] || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] || die "missing packages: ${missing[*]}; run scripts/install-deps.sh first."
[ -r "$KEYRING" ] || die "$KEYRING not found (package debian-archive-keyring)."

# --- 3. The machine's Debian mirror ---------------------------------------
# First Debian archive URI (not security) with component main, from
# /etc/apt/sources.list, sources.list.d/*.list (one-line format) and
# sources.list.d/*.sources (deb822 format). An entry counts as Debian's when
# its suite is a Debian codename or suite name, optionally with -updates /
# -backports / -proposed-updates (third-party repositories use other suites).
find_debian_mirror() {
    local codename="" suites_re
    if [ -r /etc/os-release ]; then
        # shellcheck disable=SC1091
        codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    fi
    suites_re="^(${codename:+$codename|}buster|bullseye|bookworm|trixie|forky|duke|sid|stable|oldstable|oldoldstable|testing|unstable)(-updates|-backports|-backports-sloppy|-proposed-updates)?/?$"
    local f uri
    local files=()
    local etc="${DXPLAN_APT_ETC:-/etc/apt}"   # overridable only to test this parser
    [ -f "$etc/sources.list" ] && files+=("$etc/sources.list")
    for f in "$etc"/sources.list.d/*; do   # apt's order: by name, both formats
        case "$f" in *.list | *.sources) files+=("$f") ;; esac
    done
    for f in "${files[@]}"; do
        [ -r "$f" ] || continue
        case "$f" in
        *.sources)
            uri=$(awk -v sre="$suites_re" '
                function flush(   n, m, k, i, j, t, u, s, okt, okc) {
                    if (!have) return
                    have = 0
                    if (tolower(en) == "no" || tolower(en) == "false") { clear(); return }
                    okt = 0; n = split(types, t, /[ \t]+/)
                    for (i = 1; i <= n; i++) if (t[i] == "deb" || t[i] == "deb-src") okt = 1
                    okc = 0; n = split(comps, t, /[ \t]+/)
                    for (i = 1; i <= n; i++) if (t[i] == "main") okc = 1
                    if (okt && okc) {
                        m = split(uris, u, /[ \t]+/); k = split(suites, s, /[ \t]+/)
                        for (i = 1; i <= m; i++) {
                            if (u[i] == "" || tolower(u[i]) ~ /security/) continue
                            for (j = 1; j <= k; j++) if (s[j] ~ sre) { print u[i]; found = 1; exit }
                        }
                    }
                    clear()
                }
                function clear() { types = uris = suites = comps = en = "" }
                /^[ \t]*#/ { next }
                /^[ \t]*$/ { flush(); next }
                /^[ \t]/ { next }   # continuation line (e.g. an inline Signed-By key)
                {
                    have = 1
                    p = index($0, ":"); if (!p) next
                    key = tolower(substr($0, 1, p - 1)); val = substr($0, p + 1)
                    gsub(/^[ \t]+|[ \t]+$/, "", val)
                    if (key == "types") types = val
                    else if (key == "uris") uris = val
                    else if (key == "suites") suites = val
                    else if (key == "components") comps = val
                    else if (key == "enabled") en = val
                }
                END { if (!found) flush() }
            ' "$f")
            ;;
        *)
            uri=$(awk -v sre="$suites_re" '
                {
                    sub(/#.*/, "")
                    gsub(/\[[^]]*\]/, " ")
                    if ($1 != "deb" && $1 != "deb-src") next
                    if (tolower($2) ~ /security/) next
                    if ($3 !~ sre) next
                    for (i = 4; i <= NF; i++) if ($i == "main") { print $2; exit }
                }
            ' "$f")
            ;;
        esac
        if [ -n "$uri" ]; then
            echo "$uri"
            return 0
        fi
    done
    return 1
}

if [ -n "${DEBIAN_MIRROR:-}" ]; then
    MIRROR="$DEBIAN_MIRROR"
    log "mirror (from DEBIAN_MIRROR): $MIRROR"
else
    MIRROR=$(find_debian_mirror) \
        || die "no Debian archive URI (component main, not security) found in /etc/apt/sources.list{,.d/*.list,.d/*.sources}; set DEBIAN_MIRROR=<uri> to choose one."
    log "mirror (from the system's apt configuration): $MIRROR"
fi

# --- 4. Private apt state, fetch the source packages -----------------------
mkdir -p "$APTDIR/state/lists/partial" "$APTDIR/cache/archives/partial"
: >"$APTDIR/state/status"
# Verified against Debian's archive keyring (it holds the trixie keys on
# Debian 12). Deliberately no [trusted=yes] fallback: if verification fails we
# stop. apt-get source then checks the downloaded files against the checksums
# in the signed Sources index.
echo "deb-src [signed-by=$KEYRING] $MIRROR $SUITE main" >"$APTDIR/sources.list"

APT_OPTS=(
    -o "Dir::Etc::SourceList=$APTDIR/sources.list"
    -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::Etc::Preferences=/dev/null"
    -o "Dir::Etc::PreferencesParts=/dev/null"
    -o "Dir::State=$APTDIR/state"
    -o "Dir::State::Lists=$APTDIR/state/lists"
    -o "Dir::State::status=$APTDIR/state/status"
    -o "Dir::Cache=$APTDIR/cache"
    -o "APT::Default-Release="
    -o "Acquire::Languages=none"
    -q
)
# As root, apt downloads as user _apt, which cannot write into our tree.
[ "$(id -u)" -eq 0 ] && APT_OPTS+=(-o "APT::Sandbox::User=root")

log "apt-get update (private state in $APTDIR, suite $SUITE)"
apt-get "${APT_OPTS[@]}" --error-on=any update </dev/null \
    || die "apt-get update of the private '$SUITE' source index failed (network, mirror or signature; see above)."

rm -rf "$SCRATCH"
mkdir -p "$SCRATCH/dl" "$SCRATCH/logs"
log "apt-get source kf6-extra-cmake-modules kf6-karchive"
(cd "$SCRATCH/dl" && apt-get "${APT_OPTS[@]}" source --download-only kf6-extra-cmake-modules kf6-karchive </dev/null) \
    || die "apt-get source failed."

dscs=("$SCRATCH"/dl/kf6-extra-cmake-modules_*.dsc)
[ "${#dscs[@]}" -eq 1 ] || die "expected one kf6-extra-cmake-modules .dsc, found ${#dscs[@]}."
ECM_DSC=${dscs[0]}
dscs=("$SCRATCH"/dl/kf6-karchive_*.dsc)
[ "${#dscs[@]}" -eq 1 ] || die "expected one kf6-karchive .dsc, found ${#dscs[@]}."
KA_DSC=${dscs[0]}
log "sources: $(basename "$ECM_DSC") $(basename "$KA_DSC")"

dpkg-source -x "$ECM_DSC" "$SCRATCH/ecm" >"$SCRATCH/logs/unpack-ecm.log" 2>&1 \
    || { cat "$SCRATCH/logs/unpack-ecm.log" >&2; die "dpkg-source -x $(basename "$ECM_DSC") failed."; }
dpkg-source -x "$KA_DSC" "$SCRATCH/karchive" >"$SCRATCH/logs/unpack-karchive.log" 2>&1 \
    || { cat "$SCRATCH/logs/unpack-karchive.log" >&2; die "dpkg-source -x $(basename "$KA_DSC") failed."; }

# --- 5. Patches for Debian 12 ----------------------------------------------
KA="$SCRATCH/karchive"
sed -i -E "s/^([[:space:]]*set\(REQUIRED_QT_VERSION[[:space:]]+)[0-9][0-9.]*[[:space:]]*\)/\1$QT_MIN)/" "$KA/CMakeLists.txt"
grep -Eq "^[[:space:]]*set\(REQUIRED_QT_VERSION[[:space:]]+$QT_MIN\)" "$KA/CMakeLists.txt" \
    || die "patch 1 did not apply: no 'set(REQUIRED_QT_VERSION ...)' in KArchive's CMakeLists.txt (new upstream version?)."
[ -f "$KA/src/k7zip.cpp" ] || die "patch 2: src/k7zip.cpp not found in KArchive's sources (new upstream version?)."
if ! grep -q '^#include <QStringEncoder>' "$KA/src/k7zip.cpp"; then
    sed -i '1i #include <QStringEncoder>' "$KA/src/k7zip.cpp"
fi
grep -q '^#include <QStringEncoder>' "$KA/src/k7zip.cpp" || die "patch 2 did not apply to src/k7zip.cpp."

# --- 6. Build and install ---------------------------------------------------
LAUNCHER=()
command -v ccache >/dev/null 2>&1 && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

# Runs a step with its output in a log; on failure shows the log's end.
step() {
    local name=$1; shift
    local logf="$SCRATCH/logs/$name.log"
    log "$name"
    if ! "$@" >"$logf" 2>&1; then
        echo "----- last lines of $logf -----" >&2
        tail -n 60 "$logf" >&2
        die "step '$name' failed (full log: $logf)."
    fi
}

rm -rf "$PREFIX"
start=$SECONDS

step ecm-configure cmake -S "$SCRATCH/ecm" -B "$SCRATCH/build-ecm" -G Ninja \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" -DBUILD_TESTING=OFF \
    -DBUILD_HTML_DOCS=OFF -DBUILD_MAN_DOCS=OFF -DBUILD_QTHELP_DOCS=OFF
step ecm-build cmake --build "$SCRATCH/build-ecm" -j"$JOBS"
step ecm-install cmake --install "$SCRATCH/build-ecm"

step karchive-configure cmake -S "$KA" -B "$SCRATCH/build-karchive" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DCMAKE_PREFIX_PATH="$PREFIX" \
    -DECM_DIR="$PREFIX/share/ECM/cmake" \
    -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
    -DCMAKE_SKIP_INSTALL_RPATH=ON \
    "${LAUNCHER[@]}"
step karchive-build cmake --build "$SCRATCH/build-karchive" -j"$JOBS"
step karchive-install cmake --install "$SCRATCH/build-karchive"

echo "$RECIPE" >"$STAMP"
dir=$(local_install) || die "install finished but KF6ArchiveConfig.cmake / libKF6Archive.so.6 not found under $PREFIX."
log "built in $((SECONDS - start)) s."
rm -rf "$SCRATCH"
report "$dir"
