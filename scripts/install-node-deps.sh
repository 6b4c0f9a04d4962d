#!/usr/bin/env bash
# Installs the Node packages of the plan document's accessibility check
# (tests/document/axe/axe-check.js): axe-core and puppeteer-core, at the
# exact versions tests/document/axe/package.json pins, into the git-ignored
# .deps/node (repo root).
#
# * Idempotent: when .deps/node holds that package.json and every package
#   at its pinned version, does nothing.
# * No browser is downloaded: puppeteer-core has none, and scripts are not
#   run (--ignore-scripts). The check drives Debian's /usr/bin/chromium.
# * npm comes from Debian's `npm` package, installed only when missing.
#   Packages come from wherever the machine's npm configuration says.
# * npm's package-lock.json stays in .deps/node, never in the repository.
# Runs as root, or through sudo otherwise, when it has to install npm.
# Needs no stdin (CI).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SOURCE="$ROOT/tests/document/axe/package.json"
DEST="$ROOT/.deps/node"

log() { echo "install-node-deps.sh: $*"; }
die() { echo "install-node-deps.sh: ERROR: $*" >&2; exit 1; }

[ -f "$SOURCE" ] || die "$SOURCE is missing."

if ! command -v npm >/dev/null 2>&1; then
    log "npm is missing: installing Debian's npm package."
    command -v apt-get >/dev/null 2>&1 || die "npm is not installed and apt-get is not available to install it."
    SUDO=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "not root and sudo is not available; run this script as root."
        if [ -t 0 ]; then SUDO=(sudo); else SUDO=(sudo -n); fi
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
fi
command -v node >/dev/null 2>&1 || die "node is not installed (Debian's nodejs package)."

# Whether every dependency of the package.json in .deps/node is installed
# there at exactly its pinned version.
installed() {
    [ -f "$DEST/package.json" ] && cmp -s "$SOURCE" "$DEST/package.json" || return 1
    (cd "$DEST" && node -e '
        const fs = require("fs");
        const wanted = JSON.parse(fs.readFileSync("package.json", "utf8")).dependencies;
        for (const [name, version] of Object.entries(wanted)) {
            const file = "node_modules/" + name + "/package.json";
            if (!fs.existsSync(file) || JSON.parse(fs.readFileSync(file, "utf8")).version !== version)
                process.exit(1);
        }')
}

if installed; then
    log "axe-core and puppeteer-core already installed in .deps/node."
    exit 0
fi

mkdir -p "$DEST"
cp "$SOURCE" "$DEST/package.json"
log "installing $(cd "$DEST" && node -e 'const d = require("./package.json").dependencies; console.log(Object.entries(d).map(([n, v]) => n + "@" + v).join(" "))') into .deps/node"
(cd "$DEST" && npm install --ignore-scripts --no-audit --no-fund --no-update-notifier --loglevel=warn)
installed || die "npm finished but the pinned versions are not in $DEST/node_modules."
log "done."
