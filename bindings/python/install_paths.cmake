# Runs at install time (install(CODE) in CMakeLists.txt), when the prefix is known for certain:
# `cmake --install --prefix P` changes it after configuring. Writes cartlint/_paths.py, recording
# the installed library's absolute path, and installs it (file(INSTALL) honours DESTDIR and the
# install manifest). Needs TEMPLATE, STAGE, LIBDIR, PYTHONDIR and LIBRARY_NAME.
if(IS_ABSOLUTE "${LIBDIR}")
  set(libdir "${LIBDIR}")
else()
  set(libdir "${CMAKE_INSTALL_PREFIX}/${LIBDIR}")
endif()
set(CARTLINT_PYTHON_LIBRARY "${libdir}/${LIBRARY_NAME}")
configure_file("${TEMPLATE}" "${STAGE}" @ONLY)
if(IS_ABSOLUTE "${PYTHONDIR}")
  set(destination "${PYTHONDIR}/cartlint")
else()
  set(destination "${CMAKE_INSTALL_PREFIX}/${PYTHONDIR}/cartlint")
endif()
file(INSTALL DESTINATION "${destination}" TYPE FILE FILES "${STAGE}")
