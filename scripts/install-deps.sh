#!/usr/bin/env bash
# Installs the Debian 12 packages DX Plan Studio needs to build, test and
# package; with --fuzz also those of the fuzzer (scripts/fuzz.sh).
# Idempotent: packages already installed are left alone, and apt is only
# touched (one `apt-get update`, one `apt-get install`) when something is
# missing. Packages come from wherever the machine's apt configuration says.
# Runs as root, or through sudo otherwise. Needs no stdin (CI).
set -euo pipefail

FUZZ=0
for arg in "$@"; do
    case "$arg" in
        --fuzz) FUZZ=1 ;;
        *) echo "install-deps.sh: ERROR: unknown argument '$arg' (only --fuzz)" >&2; exit 2 ;;
    esac
done

# The one list of packages. Keep it sorted by purpose; duplicates are harmless.
PACKAGES=(
    # Qt 6 (Widgets, SQLite driver, SVG, Charts, Linguist/Designer tools)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libgl-dev libvulkan-dev libxkbcommon-dev
    # Tool chain
    cmake ninja-build ccache g++ pkg-config
    # Tests and benchmarks
    libgtest-dev libbenchmark-dev libsqlite3-dev xvfb xauth poppler-utils
    fonts-ipaexfont-gothic
    # Building KF6 KArchive from Debian's source package (scripts/build-karchive.sh):
    # dpkg-source, the compression libraries KArchive requires, and OpenSSL,
    # which KArchive 6 requires by default (WITH_OPENSSL=ON) for encrypted archives.
    dpkg-dev debian-archive-keyring zlib1g-dev libbz2-dev liblzma-dev libzstd-dev libssl-dev
    # The plan document: qpdf adds PDF bookmarks and /Lang; LibreOffice Writer
    # checks the ODT (and turns it into DOCX); Chromium runs axe-core on the HTML.
    libqpdf-dev qpdf libreoffice-writer-nogui chromium nodejs
    # Revisions: character-level text differences
    libdtl-dev
    # Roadmap PNG: written a row at a time with libpng, whatever its height
    libpng-dev
    # Signed plans: libcrypto's CMS (libssl-dev above); the openssl command
    # makes the test certificates
    openssl
    # Plan files' entry digests: Nettle's SHA-256
    nettle-dev
    # JSON plans: simdjson parses them
    libsimdjson-dev
    # Spreadsheets: libxlsxwriter writes .xlsx (export, and the golden sheets'
    # generator tests/sheets/make_sheets.sh); LibreOffice Calc opens the
    # exported files in the tests and writes the golden .ods
    libxlsxwriter-dev libreoffice-calc-nogui
    # Packaging and its checks
    desktop-file-utils appstream lintian file fakeroot
)
# The fuzzer (scripts/fuzz.sh): clang with its libFuzzer and sanitizer
# runtimes, and llvm-symbolizer for readable crash reports.
FUZZ_PACKAGES=(clang clang-14 libclang-rt-14-dev llvm-14)
if [ "$FUZZ" -eq 1 ]; then
    PACKAGES+=("${FUZZ_PACKAGES[@]}")
fi

log() { echo "install-deps.sh: $*"; }
die() { echo "install-deps.sh: ERROR: $*" >&2; exit 1; }

command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script is for Debian 12 (bookworm)."
command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this script is for Debian 12 (bookworm)."

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

missing=()
declare -A seen=()
for pkg in "${PACKAGES[@]}"; do
    [ -n "${seen[$pkg]:-}" ] && continue
    seen[$pkg]=1
    is_installed "$pkg" || missing+=("$pkg")
done

if [ "${#missing[@]}" -eq 0 ]; then
    log "all ${#seen[@]} packages already installed."
    exit 0
fi

log "missing: ${missing[*]}"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "not root and sudo is not available; run this script as root."
    if [ -t 0 ]; then SUDO=(sudo); else SUDO=(sudo -n); fi
fi

apt_get() {
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -y -q -o DPkg::Lock::Timeout=600 "$@" </dev/null
}

log "apt-get update"
apt_get update || die "apt-get update failed."

log "apt-get install ${missing[*]}"
apt_get install --no-install-recommends "${missing[@]}" \
    || die "apt-get install failed for: ${missing[*]}"

still=()
for pkg in "${missing[@]}"; do
    is_installed "$pkg" || still+=("$pkg")
done
[ "${#still[@]}" -eq 0 ] || die "still not installed after apt-get install: ${still[*]}"
log "done."
