"""Exercise 11, done right with a regular expression: follow the link at a position, count times."""

import re
import urllib.error
import urllib.parse
import urllib.request


def main():
    url = input("Enter URL: ").strip()
    count = int(input("Enter count: "))
    position = int(input("Enter position: "))
    name = None
    try:
        print("Retrieving:", url)
        for _ in range(count):
            html = urllib.request.urlopen(url, timeout=10).read().decode()
            links = re.findall(r'<a href="([^"]*)">([^<]*)</a>', html)
            href, name = links[position - 1]
            url = urllib.parse.urljoin(url, href)
            print("Retrieving:", url)
    except (ValueError, urllib.error.URLError, OSError, IndexError) as e:
        print("Could not follow the links -", e)
        return 1
    print("Last name:", name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
