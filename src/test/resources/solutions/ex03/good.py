"""Exercise 3, done right: let urllib fetch it, show the first 3000 characters, print the document's size."""

import urllib.error
import urllib.request


def main():
    url = input("Enter URL: ").strip()
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            data = reply.read()
    except (ValueError, urllib.error.URLError, OSError) as e:
        print("Could not fetch", url, "-", e)
        return 1
    text = data.decode()
    print(text[:3000])
    print("Characters in the document:", len(text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
