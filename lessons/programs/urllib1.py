"""urllib1.py - fetch a document with urllib and print its lines.

Usage:
    python3 urllib1.py [--headers] [URL]

    --headers   also print the status and the headers urllib received
    URL         what to fetch (default http://data.pr4e.org/romeo.txt)

urllib writes the request, reads the status line and headers, and hands
back only the body. wiretutor's `run` sets http_proxy so the request goes
to the built-in mirror while the URL still says data.pr4e.org.
"""

import sys
import urllib.error
import urllib.request


def main():
    args = sys.argv[1:]
    show_headers = False
    if "--headers" in args:
        args.remove("--headers")
        show_headers = True
    url = "http://data.pr4e.org/romeo.txt"
    if len(args) == 1:
        url = args[0]
    elif args:
        print("usage: python3 urllib1.py [--headers] [URL]")
        return 2

    try:
        with urllib.request.urlopen(url, timeout=30) as reply:
            if show_headers:
                print(reply.status, reply.reason)
                for name, value in reply.getheaders():
                    print(name + ":", value)
                print()
            for line in reply:             # each line comes as bytes, \n included
                print(line.decode().rstrip())
    except urllib.error.HTTPError as e:     # the server answered, but not with 2xx
        print("The server answered", e.code, e.reason, "for", url)
        return 1
    except urllib.error.URLError as e:      # no answer at all: refused, no such host...
        print("Could not fetch", url, "-", e.reason)
        return 1
    except (OSError, ValueError) as e:
        print("Could not fetch", url, "-", e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
