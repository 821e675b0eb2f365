# Writes a C++ source that holds every schema in schemas/ as bytes, so the library and the
# cartlint binary work with no files beside them. Run as: cmake -DOUT=… -DSCHEMAS="a;b" -P this.
set(body "")
set(table "")
set(index 0)
foreach(path IN LISTS SCHEMAS)
  get_filename_component(name "${path}" NAME)
  file(READ "${path}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "constexpr char schema_${index}[] = {${bytes}};\n")
  string(APPEND table "    {\"${name}\", {schema_${index}, ${size}}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from schemas/ by cmake/embed_schemas.cmake: do not edit.
#include \"schema/embedded_schemas.hpp\"

namespace cartlint::detail {
namespace {
${body}
constexpr EmbeddedSchema schemas[] = {
${table}};
}  // namespace

std::span<const EmbeddedSchema> embedded_schemas() noexcept { return schemas; }

}  // namespace cartlint::detail
")
# Only touch the output when it changed, so an unrelated re-run does not rebuild the library.
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
