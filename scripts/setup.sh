#!/usr/bin/env bash
# Prepares a fresh Debian 12 machine: system packages, then KF6 KArchive.
# Safe to re-run; does nothing that is already done.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bash "$HERE/install-deps.sh"
bash "$HERE/build-karchive.sh"
