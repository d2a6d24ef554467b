"""urlregex.py - find the links in a page with a regular expression.

Usage:
    python3 urlregex.py [URL]

    URL     the page to search (default http://data.pr4e.org/page1.htm)

The pattern finds href=" followed by http:// or https://, and keeps what
comes after it up to the next double quote. It searches the page's bytes
as they arrived, so nothing has to be decoded first. It is quick and short,
and it knows nothing about HTML: lesson 13 shows what it misses.
"""

import re
import sys
import urllib.error
import urllib.request

LINK = re.compile(rb'href="(http[s]?://.*?)"')     # rb'': a pattern for bytes


def main():
    args = sys.argv[1:]
    if len(args) > 1:
        print("usage: python3 urlregex.py [URL]")
        return 2
    url = args[0] if args else "http://data.pr4e.org/page1.htm"

    try:
        with urllib.request.urlopen(url, timeout=30) as reply:
            page = reply.read()
    except urllib.error.HTTPError as e:
        print("The server answered", e.code, e.reason, "for", url)
        return 1
    except urllib.error.URLError as e:
        print("Could not fetch", url, "-", e.reason)
        return 1
    except (OSError, ValueError) as e:
        print("Could not fetch", url, "-", e)
        return 1

    found = LINK.findall(page)
    for link in found:
        print(link.decode(errors="replace"))
    print("Found", len(found), "link" + ("" if len(found) == 1 else "s"), "in", len(page), "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
