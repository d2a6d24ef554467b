"""socket2.py - socket1.py with options: ask for any document, show where the pieces break.

Usage:
    python3 socket2.py [--lines] [PATH] [HOST PORT]

    --lines     print each piece with print(piece), which adds a newline after
                every piece: watch words break where a 512-byte piece ends
    PATH        the document to ask for, starting with "/" (default /romeo.txt)
    HOST PORT   where to connect (default data.pr4e.org 80); under wiretutor's
                `run`, data.pr4e.org port 80 leads to the built-in mirror

The request always names the document by its full URL on data.pr4e.org,
for example GET http://data.pr4e.org/romeo.txt HTTP/1.0. HOST and PORT only
say which machine to dial, so the mirror can stand in for the real server.
"""

import socket
import sys


def main():
    args = sys.argv[1:]

    # Take the options out of the list one by one; whatever is left must be HOST PORT.
    lines = False
    if "--lines" in args:
        args.remove("--lines")
        lines = True
    path = "/romeo.txt"
    if args and args[0].startswith("/"):
        path = args.pop(0)
    host, port = "data.pr4e.org", 80
    if len(args) == 2 and args[1].isdigit():
        host, port = args[0], int(args[1])
    elif len(args) == 1 and not args[0].startswith("-"):
        # a path written without its slash, such as clown.txt: say how to write it
        print("A path starts with a slash: /" + args[0] + ", not " + args[0] + ".")
        print("usage: python3 socket2.py [--lines] [PATH] [HOST PORT]")
        return 2
    elif args:
        print("usage: python3 socket2.py [--lines] [PATH] [HOST PORT]")
        return 2

    # HTTP wants every line to end with \r\n, and an empty line to end the request.
    request = "GET http://data.pr4e.org" + path + " HTTP/1.0\r\n\r\n"

    try:
        conn = socket.create_connection((host, port), timeout=30)
    except OSError as e:
        print("Could not connect to", host, "port", port, "-", e.strerror or e)
        return 1

    with conn:
        # A socket carries bytes, not text: encode the string before sending it.
        conn.sendall(request.encode())

        pieces = 0
        while True:
            try:
                data = conn.recv(512)      # at most 512 bytes; often fewer
            except OSError as e:
                print("\nThe connection failed while reading -", e)
                return 1
            if len(data) < 1:              # b"" means the server closed: the reply is over
                break
            pieces += 1
            piece = data.decode(errors="replace")
            if lines:
                print(piece)               # adds a newline after every piece
            else:
                print(piece, end="")       # prints the bytes just as they came

    if lines:
        print("(" + str(pieces) + " pieces: each print() added a newline where a piece ended)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
