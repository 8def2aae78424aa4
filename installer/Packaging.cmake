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
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk | fonts-wqy-microhei")
include(CPack)
