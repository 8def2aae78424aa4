#!/usr/bin/env bash
# The part of installer/check-deb.sh that runs inside the bare Debian 12 root (as root): the package and
# the check's account are in /fresh/in/, what is left for the caller goes to /fresh/out/.
set -euo pipefail
deb=$(ls /fresh/in/anju_*.deb)
# shellcheck disable=SC1091
. /fresh/in/check-deb.env
step() { echo "== check-deb: $*"; }

step "apt-get install $deb"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/fresh/out/apt-install.log 2>&1 ||
    { tail -30 /fresh/out/apt-install.log; exit 1; }
command -v anju anju-cli

step "anju-cli --version"
anju-cli --version | tee /fresh/out/version.txt
version=$(dpkg-query -W -f='${Version}' anju)
[ "$(head -1 /fresh/out/version.txt)" = "anju-cli $version" ] ||
    { echo "anju-cli --version does not say the package's version $version"; exit 1; }
grep -q "<release version=\"$version\"" /usr/share/metainfo/org.anju.Anju.metainfo.xml ||
    { echo "the metainfo does not name version $version"; exit 1; }

step "a new database with init, as $ANJU_USER"
db=/root/office/anju.sqlite
mkdir -p /root/office
anju-cli --db "$db" init
anju-cli --db "$db" user list

step "what the package installs"
dpkg -L anju | grep -E 'bin/|applications|metainfo|icons/hicolor/(scalable|48x48|256x256)|man1|manual/index.md'

step "the checkers: lintian, appstreamcli, desktop-file-validate"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    lintian appstream desktop-file-utils xvfb xauth netpbm >/fresh/out/apt-tools.log 2>&1 ||
    { tail -30 /fresh/out/apt-tools.log; exit 1; }
appstreamcli validate --no-net /usr/share/metainfo/org.anju.Anju.metainfo.xml
desktop-file-validate /usr/share/applications/anju.desktop && echo "anju.desktop: valid"
# Errors fail the check; warnings and notes are shown and kept for reading.
lintian --display-info "$deb" | tee /fresh/out/lintian.txt || { echo "lintian found errors"; exit 1; }
echo "lintian: no errors ($(grep -c '^W:' /fresh/out/lintian.txt || true) warnings)"

step "the window under Xvfb"
Xvfb :99 -screen 0 1366x768x24 -fbdir /tmp -nolisten tcp >/fresh/out/xvfb.log 2>&1 &
xvfb=$!
sleep 2
# ANJU_USER and ANJU_PASSWORD log in without the dialog (admin/StartSession.h).
DISPLAY=:99 anju --db "$db" >/fresh/out/anju.log 2>&1 &
anju=$!
sleep 15
kill -0 "$anju" || { echo "anju did not stay up:"; cat /fresh/out/anju.log; exit 1; }
xwdtopnm /tmp/Xvfb_screen0 2>/dev/null | pnmtopng >/fresh/out/anju-on-a-bare-root.png
echo "anju is running (pid $anju); screenshot: anju-on-a-bare-root.png ($(stat -c %s /fresh/out/anju-on-a-bare-root.png) bytes)"
kill "$anju" "$xvfb"
step "passed"
