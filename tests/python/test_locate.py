"""How the package finds libcartlint: CARTLINT_LIBRARY, the link `cmake --install` puts beside
the modules, the path it records in _paths.py, then ctypes.util.find_library; and a clear
ImportError when there is none."""
import os
import shutil
import subprocess
import sys
import unittest

import cartlint
from cartlint import _library
from support import PREFIX, WORK

PACKAGE = os.path.dirname(os.path.abspath(cartlint.__file__))


def import_in_subprocess(package_parent, **env):
    """Imports cartlint from package_parent in a fresh interpreter; (exit code, what it printed)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("CARTLINT_LIBRARY", "PYTHONPATH")}
    environ.update(env, PYTHONPATH=package_parent)
    done = subprocess.run([sys.executable, "-c", "import cartlint, sys; print(cartlint.__file__); print(cartlint._lib._name)"],
                          env=environ, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


class Locate(unittest.TestCase):
    def test_the_install_links_the_library_beside_the_package(self):
        links = [f for f in os.listdir(PACKAGE) if f.startswith("libcartlint.so.")]
        self.assertEqual(len(links), 1, os.listdir(PACKAGE))
        link = os.path.join(PACKAGE, links[0])
        self.assertTrue(os.path.islink(link))
        self.assertFalse(os.path.isabs(os.readlink(link)), "a relative link keeps a moved prefix working")
        self.assertTrue(os.path.realpath(link).startswith(os.path.realpath(PREFIX) + os.sep))
        self.assertEqual(os.path.realpath(cartlint._lib._name), os.path.realpath(link))

    def test_the_install_records_the_library(self):
        from cartlint import _paths
        self.assertTrue(os.path.isabs(_paths.LIBRARY))
        self.assertTrue(os.path.exists(_paths.LIBRARY))
        self.assertEqual(os.path.realpath(_paths.LIBRARY), os.path.realpath(cartlint._lib._name))

    def copy_package(self, name, keep_link, keep_paths):
        target = os.path.join(WORK, "moved", name)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(PACKAGE, os.path.join(target, "cartlint"), symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
        for f in os.listdir(os.path.join(target, "cartlint")):
            if (f.startswith("libcartlint") and not keep_link) or (f == "_paths.py" and not keep_paths):
                os.remove(os.path.join(target, "cartlint", f))
        return target

    def test_a_moved_package_uses_the_recorded_path(self):
        parent = self.copy_package("recorded", keep_link=True, keep_paths=True)  # the relative link now dangles
        code, out = import_in_subprocess(parent)
        self.assertEqual(code, 0, out)
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith(parent), out)
        from cartlint import _paths
        self.assertEqual(lines[1], _paths.LIBRARY)

    def test_the_environment_variable_wins(self):
        parent = self.copy_package("environment", keep_link=False, keep_paths=False)
        library = os.path.realpath(cartlint._lib._name)
        code, out = import_in_subprocess(parent, CARTLINT_LIBRARY=library)
        self.assertEqual(code, 0, out)
        self.assertEqual(out.splitlines()[1], library)

    def test_a_wrong_environment_variable_is_an_import_error(self):
        parent = self.copy_package("environment", keep_link=True, keep_paths=True)
        code, out = import_in_subprocess(parent, CARTLINT_LIBRARY="/nonexistent/libcartlint.so.0")
        self.assertNotEqual(code, 0)
        self.assertIn("ImportError: cartlint: CARTLINT_LIBRARY=/nonexistent/libcartlint.so.0 cannot be loaded", out)

    def test_the_order_of_the_places(self):
        parent = self.copy_package("order", keep_link=False, keep_paths=False)
        package = os.path.join(parent, "cartlint")
        library = os.path.realpath(cartlint._lib._name)
        places = lambda recorded, found: [o for o, _ in _library.candidates(package, recorded, lambda name: found)]
        self.assertEqual(places(None, None), [])
        self.assertEqual(places(library, "libcartlint.so.0.1"), ["recorded at install", "ctypes.util.find_library"])
        self.assertEqual(places("/gone/libcartlint.so.0.1", None), [])  # a record of a removed install is skipped
        os.symlink(library, os.path.join(package, os.path.basename(library)))
        self.assertEqual(places(library, None), ["beside the package", "recorded at install"])

    def test_nothing_found_is_a_clear_import_error(self):
        package = os.path.join(self.copy_package("nothing", keep_link=False, keep_paths=False), "cartlint")
        with self.assertRaises(ImportError) as raised:
            _library.locate(environ={}, package_dir=package, recorded=None, find_library=lambda name: None)
        message = str(raised.exception)
        self.assertIn("libcartlint was not found", message)
        self.assertIn(package, message)
        self.assertIn("CARTLINT_LIBRARY", message)

    def test_a_library_that_is_not_cartlint_is_refused(self):
        libc = _library.ctypes.CDLL(None)
        with self.assertRaisesRegex(ImportError, "has no cartlint_version"):
            _library.declare(libc)


if __name__ == "__main__":
    unittest.main()
