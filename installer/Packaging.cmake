# Installation layout and CPack: a Debian package (also installable on UOS / Kylin).
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/installer/anju.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/installer/org.anju.Anju.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/anju.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.anju.Anju.svg)

set(CPACK_PACKAGE_NAME "anju")
set(CPACK_PACKAGE_VENDOR "Anju")
set(CPACK_PACKAGE_CONTACT "Anju maintainers <maintainers@anju.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Follow-up support for relocation resettlement sites (安居)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
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
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk | fonts-wqy-microhei")
# A desk on a shared server needs Qt's PostgreSQL driver, and pg_dump/pg_restore for its backups.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql-client")
include(CPack)
