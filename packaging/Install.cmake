# What `cmake --install` puts where, and the Debian package CPack makes of it
# (packaging/build-deb). The layout and each file's job: docs/packaging.md.
# SPDX-License-Identifier: GPL-3.0-or-later

set(ESPRIT_APP_ID "io.github.esprit.Esprit")
set(ESPRIT_WEB_ADDRESS "https://esprit.invalid" CACHE STRING
  "Esprit's public web address, for the package's Homepage and AppStream (none yet: docs/packaging.md)")
set(ESPRIT_SCREENSHOT_ADDRESS "" CACHE STRING
  "Where docs/screenshots/ is published, for AppStream (empty: <ESPRIT_WEB_ADDRESS>/screenshots)")
if(NOT ESPRIT_SCREENSHOT_ADDRESS)
  # Not cached, so that a new web address also moves the screenshots.
  set(ESPRIT_SCREENSHOT_ADDRESS "${ESPRIT_WEB_ADDRESS}/screenshots")
endif()
set(ESPRIT_MAINTAINER "The Esprit contributors <maintainers@esprit.invalid>" CACHE STRING
  "The package's Maintainer field: a name and an address")

set(packaging_source "${PROJECT_SOURCE_DIR}/packaging")
set(packaging_build "${PROJECT_BINARY_DIR}/packaging")
set(doc_folder "${CMAKE_INSTALL_DATADIR}/doc/esprit")
set(data_folder "${CMAKE_INSTALL_DATADIR}/esprit")

# --- Files filled in with the version, its date and the web address -----------
# Debian's changelog wants the date as in e-mail headers.
execute_process(COMMAND date -u -R -d "${ESPRIT_RELEASE_DATE} 12:00"
  OUTPUT_VARIABLE ESPRIT_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE date_result)
if(NOT date_result EQUAL 0)
  message(FATAL_ERROR "ESPRIT_RELEASE_DATE is '${ESPRIT_RELEASE_DATE}'; write it as YYYY-MM-DD")
endif()
configure_file("${packaging_source}/desktop/${ESPRIT_APP_ID}.metainfo.xml.in"
  "${packaging_build}/${ESPRIT_APP_ID}.metainfo.xml" @ONLY)
configure_file("${packaging_source}/man/esprit.6.in" "${packaging_build}/esprit.6" @ONLY)
configure_file("${packaging_source}/debian/changelog.in" "${packaging_build}/changelog" @ONLY)

# Debian wants the man page and the changelog compressed, without a timestamp
# in the gzip header so that two builds give the same package.
set(compressed "")
foreach(file esprit.6 changelog)
  add_custom_command(OUTPUT "${packaging_build}/${file}.gz"
    COMMAND gzip -9 -n -c "${packaging_build}/${file}" > "${packaging_build}/${file}.gz"
    DEPENDS "${packaging_build}/${file}" VERBATIM)
  list(APPEND compressed "${packaging_build}/${file}.gz")
endforeach()

# The PNG icons are made from the SVG at build time, so they never drift from
# it and no generated picture is kept in the repository.
set(icon_sizes 16 24 32 48 64 128 256 512)
set(icon_svg "${packaging_source}/icons/${ESPRIT_APP_ID}.svg")
find_program(ESPRIT_RSVG_CONVERT rsvg-convert)
set(icon_pngs "")
if(ESPRIT_RSVG_CONVERT)
  foreach(size IN LISTS icon_sizes)
    set(png "${packaging_build}/icons/${size}x${size}/${ESPRIT_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${packaging_build}/icons/${size}x${size}"
      COMMAND "${ESPRIT_RSVG_CONVERT}" --width ${size} --height ${size} --output "${png}" "${icon_svg}"
      DEPENDS "${icon_svg}" VERBATIM)
    list(APPEND icon_pngs "${png}")
  endforeach()
else()
  message(WARNING "rsvg-convert not found: the install and the package will have no PNG icons. "
    "Install librsvg2-bin (packaging/setup.sh does).")
endif()
add_custom_target(esprit_packaging_files ALL DEPENDS ${compressed} ${icon_pngs})

# --- The install layout ------------------------------------------------------
install(TARGETS esprit RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# The classroom's HTTP server, opened by the game when a class game starts
# (game/host/HttpHostModule.hpp); a private module, not a library for others.
install(TARGETS esprit_http LIBRARY DESTINATION "${ESPRIT_MODULES_DIR}")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/assets/" DESTINATION "${data_folder}/assets"
  PATTERN "__pycache__" EXCLUDE)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/questions/" DESTINATION "${data_folder}/questions"
  PATTERN "__pycache__" EXCLUDE)
# The kiosk session files (issue 11), whatever they turn out to be; scripts
# keep their execute bit. Files that belong in system places (a systemd unit,
# a session entry) get their own rule beside this one.
install(DIRECTORY "${packaging_source}/kiosk/" DESTINATION "${data_folder}/kiosk"
  USE_SOURCE_PERMISSIONS OPTIONAL)

install(FILES "${packaging_source}/desktop/${ESPRIT_APP_ID}.desktop"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${packaging_build}/${ESPRIT_APP_ID}.metainfo.xml"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${icon_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN LISTS icon_sizes)
  if(ESPRIT_RSVG_CONVERT)
    install(FILES "${packaging_build}/icons/${size}x${size}/${ESPRIT_APP_ID}.png"
      DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
  endif()
endforeach()
install(FILES "${packaging_build}/esprit.6.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man6")

install(FILES "${packaging_source}/debian/copyright" "${packaging_build}/changelog.gz"
  "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${doc_folder}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${doc_folder}/docs")

# --- The Debian package ------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME esprit)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${ESPRIT_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # esprit_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ESPRIT_MAINTAINER}")
# "education", not "games": Debian's games section puts binaries in /usr/games,
# and Esprit is learning software first (issue 15 asks for /usr/bin/esprit).
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ESPRIT_WEB_ADDRESS}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries come from dpkg-shlibdeps. What is not linked is named here:
# DejaVu Sans draws the icons' symbols and is the text font of last resort
# (game/ui/Fonts.cpp looks fonts up through fontconfig); the fontconfig package
# keeps the system's font cache, without which every start scans every font
# file again (about a second more, measured on a fresh Debian 12). Noto is the designed
# text font, OpenDyslexic a reader's choice, and speech-dispatcher with
# espeak-ng voices reads aloud; the game runs without them, so they are
# Recommends, which apt installs by default. libpq5 is opened only when a
# city pushes results (game/core/city/LibPq.hpp), so it is a Recommends too.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fontconfig")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
  "fonts-noto-core, fonts-opendyslexic, speech-dispatcher, speech-dispatcher-espeak-ng, libpq5")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "quiz game that trains you to spot manipulation and misinformation")
# The first line of the Description field is the summary above; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Esprit is a free, offline quiz game that trains people to recognise
manipulation and misinformation and to reason like scientists. It scores
discernment: trusting reliable content counts as much as catching a fake.
.
It runs on a classroom PC, on a projector for a live class, or on a library
kiosk. Posts, articles, chats and charts are drawn by the game; every answer
is followed by an explanation, the technique at work and checkable sources.
Teachers write their own question packs with the built-in editor, or import
them from a spreadsheet or Moodle. Packs are included in English and French.")
include(CPack)
