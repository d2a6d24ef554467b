"""Exercise 4, done right: fetch the page and count its <p> tags (not <pre>, not <span>)."""

import urllib.error
import urllib.request


def main():
    url = input("Enter URL: ").strip()
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            html = reply.read().decode()
    except (ValueError, urllib.error.URLError, OSError) as e:
        print("Could not fetch", url, "-", e)
        return 1
    print("Paragraphs:", html.count("<p>"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
