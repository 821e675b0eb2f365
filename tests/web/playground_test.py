#!/usr/bin/env python3
"""The playground (web/) in a real browser: headless Chromium driven by Selenium loads the page
from a static server on 127.0.0.1, and the docs' "Update a cart" request body (the seed page's, as
corpus/docs/en-request-body.json holds it verbatim) is pasted into it. Then:
  - the findings listed are the command's (`cartlint --format json`, same context): rule, line, column;
  - each is underlined in the editor on its line (the mark's text position and where it is drawn);
  - "Apply all fixes" leaves valid JSON, byte for byte what `cartlint --fix` writes;
  - one finding's Fix button changes just that finding's span;
  - the permalink, opened afresh, brings back the payload, its context and the same findings;
  - with the server gone, the page still loads and lints (its offline copy).
A screenshot of the findings is saved as the test's artefact: <work>/playground.png.
Environment (tests/wasm/run_wasm_test.py): CARTLINT_WEB (the built page), CARTLINT_CLI,
CARTLINT_SOURCE, CARTLINT_WORK.
"""
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WEB = os.environ["CARTLINT_WEB"]
CLI = os.environ["CARTLINT_CLI"]
SOURCE = os.environ["CARTLINT_SOURCE"]
WORK = os.environ["CARTLINT_WORK"]
SAMPLE = os.path.join(SOURCE, "corpus", "docs", "en-request-body.json")
CONTEXT = ["--customer-country", "DE", "--provider-id", "873452"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}", flush=True)


def cli_report(path):
    done = subprocess.run([CLI, "--no-config", "--format", "json", *CONTEXT, path], capture_output=True)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["files"][0]["diagnostics"]


def cli_fixed(path):
    copy = os.path.join(WORK, "fixed.json")
    shutil.copyfile(path, copy)
    subprocess.run([CLI, "--no-config", "--fix", *CONTEXT, copy], capture_output=True)
    with open(copy, encoding="utf-8") as f:
        return f.read()


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                      ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json"}

    def log_message(self, *args):
        pass


def serve():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=WEB))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,860",
                 "--hide-scrollbars", "--no-first-run", "--disable-extensions", f"--user-data-dir={os.path.join(WORK, 'profile')}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def wait_ready(driver):
    WebDriverWait(driver, 60).until(
        lambda d: d.execute_script("return document.getElementById('status').dataset.state") in ("ready", "error"))
    state = driver.execute_script("return document.getElementById('status').dataset.state")
    assert state == "ready", driver.find_element(By.ID, "status").text


def paste(driver, text):
    """What pasting does to the text area: its text replaced through the editing commands, which
    fire the input event the page listens to."""
    driver.execute_script("""
        const area = document.getElementById('payload');
        area.focus(); area.select();
        document.execCommand('insertText', false, arguments[0]);""", text)


def listed(driver, count):
    WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#findings li")) == count)
    return driver.execute_script("""
        return [...document.querySelectorAll('#findings li')].map(li =>
          ({rule: li.dataset.rule, line: +li.dataset.line, column: +li.dataset.column, text: li.textContent}));""")


# Where each finding's underline is: the line its text starts on in the editor's backdrop (the
# newlines before it) and the line it is drawn on (its top against the first line's).
UNDERLINES = """
    const highlights = document.getElementById('highlights');
    const style = getComputedStyle(highlights);
    const lineHeight = parseFloat(style.lineHeight), top = highlights.getBoundingClientRect().top + parseFloat(style.paddingTop);
    const out = {};
    for (const mark of highlights.querySelectorAll('mark')) {
      const before = document.createRange();
      before.setStart(highlights, 0);
      before.setEndBefore(mark);
      const textLine = before.toString().split('\\n').length;
      const drawnLine = Math.round((mark.getBoundingClientRect().top - top) / lineHeight) + 1;
      for (const i of mark.dataset.findings.split(' ')) (out[i] ??= []).push([textLine, drawnLine, mark.className]);
    }
    return out;"""


