"""urlwords.py - read a document through urllib, line by line, and count its words.

Usage:
    python3 urlwords.py [--raw] [URL]

    --raw   print each line exactly as urllib hands it over, as bytes, and
            count nothing
    URL     what to read (default http://data.pr4e.org/romeo.txt)

urlopen gives back an object you can loop over like an open file. Each turn
of the loop is one line of the body, as bytes, with its \\n still on the end;
decode() turns those bytes into text before the words are split apart.
"""

import sys
import urllib.error
import urllib.request


def main():
    args = sys.argv[1:]
    raw = "--raw" in args
    if raw:
        args.remove("--raw")
    if len(args) > 1:
        print("usage: python3 urlwords.py [--raw] [URL]")
        return 2
    url = args[0] if args else "http://data.pr4e.org/romeo.txt"

    counts = {}
    try:
        with urllib.request.urlopen(url, timeout=30) as page:
            for line in page:                   # bytes, such as b'But soft ...\n'
                if raw:
                    print(line)                 # the bytes as Python shows them
                    continue
                for word in line.decode().split():
                    counts[word] = counts.get(word, 0) + 1
    except urllib.error.HTTPError as e:         # the server answered, but not with 2xx
        print("The server answered", e.code, e.reason, "for", url)
        return 1
    except urllib.error.URLError as e:          # no answer at all
        print("Could not fetch", url, "-", e.reason)
        return 1
    except UnicodeDecodeError:
        print("The body of", url, "is not UTF-8 text, so its words cannot be counted.")
        return 1
    except (OSError, ValueError) as e:
        print("Could not fetch", url, "-", e)
        return 1

    if raw:
        return 0

    # most frequent first; words used equally often in alphabetical order;
    # four to a row, so that a short poem's counts fit on one screen
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    cells = [f"{n:4}  {word:<10}" for word, n in ranked]
    for row in range(0, len(cells), 4):
        print("".join(cells[row:row + 4]).rstrip())
    print(sum(counts.values()), "words,", len(counts), "different")
    return 0


if __name__ == "__main__":
    sys.exit(main())
