"""Runs the real app headless on a store and reports, as one JSON line:
seconds from process start to the first screen with data, keystroke-to-
updated-list times in the entity search, and the process's peak RSS.

    python -m benchmarks.app_probe STORE START_EPOCH [PREFIX ...]

START_EPOCH is time.time() taken by the parent just before it started
this process, so the first-screen figure includes interpreter start-up
and imports, as a user would see them.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time


async def probe(store: str, start: float, prefixes: list[str]) -> dict:
    from tui.app import make_app
    from tui.paged_list import PagedList

    app = make_app(store)
    result: dict = {}
    async with app.run_test(size=(120, 40)) as pilot:
        while True:
            await pilot.pause()
            screen = app.screen
            try:
                docs = screen.query_one("#documents", PagedList)
                ents = screen.query_one("#entities", PagedList)
            except Exception:
                continue
            if docs.count is not None and ents.count is not None and (docs.count == 0 or docs.row(0)):
                break
        result["first_screen_s"] = time.time() - start
        keystrokes = []
        await pilot.press("e")
        entities = app.screen.query_one("#entities", PagedList)
        for prefix in prefixes:
            for ch in prefix:
                t0 = time.perf_counter()
                await pilot.press(ch)
                await app.workers.wait_for_complete()
                await pilot.pause()
                # from the key to the moment the list held the new rows
                keystrokes.append(entities.loaded_at - t0)
            for _ in prefix:
                await pilot.press("backspace")
            await app.workers.wait_for_complete()
            await pilot.pause()
        result["keystroke_ms"] = [k * 1000 for k in keystrokes]
        docs = app.screen.query_one("#documents", PagedList)
        docs.focus()
        for _ in range(20):  # scroll through the virtual list
            await pilot.press("pagedown")
        await app.workers.wait_for_complete()
        await pilot.pause()
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries the
    parent's high-water mark into ru_maxrss across fork and exec, so a big
    benchmark parent would be counted as the app's memory."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    store, start, *prefixes = sys.argv[1:]
    print(json.dumps(asyncio.run(probe(store, float(start), prefixes))))


if __name__ == "__main__":
    main()