def main():
    os.makedirs(WORK, exist_ok=True)
    with open(SAMPLE, encoding="utf-8") as f:
        sample = f.read()
    want = cli_report(SAMPLE)
    assert len(want) > 5, "the sample has too few findings to test anything"
    server = serve()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    driver = browser()
    try:
        driver.get(url)
        wait_ready(driver)
        driver.find_element(By.ID, "customer-country").send_keys("DE")
        driver.find_element(By.ID, "provider-id").send_keys("873452")
        paste(driver, sample)

        # The command's findings, in its order, at its lines and columns.
        got = listed(driver, len(want))
        check([(g["rule"], g["line"], g["column"]) for g in got] == [(w["rule"], w["line"], w["column"]) for w in want],
              f"the page lists other findings than the command:\n  page:    {[(g['rule'], g['line'], g['column']) for g in got]}\n"
              f"  command: {[(w['rule'], w['line'], w['column']) for w in want]}")
        for g, w in zip(got, want):
            check(w["message"] in g["text"], f"finding {w['rule']} at {w['line']}: message not shown: {g['text']!r}")

        # Each underlined on its own line, in the text and on the screen.
        underlines = driver.execute_script(UNDERLINES)
        for i, w in enumerate(want):
            marks = underlines.get(str(i), [])
            check(marks, f"finding {i} ({w['rule']} at {w['line']}:{w['column']}) is not underlined")
            if marks:
                text_line, drawn_line, css = marks[0]
                check(text_line == w["line"], f"finding {i}'s underline starts on text line {text_line}, not {w['line']}")
                check(drawn_line == w["line"], f"finding {i}'s underline is drawn on line {drawn_line}, not {w['line']}")
                check(w["severity"] in css.split(), f"finding {i}'s underline is styled {css!r}, not as {w['severity']}")
        summary = driver.find_element(By.ID, "summary").text
        for severity in ("error", "warning", "info"):
            n = sum(w["severity"] == severity for w in want)
            check(f"{n} {severity}{'' if n == 1 else 's'}" in summary, f"the summary does not count {n} {severity}: {summary!r}")
        driver.save_screenshot(os.path.join(WORK, "playground.png"))

        # Apply all fixes: valid JSON, what cartlint --fix writes.
        driver.find_element(By.ID, "apply-all").click()
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.getElementById('payload').value") != sample)
        fixed = driver.execute_script("return document.getElementById('payload').value")
        check(fixed == cli_fixed(SAMPLE), f"'Apply all fixes' gave other text than cartlint --fix:\n{fixed}")
        try:
            json.loads(fixed)
        except ValueError as error:
            check(False, f"'Apply all fixes' left invalid JSON ({error}):\n{fixed}")
        check("valid JSON" in driver.find_element(By.ID, "status").text, "the status does not say the fixed text is valid JSON")
        driver.save_screenshot(os.path.join(WORK, "playground-fixed.png"))

        # The permalink: the payload and context, back in a fresh page.
        paste(driver, sample)
        listed(driver, len(want))
        driver.find_element(By.ID, "permalink").click()
        WebDriverWait(driver, 10).until(lambda d: "#" in d.current_url and len(d.current_url.split("#", 1)[1]) > 20)
        link = driver.current_url
        check("customerCountry=DE" in link and "providerId=873452" in link, f"the permalink lacks the context: {link}")
        driver.get("about:blank")
        driver.get(link)
        wait_ready(driver)
        check(driver.execute_script("return document.getElementById('payload').value") == sample,
              "the permalink did not bring the payload back as it was")
        again = listed(driver, len(want))
        check([(g["rule"], g["line"], g["column"]) for g in again] == [(w["rule"], w["line"], w["column"]) for w in want],
              "the permalink's page lists other findings")

        # One Fix button: only that finding's span changes (the command's edit, applied here by hand).
        first = next(i for i, w in enumerate(want) if w.get("fix", {}).get("safe") and w["rule"] == "quirk/property-case")
        data = sample.encode("utf-8")
        for edit in sorted(want[first]["fix"]["edits"], key=lambda e: -e["offset"]):
            data = data[:edit["offset"]] + edit["text"].encode("utf-8") + data[edit["offset"] + edit["length"]:]
        driver.find_elements(By.CSS_SELECTOR, "#findings li")[first].find_element(By.CSS_SELECTOR, "button.fix").click()
        listed(driver, len(want) - 1)
        check(driver.execute_script("return document.getElementById('payload').value") == data.decode("utf-8"),
              f"the Fix button of {want[first]['rule']} at {want[first]['line']} changed more than its span")

        # Offline: the server is gone, the page still loads from its copy and lints.
        WebDriverWait(driver, 30).until(lambda d: d.execute_script(
            "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller"))
        server.shutdown()
        server.server_close()
        driver.get(url)
        wait_ready(driver)
        paste(driver, sample)
        offline = listed(driver, len(want))
        check(len(offline) == len(want), "offline, the page did not lint")
    finally:
        driver.quit()

    if failures:
        print(f"FAILED: {len(failures)} checks", file=sys.stderr)
        sys.exit(1)
    print(f"the playground lists and underlines the command's {len(want)} findings, fixes them into valid JSON, "
          f"keeps them in a permalink and works offline; screenshot: {os.path.join(WORK, 'playground.png')}")


if __name__ == "__main__":
    main()
