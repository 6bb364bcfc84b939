#!/usr/bin/env bash
# Find or install Debian's Chromium for the HTML export test (tests/pipelines/test_html_browser.py).
# Never fails the build: where Chromium cannot be had, that test skips and says why.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser test (apt-get)…"
    if apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; then
        exit 0
    fi
    echo "could not install chromium with apt-get: the browser test will skip"
else
    echo "chromium not found and not root with apt-get: the browser test will skip (install Debian's chromium)"
fi
exit 0
