"""Exercise 2, done right: show the first 3000 characters, keep reading, print the total received."""

import socket
from urllib.parse import urlparse

LIMIT = 3000


def main():
    url = input("Enter URL: ").strip()
    parts = urlparse(url)
    try:
        host, port = parts.hostname, parts.port or 80
    except ValueError:
        host, port = None, 0
    if parts.scheme != "http" or not host:
        print("That does not look like an http:// URL:", url)
        return 1
    try:
        conn = socket.create_connection((host, port), timeout=10)
    except OSError as e:
        print("Could not connect to", host, "-", e)
        return 1
    count = 0
    shown = 0
    with conn:
        conn.sendall(("GET " + (parts.path or "/") + " HTTP/1.0\r\n\r\n").encode())
        while True:
            data = conn.recv(512)
            if len(data) < 1:
                break
            count = count + len(data)
            if shown < LIMIT:
                piece = data[:LIMIT - shown].decode()
                print(piece, end="")
                shown = shown + len(piece)
    print()
    print("Characters received:", count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
