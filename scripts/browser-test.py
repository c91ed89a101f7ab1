#!/usr/bin/env python3
"""Browser test of `banhui serve` (docs/serve.md): Debian's chromium driven by Playwright.

On the zone's SVG chart: drags one name onto another and checks that the plan file holds the
swap and `banhui check` passes; swaps two more by keyboard; holds an empty seat from its context
menu (right click) and releases it from the keyboard's menu (Shift+F10), checking the file and
`check` each time; checks that an edit made outside the page reaches it within 2 s and that the
page asks no other host for anything. Saves the screenshot README shows.

Usage: scripts/browser-test.py --banhui .build/debug/banhui [--screenshot docs/serve.png]
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"), flush=True)


def wait_for(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--banhui", default=os.path.join(ROOT, ".build/debug/banhui"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshot")
    args = parser.parse_args()
    banhui = os.path.abspath(args.banhui)

    folder = tempfile.mkdtemp(prefix="banhui-browser-")
    for name in ("meeting.yaml", "roster.csv"):
        shutil.copy(os.path.join(ROOT, "examples/standing-committee", name), folder)
    plan = os.path.join(folder, "meeting.yaml")
    original = open(plan, encoding="utf-8").read()
    server = subprocess.Popen([banhui, "serve", "meeting.yaml", "--port", "0"], cwd=folder,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        check("serve prints its URL", url.startswith("http://127.0.0.1:") and "?token=" in url, url)
        base = url.split("/?")[0]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
            foreign = []
            page.on("request", lambda request: foreign.append(request.url) if not request.url.startswith(base) else None)
            page.goto(url)
            seat = lambda person: f'#zones svg g.seat[data-person="{person}"][tabindex]'
            page.wait_for_selector(seat("H020"), timeout=10000)
            revision = page.evaluate("document.body.dataset.revision")
            check("the chart is the zone's SVG with focusable, labelled seats",
                  page.locator(seat("H020")).evaluate("g => g.ownerSVGElement !== null && g.getAttribute('role') === 'button' && g.getAttribute('aria-label').includes('H020')"))

            # Drag one name onto another on the chart: a swap written into the plan.
            page.drag_and_drop(seat("H020"), seat("H030"))
            wrote = wait_for(lambda: "[H020, H030]" in open(plan, encoding="utf-8").read(), 5)
            check("drag writes the swap into the plan", wrote, open(plan, encoding="utf-8").read()[-400:])
            edited = open(plan, encoding="utf-8").read()
            check("only the swap line changed",
                  edited == original.replace("swap: [[H016, H017]]", "swap: [[H016, H017], [H020, H030]]"))
            checked = subprocess.run([banhui, "check", "meeting.yaml"], cwd=folder, capture_output=True, text=True)
            check("banhui check passes after the drag", checked.returncode == 0, checked.stderr)
            check("the page shows the new revision",
                  wait_for(lambda: page.evaluate("document.body.dataset.revision") != revision, 3))

            # Keyboard: select a name, then another seat's name.
            page.wait_for_selector(seat("H041"))
            page.focus(seat("H041"))
            page.keyboard.press("Enter")
            explained = wait_for(lambda: "H041" in page.inner_text("#explain"), 3)
            check("selecting a name shows its --explain sentence", explained, page.inner_text("#explain"))
            page.focus(seat("H042"))
            page.keyboard.press("Enter")
            check("keyboard swap is written", wait_for(lambda: "[H041, H042]" in open(plan, encoding="utf-8").read(), 5))
            page.wait_for_function(f"document.body.dataset.revision && document.querySelector('{seat('H041')}') !== null")

            # The seat menu: right click an empty seat, 保留此座; then Shift+F10 on it, 取消保留.
            empty = page.locator('#zones svg g.seat.empty[data-row][tabindex]').first
            row, number = empty.get_attribute("data-row"), empty.get_attribute("data-seat")
            before_hold = open(plan, encoding="utf-8").read()
            empty.click(button="right")
            page.wait_for_selector("#menu:not([hidden])")
            page.click('#menu [role="menuitem"]:has-text("保留此座")')
            held = f"{{row: {row}, seat: {number}}}"
            check(f"the context menu holds seat {row}-{number}",
                  wait_for(lambda: held in open(plan, encoding="utf-8").read(), 5), open(plan, encoding="utf-8").read()[-600:])
            checked = subprocess.run([banhui, "check", "meeting.yaml"], cwd=folder, capture_output=True, text=True)
            check("banhui check passes after the hold", checked.returncode == 0, checked.stderr)
            held_seat = f'#zones svg g.seat.held[data-row="{row}"][data-seat="{number}"]'
            page.wait_for_selector(held_seat)
            page.focus(held_seat)
            page.keyboard.press("Shift+F10")
            page.wait_for_selector("#menu:not([hidden])")
            check("Shift+F10 opens the menu with 取消保留 first, focused",
                  page.evaluate("document.activeElement.getAttribute('role') === 'menuitem' && document.activeElement.textContent") == "取消保留")
            page.keyboard.press("Enter")
            check("the keyboard menu releases it: the file is as before the hold",
                  wait_for(lambda: open(plan, encoding="utf-8").read() == before_hold, 5))

            # The screenshot: the top of the page, a person on the rostrum selected, their seat menu open.
            page.wait_for_selector(seat("L3"))
            page.evaluate("window.scrollTo(0, 0)")
            page.click(seat("L3"))
            page.locator(seat("L3")).click(button="right")
            page.wait_for_selector("#menu:not([hidden])")
            page.wait_for_timeout(300)
            if args.screenshot:
                page.screenshot(path=args.screenshot)
            page.keyboard.press("Escape")

            # An edit made elsewhere reaches the page within 2 s.
            before = page.evaluate("document.body.dataset.revision")
            with open(plan, "a", encoding="utf-8") as handle:
                handle.write("# 在编辑器里改过\n")
            started = time.monotonic()
            arrived = wait_for(lambda: page.evaluate("document.body.dataset.revision") != before, 2)
            check(f"an external edit reaches the page within 2 s ({time.monotonic() - started:.2f} s)", arrived)

            # An invalid plan: the errors show, the last good chart stays greyed.
            with open(plan, "a", encoding="utf-8") as handle:
                handle.write("bogus_key: 1\n")
            stale = wait_for(lambda: page.evaluate("document.getElementById('zones').classList.contains('stale')"), 2)
            check("an invalid plan greys the last good chart under its errors",
                  stale and "PLAN002" in page.inner_text("#diagnostics") and page.locator(seat("H020")).count() == 1)
            check("the page asked no other host", not foreign, foreign)
            browser.close()
    finally:
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=10)
    check("SIGINT stops the server with exit 0", code == 0, code)
    shutil.rmtree(folder, ignore_errors=True)
    passed = sum(results)
    print(f"browser: {passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
