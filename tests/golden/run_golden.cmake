# Lints each of INPUTS (paths relative to CORPUS: X.json, X.http or X.md) and compares the text report, followed by the
# exit code, with the file beside it named X.expected. Options for one file (context such as
# --now or --customer-country) go on the first line of X.args. With -DUPDATE=ON it writes the
# expected files instead.
foreach(input IN LISTS INPUTS)
  string(REGEX REPLACE "\\.(json|http|md)$" ".expected" expected "${CORPUS}/${input}")
  string(REGEX REPLACE "\\.(json|http|md)$" ".args" args_file "${CORPUS}/${input}")
  set(args "")
  if(EXISTS ${args_file})
    file(STRINGS ${args_file} args LIMIT_COUNT 1)
    separate_arguments(args UNIX_COMMAND "${args}")
  endif()
  execute_process(COMMAND ${CARTLINT} --no-config --color never ${args} ${input}
    WORKING_DIRECTORY ${CORPUS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  set(actual "${out}exit code: ${rc}\n")
  if(UPDATE)
    file(WRITE ${expected} "${actual}")
    continue()
  endif()
  if(NOT EXISTS ${expected})
    message(FATAL_ERROR "no golden file ${expected}: write it with `cmake --build build --target update-goldens`, then review it\n--- actual:\n${actual}")
  endif()
  file(READ ${expected} wanted)
  if(NOT wanted STREQUAL actual)
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/actual.txt "${actual}")
    execute_process(COMMAND diff -u ${expected} ${CMAKE_CURRENT_BINARY_DIR}/actual.txt OUTPUT_VARIABLE diff)
    message(FATAL_ERROR "${input}: the report differs from ${expected}\n${diff}\nstderr: ${err}")
  endif()
endforeach()
