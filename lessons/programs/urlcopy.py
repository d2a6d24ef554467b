"""urlcopy.py - download a file with urllib, a block at a time, and save it.

Usage:
    python3 urlcopy.py [--all] [BLOCK] [URL]

    --all   read the whole body with one read() instead of in blocks
    BLOCK   how many bytes to ask for with each read (default 100000)
    URL     what to download (default http://data.pr4e.org/cover3.jpg)

The file is saved in the current folder under the last part of the URL's
path. Reading in blocks means only one block is ever held in memory, however
large the file; read() with no size holds the whole file at once.
"""

import os
import sys
import urllib.error
import urllib.parse
import urllib.request


def main():
    args = sys.argv[1:]
    whole = "--all" in args
    if whole:
        args.remove("--all")
    block_size = 100000
    if args and args[0].isdigit():
        block_size = int(args.pop(0))
    elif args and args[0][:1].isdigit() and "".join(c for c in args[0] if c not in ",._").isdigit():
        # 10,000 is a number to a person, not to int(): say how to write it
        digits = "".join(c for c in args[0] if c not in ",._")
        print("Write the block size as digits alone: " + digits + ", not " + args[0] + ".")
        print("usage: python3 urlcopy.py [--all] [BLOCK] [URL]")
        return 2
    if len(args) > 1 or block_size < 1:
        print("usage: python3 urlcopy.py [--all] [BLOCK] [URL]")
        return 2
    url = args[0] if args else "http://data.pr4e.org/cover3.jpg"
    name = os.path.basename(urllib.parse.urlparse(url).path) or "download"

    total = 0       # bytes saved so far
    reads = 0       # how many pieces the body came in
    biggest = 0     # the largest piece held in memory at one time
    try:
        with urllib.request.urlopen(url, timeout=30) as reply, open(name, "wb") as out:
            while True:
                piece = reply.read() if whole else reply.read(block_size)
                if len(piece) < 1:          # an empty read: the body is over
                    break
                reads += 1
                total += len(piece)
                biggest = max(biggest, len(piece))
                print("read", reads, "gave", len(piece), "bytes")
                out.write(piece)            # "wb": the bytes go to disk unchanged
    except urllib.error.HTTPError as e:
        print("The server answered", e.code, e.reason, "for", url)
        return 1
    except urllib.error.URLError as e:
        print("Could not fetch", url, "-", e.reason)
        return 1
    except (OSError, ValueError) as e:
        print("Could not fetch or save", url, "-", e)
        return 1

    print("Saved", total, "bytes to", name, "in", reads, "read" + ("" if reads == 1 else "s"))
    print("The most held in memory at once:", biggest, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
