"""Exercise 10, done right with a regular expression: add up the numbers in the comments spans."""

import re
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
    numbers = [int(n) for n in re.findall(r'<span class="comments">(\d+)</span>', html)]
    print("Count", len(numbers))
    print("Sum", sum(numbers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
