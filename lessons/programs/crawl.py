"""crawl.py - a small crawler: fetch a page, find its links, fetch those too.

Usage:
    python3 crawl.py [--forget] [URL]

    --forget    keep no record of the pages already seen, to watch it loop
    URL         where to start (default http://data.pr4e.org/page1.htm)

It follows links on the start page's own host only, looks for links in HTML
pages only, and stops after LIMIT fetches whatever happens, so even a crawl
that goes round in circles comes to an end.
"""

import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlparse

LIMIT = 10


class LinkFinder(HTMLParser):
    """Collects the href of every <a> tag; html.parser hands over names in lowercase."""

    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value is not None:
                    self.hrefs.append(value)


def main():
    args = sys.argv[1:]
    remember = "--forget" not in args
    if not remember:
        args.remove("--forget")
    if len(args) > 1:
        print("usage: python3 crawl.py [--forget] [URL]")
        return 2
    start = args[0] if args else "http://data.pr4e.org/page1.htm"
    host = urlparse(start).netloc

    waiting = [start]       # URLs to fetch, oldest first
    seen = {start}          # every URL ever put in the queue
    fetched = 0
    while waiting:
        if fetched == LIMIT:
            print("Stopped at the limit of", LIMIT, "fetches, with", len(waiting), "more in the queue.")
            return 1
        url = waiting.pop(0)
        fetched += 1
        try:
            with urllib.request.urlopen(url, timeout=30) as reply:
                kind = reply.headers.get_content_type()
                charset = reply.headers.get_content_charset() or "utf-8"
                body = reply.read()
                base = reply.url
        except urllib.error.HTTPError as e:
            print(f"{fetched:3}  {url}  ({e.code} {e.reason})")
            continue
        except urllib.error.URLError as e:
            print("Could not fetch", url, "-", e.reason)
            return 1
        except (OSError, ValueError) as e:
            print("Could not fetch", url, "-", e)
            return 1
        print(f"{fetched:3}  {url}  ({kind}, {len(body)} bytes)")
        if kind != "text/html":
            continue                        # a poem or a picture has no links to follow

        finder = LinkFinder()
        finder.feed(body.decode(charset, errors="replace"))
        for href in finder.hrefs:
            link = urldefrag(urljoin(base, href)).url      # whole URL, without any #part
            if urlparse(link).netloc != host:
                continue                    # another site: not this crawl's business
            if remember:
                if link in seen:
                    continue
                seen.add(link)
            waiting.append(link)

    print("Fetched", fetched, "URL" + ("" if fetched == 1 else "s") + "; no links left to follow.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
