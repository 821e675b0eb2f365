# The WebAssembly package inside the main build, and its tests (included from the top-level
# CMakeLists.txt). Where Emscripten, Node and npm are installed (tools/setup.sh --wasm), the main
# build also builds bindings/wasm with emcmake into <build>/wasm and packs the npm package there
# (tools/wasm.sh is the standalone way, into build-wasm/); ctest installs it with npm into an empty
# folder and holds it to the command. Where they are missing, the tests are still registered and
# report themselves skipped, saying what to install.

option(CARTLINT_WASM "Build the WebAssembly package (bindings/wasm) too, where Emscripten, Node and npm are installed" ON)
if(NOT CARTLINT_BUILD_TESTS AND NOT CARTLINT_WASM)
  return()
endif()
# Not beside the sanitizer and fuzz builds: their flags are for the host compiler, and the same
# library is checked there natively.
if(CARTLINT_SANITIZE OR CARTLINT_FUZZ)
  return()
endif()

find_program(CARTLINT_EMCMAKE emcmake)
find_program(CARTLINT_NODE node)
find_program(CARTLINT_NPM npm)
find_package(Python3 COMPONENTS Interpreter REQUIRED)

set(wasm_missing "")
if(NOT CARTLINT_WASM)
  set(wasm_missing "CARTLINT_WASM is OFF")
elseif(NOT CARTLINT_EMCMAKE)
  set(wasm_missing "Emscripten (emcmake) is not installed: tools/setup.sh --wasm installs it")
elseif(NOT CARTLINT_NODE OR NOT CARTLINT_NPM)
  set(wasm_missing "Node and npm are not installed: tools/setup.sh --wasm installs them")
endif()

# Where the sub-build goes; tools/wasm.sh's build-wasm/ may be named here to share one build.
set(CARTLINT_WASM_DIR "${PROJECT_BINARY_DIR}/wasm" CACHE PATH "Build directory of the WebAssembly package")
set(wasm_dir ${CARTLINT_WASM_DIR})
set(wasm_tgz ${wasm_dir}/cartlint-${PROJECT_VERSION}.tgz)
if(NOT wasm_missing)
  include(ExternalProject)
  set(launcher "")
  find_program(CARTLINT_CCACHE ccache)
  if(CARTLINT_CCACHE)
    set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${CARTLINT_CCACHE})
  endif()
  # BUILD_ALWAYS: the sub-build decides what is stale (a changed library source, a changed JS file).
  # Its default build command is $(MAKE) under Makefiles, so it shares the parent's -j.
  ExternalProject_Add(cartlint-wasm-package
    SOURCE_DIR ${PROJECT_SOURCE_DIR}/bindings/wasm
    BINARY_DIR ${wasm_dir}
    CONFIGURE_COMMAND ${CARTLINT_EMCMAKE} ${CMAKE_COMMAND} -S <SOURCE_DIR> -B <BINARY_DIR> -DCMAKE_BUILD_TYPE=Release ${launcher}
    INSTALL_COMMAND ${CARTLINT_NPM} pack --silent --pack-destination <BINARY_DIR> <BINARY_DIR>/package
    BUILD_ALWAYS ON
    USES_TERMINAL_BUILD ON)
endif()

if(NOT CARTLINT_BUILD_TESTS)
  return()
endif()

# Each test runs through tests/wasm/run_wasm_test.py: skipped (77), saying what to install, when the
# toolchain is missing; otherwise the package is installed with npm into an empty folder of the
# test's own, and the test runs there against the command.
set(wasm_runner ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/wasm/run_wasm_test.py
  "--missing=${wasm_missing}" "--node=${CARTLINT_NODE}" "--npm=${CARTLINT_NPM}" --tgz ${wasm_tgz} --web ${wasm_dir}/web
  --cli $<TARGET_FILE:cartlint-cli> --source ${PROJECT_SOURCE_DIR} --work ${CMAKE_CURRENT_BINARY_DIR}/wasm-tests
  "--conformance=${CARTLINT_CONFORMANCE_DIR}")
foreach(test IN ITEMS "npm-install|package.mjs" "differential-corpus|differential.mjs corpus"
                      "differential-json-test-suite|differential.mjs json-test-suite" "bad-input|bad_input.mjs"
                      "memory-flat|memory_flat.mjs" "fix|fix.mjs" "readme-example|readme_example.mjs")
  string(REPLACE "|" ";" parts "${test}")
  list(GET parts 0 name)
  list(GET parts 1 script)
  separate_arguments(script UNIX_COMMAND "${script}")
  add_test(NAME wasm/${name} COMMAND ${wasm_runner} --name ${name} node ${script})
  set_tests_properties(wasm/${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
endforeach()
# Node has WebAssembly SIMD, so load() runs cartlint-simd.wasm there; the module for engines
# without it, cartlint.wasm, is held to the same findings, fixes, bad input and memory.
foreach(test IN ITEMS "differential-corpus|differential.mjs corpus" "differential-json-test-suite|differential.mjs json-test-suite"
                      "bad-input|bad_input.mjs" "memory-flat|memory_flat.mjs" "fix|fix.mjs")
  string(REPLACE "|" ";" parts "${test}")
  list(GET parts 0 name)
  list(GET parts 1 script)
  separate_arguments(script UNIX_COMMAND "${script}")
  add_test(NAME wasm/${name}-without-simd
           COMMAND ${CMAKE_COMMAND} -E env CARTLINT_WASM_MODULE=cartlint.wasm ${wasm_runner} --name ${name}-without-simd node ${script})
  set_tests_properties(wasm/${name}-without-simd PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
endforeach()

# The playground (web/) in headless Chromium, driven by Selenium (tests/web): also skipped, saying
# so, without Chromium, its driver or Selenium (tools/setup.sh --browser).
add_test(NAME web/playground COMMAND ${wasm_runner} --name playground browser ${PROJECT_SOURCE_DIR}/tests/web/playground_test.py)
set_tests_properties(web/playground PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
