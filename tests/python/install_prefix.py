#!/usr/bin/env python3
"""The Python tests' fixture: installs the build into a fresh private prefix, as a user would with
`cmake --install BUILD_DIR --prefix PREFIX`, so the tests see the installed tree only.

usage: install_prefix.py BUILD_DIR PREFIX"""
import os
import shutil
import subprocess
import sys

build, prefix = sys.argv[1:3]
shutil.rmtree(prefix, ignore_errors=True)
done = subprocess.run(["cmake", "--install", build, "--prefix", prefix], capture_output=True, text=True)
if done.returncode:
    sys.exit(f"cmake --install failed:\n{done.stdout}{done.stderr}")
print(f"installed into {prefix}")
