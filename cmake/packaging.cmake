# The Debian package (CPack, `cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr;
# tools/package.sh does it all): everything `cmake --install` puts in place (the command, the
# shared and static libraries, the headers, the CMake package, cartlint.pc, the Python package,
# the schemas, the .NET sources), plus the man page and the licence where Debian looks for them.

# The man page, generated from the command's own --help and --version by help2man (a Debian
# package: tools/setup.sh --package installs it), so it can never disagree with them. Without
# help2man there is no man page, and tools/package.sh refuses to build a package without one.
find_program(CARTLINT_HELP2MAN help2man)
find_program(CARTLINT_GZIP gzip)
set(CARTLINT_MAN_PAGE OFF)
if(CARTLINT_HELP2MAN AND CARTLINT_GZIP AND TARGET cartlint-cli)
  set(CARTLINT_MAN_PAGE ON)
  set(man_page ${PROJECT_BINARY_DIR}/man/cartlint.1)
  add_custom_command(
    OUTPUT ${man_page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
    # --no-info: there is no Texinfo manual to point to. --no-discard-stderr is not needed: --help
    # goes to standard output.
    COMMAND ${CARTLINT_HELP2MAN} --no-info --section 1 --source "cartlint ${PROJECT_VERSION}"
            --name "pre-flight checker for Partner Center cart payloads" --output ${man_page} $<TARGET_FILE:cartlint-cli>
    # -n: no name or time stamp in the archive, so the package is the same from one build to the next.
    COMMAND ${CARTLINT_GZIP} -9nf ${man_page}
    DEPENDS cartlint-cli
    COMMENT "Generating the man page from cartlint --help"
    VERBATIM)
  add_custom_target(cartlint-man-page ALL DEPENDS ${man_page}.gz)
  install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# The licence: Debian's machine-readable copyright file (DEP-5) names it for the package tools.
set(copyright ${PROJECT_BINARY_DIR}/packaging/copyright)
file(READ ${PROJECT_SOURCE_DIR}/LICENSE licence_text)
string(REGEX REPLACE "\n$" "" licence_text "${licence_text}")
string(REGEX REPLACE "\n\n" "\n.\n" licence_text "${licence_text}")   # DEP-5: an empty line is " ."
string(REGEX REPLACE "\n" "\n " licence_text "${licence_text}")
file(WRITE ${copyright}
  "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
  "Upstream-Name: cartlint\n"
  "\n"
  "Files: *\n"
  "Copyright: 2026 The cartlint authors\n"
  "License: MIT\n"
  " ${licence_text}\n")
install(FILES ${copyright} DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cartlint)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The cartlint authors")
set(CPACK_PACKAGE_CONTACT "The cartlint authors <cartlint@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "pre-flight checker for Partner Center cart payloads")
set(CPACK_PACKAGE_DESCRIPTION
    "cartlint checks Microsoft Partner Center cart, checkout and order payloads against the\n"
    "schemas, the domain rules and the documentation's known mistakes before they are sent.\n"
    "This package holds the cartlint command, libcartlint (shared and static), its C and C++\n"
    "headers, CMake package and pkg-config file, the Python package and the JSON schemas.\n"
    "License: MIT.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # cartlint_0.1.0_amd64.deb, Debian's own naming
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/your-org/cartlint")
set(CPACK_STRIP_FILES ON)
# The run-time dependencies: read from the binaries by dpkg-shlibdeps (dpkg-dev) where it is
# installed; otherwise named here, from the fmt this build links (libfmt9 for fmt 9.x).
find_program(CARTLINT_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(CARTLINT_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  string(REGEX MATCH "^[0-9]+" fmt_major "${fmt_VERSION}")
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libstdc++6, libgcc-s1, libfmt${fmt_major}")
endif()
# The Python package needs python3; the C++ package (headers, static library) needs fmt's headers
# and a pkg-config to be used, which not every user of the command wants.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libfmt-dev, pkgconf")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
# Staged with DESTDIR under the package's real prefix, /usr: the install rules that write a path
# (the Python package's _paths.py) then see /usr, not CPack's staging directory.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
include(CPack)
