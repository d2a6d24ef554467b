"""Exercise 5, done right: collect the whole reply, print only what follows the blank line."""

import socket
from urllib.parse import urlparse


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
    reply = b""
    try:
        with socket.create_connection((host, port), timeout=10) as conn:
            conn.sendall(("GET " + (parts.path or "/") + " HTTP/1.0\r\n\r\n").encode())
            while True:
                data = conn.recv(512)
                if len(data) < 1:
                    break
                reply = reply + data
    except OSError as e:
        print("Could not fetch", url, "-", e)
        return 1
    end = reply.find(b"\r\n\r\n")
    print(reply[end + 4:].decode(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
