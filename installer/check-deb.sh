#!/usr/bin/env bash
# Tries the .deb as an office would: on a brand-new Debian 12 root (../shared/tools/fresh-debian.sh),
# `apt-get install ./anju_VERSION_amd64.deb`, then anju-cli --version, a new database with `init`, and the
# window started under Xvfb long enough to take a screenshot; lintian, appstreamcli and
# desktop-file-validate check the package's files there too. Needs root (chroot).
#
#   installer/check-deb.sh [PACKAGE.deb]     # without one: ./dev.sh package on the present build
# The administrator of the test database is ANJU_USER (default admin) with the password ANJU_PASSWORD
# (default: a random one). What the check leaves (the screenshot, lintian's report) goes to
# ${CHECK_DEB_OUT:-build/check-deb}/.
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:-}"
if [ -z "$deb" ]; then
    ./dev.sh package >/dev/null
    deb=$(ls -t build/anju_*_amd64.deb | head -1)
fi
[ -f "$deb" ] || { echo "check-deb: no package $deb" >&2; exit 2; }
out=$(realpath -m "${CHECK_DEB_OUT:-build/check-deb}")
mkdir -p "$out"
# The chroot starts with an empty environment: the account travels in a file.
env_file=$(mktemp -d)/check-deb.env
printf 'export ANJU_USER=%q ANJU_PASSWORD=%q\n' "${ANJU_USER:-admin}" \
    "${ANJU_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}" >"$env_file"
echo "check-deb: trying $(basename "$deb") on a bare Debian 12" >&2
FRESH_IN="$(realpath "$deb") $env_file" FRESH_OUT="$out" ../shared/tools/fresh-debian.sh bash installer/check-deb-inside.sh
