# Installation layout and the Debian package (scripts/package.sh runs cpack -G DEB).
# Translations are compiled into the executable as resources; nothing else to install for them.
include(GNUInstallDirs)
# Installing (and cpack) needs only what is installed, not the tests and benchmarks:
# scripts/package.sh builds those two targets itself.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(REPORTSCOPE_APP_ID "io.github.reportscope.ReportScope")
set(REPORTSCOPE_LINUX_DIR "${PROJECT_SOURCE_DIR}/resources/linux")

install(TARGETS reportscope RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${REPORTSCOPE_LINUX_DIR}/${REPORTSCOPE_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${REPORTSCOPE_LINUX_DIR}/${REPORTSCOPE_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/reportscope.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${REPORTSCOPE_APP_ID}.svg)
# The PNGs are rendered from the SVG once and committed (rsvg-convert -w N -h N), so a build
# needs no SVG renderer.
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/reportscope-${size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${REPORTSCOPE_APP_ID}.png)
endforeach()

# Debian installs man pages gzipped; -n keeps the archive free of a time stamp.
set(REPORTSCOPE_MAN_GZ "${CMAKE_BINARY_DIR}/reportscope.1.gz")
add_custom_command(OUTPUT "${REPORTSCOPE_MAN_GZ}"
    COMMAND gzip -9 -n -c "${PROJECT_SOURCE_DIR}/docs/reportscope.1" > "${REPORTSCOPE_MAN_GZ}"
    DEPENDS "${PROJECT_SOURCE_DIR}/docs/reportscope.1"
    VERBATIM)
add_custom_target(reportscope_man ALL DEPENDS "${REPORTSCOPE_MAN_GZ}")
install(FILES "${REPORTSCOPE_MAN_GZ}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The machine-readable (DEP-5) copyright file every Debian package carries: no licence is
# granted, as the metainfo's project_license (LicenseRef-proprietary) says.
install(FILES "${REPORTSCOPE_LINUX_DIR}/copyright"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/reportscope)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "reportscope")
set(CPACK_PACKAGE_VENDOR "The ReportScope developers")
set(CPACK_PACKAGE_CONTACT "ReportScope developers <reportscope@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "browser for long, structured government reports")
# CPack puts the summary first and indents these lines itself.
set(CPACK_PACKAGE_DESCRIPTION
    "ReportScope opens Chinese government reports (plain text, PDF, web pages,
Word documents) as a tree of sections, lists every figure they state with
the sentence it comes from, charts them, checks rates against counts, and
exports or prints chosen sections. Command-line subcommands print outlines,
figures (JSON, CSV) and checks.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # reportscope_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/reportscope/reportscope")
# Libraries from dpkg-shlibdeps; the data and tools read at run time by name are listed here:
# the PDF font, the word lexicon (the program refuses to start without it), OCR data, the
# .doc converters, the Qt platform plugins and the SQLite driver of the library.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-wqy-microhei, python3-jieba, tesseract-ocr-chi-sim, antiword, catdoc, qt6-qpa-plugins, libqt6sql6-sqlite")
# Qt's own translations (dialog buttons in Chinese); the Wayland platform plugin, else Qt falls
# back to XWayland on a Wayland desktop.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "reportscope")
set(CPACK_OUTPUT_FILE_PREFIX "${CMAKE_BINARY_DIR}")
include(CPack)
