#!/usr/bin/env bash
# Sets up, builds, and then starts Anju on a demo database (`./dev.sh demo`) or runs the tests
# (`./dev.sh test`). Installs the Debian packages it needs when they are missing.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev libqt6opengl6-dev
          libzip-dev libxlsxwriter-dev libsodium-dev libsqlite3-dev fonts-noto-cjk
          postgresql libqt6sql6-psql libpq-dev
          poppler-utils unzip)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset default >/dev/null
    cmake --build --preset default
}

case "${1:-}" in
    demo)
        install_missing
        build
        db="build/demo/anju-demo.sqlite"
        if [ ! -f "$db" ]; then
            mkdir -p build/demo
            ./build/anju-cli --db "$db" demo --households "${ANJU_DEMO_HOUSEHOLDS:-3000}" --seed 1
        fi
        exec ./build/anju --db "$db"
        ;;
    test)
        install_missing
        build
        QT_QPA_PLATFORM=offscreen ctest --preset default
        ;;
    *)
        echo "usage: ./dev.sh demo | test" >&2
        exit 2
        ;;
esac
