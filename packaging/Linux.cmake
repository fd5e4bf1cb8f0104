# Linux desktop integration and the Debian package's metadata. Included from Packaging.cmake.
include(GNUInstallDirs)

# Desktop entry, AppStream metadata (release version from the project version), icons at the hicolor
# sizes and scalable, and the machine-readable copyright file Debian expects in the doc directory.
set(RAS_METAINFO_ID org.rasconsole.RasConsole)
configure_file(${PROJECT_SOURCE_DIR}/resources/ras-console.metainfo.xml.in
    ${CMAKE_BINARY_DIR}/resources/${RAS_METAINFO_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_SOURCE_DIR}/resources/ras-console.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/resources/${RAS_METAINFO_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/ras-console.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
    FILES_MATCHING PATTERN "*.png")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ras-console)

set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://ras-console.invalid/")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 RAS Console is a native desktop console for Parallels Remote Application Server
 farms: Connection Brokers, Secure Gateways and client policies with their live
 status, pending changes and Apply Settings. The package also contains rasctl,
 the same operations from a shell, and ras-emulator, a RAS REST API server with
 an in-memory farm for demonstrations and tests.")
# What the programs load at run time and dpkg-shlibdeps cannot see, because nothing links it, as
# scripts/package-check.sh found it on a clean Debian 12 root: the SVG image and icon engine plugins
# (libqt6svg6) for the icons, and Qt's own translations (qt6-translations-l10n) for standard buttons in
# German and French. The platform plugins (xcb, offscreen) and the TLS plugin come with libqt6gui6 and
# libqt6network6, which the programs link.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-translations-l10n")
# Passwords are remembered only where a Secret Service keychain runs; without one the console asks each time.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
