# Installation layout and CPack: a Debian package (also installable on UOS / Kylin), built by
# `./dev.sh package` and tried on a bare Debian 12 root by installer/check-deb.sh.
# The version is the CMake project version (CMakeLists.txt): it reaches the binaries (ANJU_VERSION,
# cmake/ProjectOptions.cmake), the .deb, the metainfo, the man pages and the About dialog from there.
include(GNUInstallDirs)

# The day this version was released: the metainfo's <release>, the man pages and the package changelog.
set(ANJU_RELEASE_DATE "2026-12-06")
set(ANJU_RELEASE_DATE_RFC2822 "Sun, 06 Dec 2026 00:00:00 +0000")

set(ANJU_PACKAGE_OUT ${PROJECT_BINARY_DIR}/package)
set(ANJU_MANUAL_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/anju/manual)

# The manual (docs/manual/, Markdown with its pictures) opens from 帮助 → 使用说明: from the installed copy,
# or from the source tree in a development build.
target_compile_definitions(anju_ui PRIVATE
    ANJU_MANUAL_INSTALLED="${CMAKE_INSTALL_PREFIX}/${ANJU_MANUAL_INSTALL_DIR}"
    ANJU_MANUAL_SOURCE="${PROJECT_SOURCE_DIR}/docs/manual")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/manual/ DESTINATION ${ANJU_MANUAL_INSTALL_DIR}
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png" PATTERN "shots" EXCLUDE)

# Desktop integration.
configure_file(${CMAKE_CURRENT_LIST_DIR}/org.anju.Anju.metainfo.xml.in ${ANJU_PACKAGE_OUT}/org.anju.Anju.metainfo.xml
               @ONLY)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/anju.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ANJU_PACKAGE_OUT}/org.anju.Anju.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/anju.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.anju.Anju.svg)

# The PNG sizes of the hicolor theme, rendered from the same SVG at build time.
set(ANJU_ICON_SIZES 16 22 24 32 48 64 128 256)
add_executable(anju-render-icon ${CMAKE_CURRENT_LIST_DIR}/icons/render-icon.cpp)
target_link_libraries(anju-render-icon PRIVATE Qt6::Gui Qt6::Svg anju_options)
set(ANJU_ICON_PNGS)
foreach(size IN LISTS ANJU_ICON_SIZES)
    list(APPEND ANJU_ICON_PNGS ${ANJU_PACKAGE_OUT}/icons/${size}x${size}/apps/org.anju.Anju.png)
endforeach()
add_custom_command(OUTPUT ${ANJU_ICON_PNGS}
    COMMAND anju-render-icon ${PROJECT_SOURCE_DIR}/resources/icons/anju.svg ${ANJU_PACKAGE_OUT}/icons
            org.anju.Anju ${ANJU_ICON_SIZES}
    DEPENDS anju-render-icon ${PROJECT_SOURCE_DIR}/resources/icons/anju.svg
    COMMENT "Rendering the icon as PNG at ${ANJU_ICON_SIZES} pixels" VERBATIM)

# Manual pages (English and Chinese), compressed as Debian wants them; the package changelog.
set(ANJU_GZIPPED)
function(anju_gzipped template output)
    configure_file(${template} ${ANJU_PACKAGE_OUT}/plain/${output} @ONLY)
    add_custom_command(OUTPUT ${ANJU_PACKAGE_OUT}/${output}.gz
        COMMAND sh -c "gzip -9n -c '${ANJU_PACKAGE_OUT}/plain/${output}' > '${ANJU_PACKAGE_OUT}/${output}.gz'"
        DEPENDS ${ANJU_PACKAGE_OUT}/plain/${output} VERBATIM)
    set(ANJU_GZIPPED ${ANJU_GZIPPED} ${ANJU_PACKAGE_OUT}/${output}.gz PARENT_SCOPE)
endfunction()
anju_gzipped(${CMAKE_CURRENT_LIST_DIR}/man/anju.1.in man/man1/anju.1)
anju_gzipped(${CMAKE_CURRENT_LIST_DIR}/man/anju-cli.1.in man/man1/anju-cli.1)
anju_gzipped(${CMAKE_CURRENT_LIST_DIR}/man/anju-cli.zh_CN.1.in man/zh_CN/man1/anju-cli.1)
anju_gzipped(${CMAKE_CURRENT_LIST_DIR}/changelog.in doc/changelog)
add_custom_target(anju_package_files ALL DEPENDS ${ANJU_ICON_PNGS} ${ANJU_GZIPPED})

foreach(size IN LISTS ANJU_ICON_SIZES)
    install(FILES ${ANJU_PACKAGE_OUT}/icons/${size}x${size}/apps/org.anju.Anju.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${ANJU_PACKAGE_OUT}/man/man1/anju.1.gz ${ANJU_PACKAGE_OUT}/man/man1/anju-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${ANJU_PACKAGE_OUT}/man/zh_CN/man1/anju-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/zh_CN/man1)
# /usr/share/doc/<package>, named after the package (CMAKE_INSTALL_DOCDIR follows the project's name, Anju).
install(FILES ${ANJU_PACKAGE_OUT}/doc/changelog.gz ${CMAKE_CURRENT_LIST_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/anju)

set(CPACK_PACKAGE_NAME "anju")
set(CPACK_PACKAGE_VENDOR "Anju")
set(CPACK_PACKAGE_CONTACT "Anju maintainers <maintainers@anju.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "follow-up support for relocation resettlement sites (安居)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
if(WIN32)
    # Windows desks of the same office: an NSIS installer with Start-menu shortcuts. The Qt runtime is
    # added by windeployqt in the Windows build job before cpack runs.
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "安居 Anju")
    set(CPACK_NSIS_PACKAGE_NAME "Anju")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/installer/anju.ico")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_PACKAGE_EXECUTABLES "anju" "安居 Anju")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "Anju")
else()
    set(CPACK_GENERATOR "DEB")
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# The extended description, below the summary line; lines under 80 characters (lintian).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Anju keeps one file per relocated household of a resettlement site office:
the sites with their buildings and dwellings, the party organisation with its
members, dues and meetings, the manager's dashboard and the printed monthly
summary, with users, roles, an audit trail and daily backups. It works on an
embedded SQLite file or on a shared PostgreSQL server. The anju-cli command
does the same work from a terminal. The user manual (Chinese) opens from the
program's Help menu.")
# The libraries the binaries link come from shlibdeps; what they load at run time as plugins is named
# here: Qt's SQLite driver (every desk's database file), Qt's SVG icon engine (the icons; the binaries
# link no Qt Svg symbol, so shlibdeps does not see it: on a bare root the navigation had no icons), and
# the Chinese fonts the window and the PDFs use.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-noto-cjk")
# A desk on a shared server needs Qt's PostgreSQL driver, and pg_dump/pg_restore for its backups; Qt's own
# dialogs in Chinese come from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, postgresql-client, qt6-translations-l10n")
include(CPack)
