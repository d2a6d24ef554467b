"""Exercise 3 with http.client: a library, even though it sends no User-Agent of its own."""

import http.client
from urllib.parse import urlparse


def main():
    url = input("Enter URL: ").strip()
    parts = urlparse(url)
    try:
        conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=10)
        conn.request("GET", parts.path or "/")
        data = conn.getresponse().read()
        conn.close()
    except (ValueError, OSError, http.client.HTTPException) as e:
        print("Could not fetch", url, "-", e)
        return 1
    text = data.decode()
    print(text[:3000])
    print("Characters in the document:", len(text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
