#pragma once
// Everything a client needs to pre-flight a Partner Center payload.

#include <cartlint/config.hpp>
#include <cartlint/diagnostic.hpp>
#include <cartlint/document_kind.hpp>
#include <cartlint/exit_codes.hpp>
#include <cartlint/export.hpp>
#include <cartlint/fix.hpp>
#include <cartlint/linter.hpp>
#include <cartlint/report.hpp>
#include <cartlint/report_writer.hpp>
#include <cartlint/rule_list.hpp>
#include <cartlint/rules.hpp>
#include <cartlint/source_line.hpp>
#include <cartlint/stream.hpp>
#include <cartlint/version.hpp>
