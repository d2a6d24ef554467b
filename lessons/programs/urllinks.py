"""urllinks.py - find the links in a page with an HTML parser.

Usage:
    python3 urllinks.py [--builtin] [URL]

    --builtin   use Python's own html.parser even if BeautifulSoup is installed
    URL         the page to read (default http://data.pr4e.org/page-links.htm)

A parser reads tags the way a browser does, so quotes, capital letters and
line breaks inside a tag make no difference. It uses BeautifulSoup when it
is installed (type python3 -m pip install beautifulsoup4 in a terminal to
install it) and html.parser, which comes with Python, when it is not. Each href is shown with the full URL that urljoin
makes of it, read from the address of the page it was found on.
"""

import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin


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


def hrefs_by_html_parser(html):
    finder = LinkFinder()
    finder.feed(html)
    finder.close()
    return finder.hrefs


def hrefs_by_beautifulsoup(html):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(html, "html.parser")
    return [tag.get("href") for tag in soup.find_all("a") if tag.get("href") is not None]


def have_beautifulsoup():
    try:
        import bs4  # noqa: F401
        return True
    except ImportError:
        return False


def main():
    args = sys.argv[1:]
    builtin = "--builtin" in args
    if builtin:
        args.remove("--builtin")
    if len(args) > 1:
        print("usage: python3 urllinks.py [--builtin] [URL]")
        return 2
    url = args[0] if args else "http://data.pr4e.org/page-links.htm"

    try:
        with urllib.request.urlopen(url, timeout=30) as reply:
            charset = reply.headers.get_content_charset() or "utf-8"
            html = reply.read().decode(charset, errors="replace")
            base = reply.url                # the page's own address, after any redirect
    except urllib.error.HTTPError as e:
        print("The server answered", e.code, e.reason, "for", url)
        return 1
    except urllib.error.URLError as e:
        print("Could not fetch", url, "-", e.reason)
        return 1
    except (OSError, ValueError, LookupError) as e:
        print("Could not fetch", url, "-", e)
        return 1

    if builtin:
        print("Parser: html.parser (asked for with --builtin)")
        hrefs = hrefs_by_html_parser(html)
    elif have_beautifulsoup():
        print("Parser: BeautifulSoup")
        hrefs = hrefs_by_beautifulsoup(html)
    else:
        print("Parser: html.parser, since BeautifulSoup is not installed.")
        print("(To install it, type in a terminal: python3 -m pip install beautifulsoup4)")
        hrefs = hrefs_by_html_parser(html)

    for href in hrefs:
        print(href, " -> ", urljoin(base, href))
    print("Found", len(hrefs), "link" + ("" if len(hrefs) == 1 else "s"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
