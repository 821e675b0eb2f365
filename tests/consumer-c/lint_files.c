/* A C client of the installed cartlint, built with `pkg-config --cflags --libs cartlint` only:
   lints each file named on the command line through the C ABI and prints its JSON report, one
   per line of output, so the test can compare it with `cartlint --format json` file by file.

   usage: lint_files [--options JSON] [--fix] FILE...   (exit 1 on any failure of the ABI) */
#include <cartlint/cartlint.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char* read_all(const char* path, size_t* length) {
    FILE* f = fopen(path, "rb");
    if (!f) return NULL;
    size_t capacity = 4096, used = 0;
    char* data = malloc(capacity);
    size_t n;
    while (data && (n = fread(data + used, 1, capacity - used, f)) > 0) {
        used += n;
        if (used == capacity) {
            char* bigger = realloc(data, capacity *= 2);
            if (!bigger) free(data);
            data = bigger;
        }
    }
    fclose(f);
    *length = used;
    return data;
}

int main(int argc, char** argv) {
    const char* options = NULL;
    int fix = 0, i = 1;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; ++i) {
        if (strcmp(argv[i], "--options") == 0 && i + 1 < argc) options = argv[++i];
        else if (strcmp(argv[i], "--fix") == 0) fix = 1;
        else return fprintf(stderr, "unknown option %s\n", argv[i]), 2;
    }
    if (strlen(cartlint_version()) == 0) return fprintf(stderr, "no version\n"), 1;
    char* error = NULL;
    cartlint_linter* linter = cartlint_linter_new(options, &error);
    if (!linter) {
        fprintf(stderr, "bad options: %s\n", error ? error : "(no message)");
        cartlint_free(error);
        return 3;
    }
    int failed = 0;
    for (; i < argc; ++i) {
        size_t length = 0;
        char* text = read_all(argv[i], &length);
        if (!text) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            failed = 1;
            continue;
        }
        char* out;
        size_t out_length = 0;
        if (fix) {
            out = cartlint_fix(linter, text, length, argv[i], 0, &out_length);
        } else {
            out = cartlint_lint(linter, text, length, argv[i]);
            if (out) out_length = strlen(out);
        }
        if (!out) {
            fprintf(stderr, "cartlint failed on %s\n", argv[i]);
            failed = 1;
        } else {
            fwrite(out, 1, out_length, stdout);  /* a report is one line, its break included */
        }
        cartlint_free(out);
        free(text);
    }
    cartlint_linter_free(linter);
    return failed;
}
