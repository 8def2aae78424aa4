#!/usr/bin/env bash
# Sets up, builds, and then starts Anju on a demo database (`./dev.sh demo`) or runs the tests
# (`./dev.sh test`). Installs the Debian packages it needs when they are missing.
# The steps on their own (CI runs them one by one, with .ci/check-packages after configure):
#   ./dev.sh packages | deps | configure | build | package
set -euo pipefail
cd "$(dirname "$0")"

# Every Debian 12 package the build, the tests and the window need. A bare bookworm root is the test
# (../shared/tools/fresh-debian.sh ./dev.sh test); .ci/check-packages fails CI when the configure finds
# something that none of these pulls in.
PACKAGES=(cmake ninja-build g++ ccache pkg-config
          # Qt 6: Charts needs Qt6OpenGL, which qt6-charts-dev does not pull in.
          qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev libqt6opengl6-dev
          libzip-dev libxlsxwriter-dev libsodium-dev libsqlite3-dev
          # Chinese text in the window and in the PDFs; the visit sheet's row codes in DejaVu Sans Mono.
          fonts-noto-cjk fonts-dejavu-core
          # The *_pg tests run a throw-away PostgreSQL cluster (initdb, pg_ctl); backups run pg_dump.
          postgresql libqt6sql6-psql libpq-dev
          # Programs the tests run: pdftotext reads the PDFs back, unzip the .xlsx files, zbarimg the
          # visit sheet's barcodes.
          poppler-utils unzip zbar-tools
          # tests/bench/bench_import.sh times sqlite3's own .import beside Anju's, with /usr/bin/time.
          sqlite3 time
          # tests/support/pg-cluster.sh looks for a free port with ss.
          iproute2
          # ./dev.sh package: CPack's shlibdeps runs file and dpkg-shlibdeps (a bare root has neither).
          file dpkg-dev)

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

configure() {
    cmake --preset default >/dev/null
}

# With target names, only those (and what they need); without, everything, tests included.
build() {
    cmake --build --preset default ${1:+--target "$@"}
}

case "${1:-}" in
    packages)
        printf '%s\n' "${PACKAGES[@]}"
        ;;
    deps)
        install_missing
        ;;
    configure)
        configure
        ;;
    build)
        build
        ;;
    package)
        install_missing
        # A .deb in build/ (installer/Packaging.cmake); installer/check-deb.sh tries it on a bare root.
        (cd build && cpack -G DEB)
        ;;
    demo)
        install_missing
        configure
        # The two programs only: a new user's first start should not wait for the tests to compile.
        build anju anju-cli
        db="build/demo/anju-demo.sqlite"
        if [ ! -f "$db" ]; then
            mkdir -p build/demo
            ./build/anju-cli --db "$db" demo --households "${ANJU_DEMO_HOUSEHOLDS:-3000}" --seed 1
        fi
        exec ./build/anju --db "$db"
        ;;
    test)
        install_missing
        configure
        build
        QT_QPA_PLATFORM=offscreen ctest --preset default
        ;;
    *)
        echo "usage: ./dev.sh demo | test | packages | deps | configure | build | package" >&2
        exit 2
        ;;
esac
