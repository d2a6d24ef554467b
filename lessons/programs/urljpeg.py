"""urljpeg.py - fetch a picture over a raw socket and save it as stuff.jpg.

Usage:
    python3 urljpeg.py [HOST PORT]

    HOST PORT   where to connect (default data.pr4e.org 80); wiretutor's
                `run` adds the built-in mirror's address here for you

It asks for http://data.pr4e.org/cover3.jpg, shows the size and timing of
every read, splits the reply at the blank line that ends the headers, and
writes the body (the JPEG itself) to stuff.jpg in the current folder.
"""

import socket
import sys
import time


def main():
    args = sys.argv[1:]
    host, port = "data.pr4e.org", 80
    if len(args) == 2 and args[1].isdigit():
        host, port = args[0], int(args[1])
    elif args:
        print("usage: python3 urljpeg.py [HOST PORT]")
        return 2

    request = b"GET http://data.pr4e.org/cover3.jpg HTTP/1.0\r\n\r\n"

    try:
        conn = socket.create_connection((host, port), timeout=30)
    except OSError as e:
        print("Could not connect to", host, "port", port, "-", e.strerror or e)
        return 1

    reply = b""                     # a picture is bytes, so collect bytes, never text
    reads = 0
    start = time.monotonic()
    with conn:
        conn.sendall(request)
        while True:
            try:
                data = conn.recv(5120)
            except OSError as e:
                print("The connection failed while reading -", e)
                return 1
            if len(data) < 1:
                break
            reads += 1
            elapsed = (time.monotonic() - start) * 1000
            print("read", len(data), "bytes at", round(elapsed, 1), "ms")
            reply = reply + data

    # The headers end at the first empty line: the four bytes \r\n\r\n.
    end = reply.find(b"\r\n\r\n")
    if end < 0:
        print("No blank line in the reply: could not find where the headers end.")
        return 1
    headers = reply[:end + 2]       # the status line and headers, each ending in \r\n
    body = reply[end + 4:]          # after the blank line, \r\n on its own

    print()
    print(headers.decode(errors="replace").rstrip())
    print()
    print(reads, "reads," if reads != 1 else "read,", len(reply), "bytes: headers", len(headers),
          "+ blank line 2 + body", len(body))

    try:
        with open("stuff.jpg", "wb") as f:   # "wb": write bytes, unchanged
            f.write(body)
    except OSError as e:
        print("Could not write stuff.jpg -", e.strerror or e)
        return 1
    print("Body of", len(body), "bytes saved to stuff.jpg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
