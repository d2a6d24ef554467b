"""Bad: HTTP/1.1 with the Host header's name misspelled, so the server finds no Host."""

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
    path = parts.path or "/"

    try:
        conn = socket.create_connection((host, port), timeout=10)
    except OSError as e:
        print("Could not connect to", host, "port", port, "-", e)
        return 1
    with conn:
        conn.sendall(("GET " + path + " HTTP/1.1\r\nHots: " + host + "\r\n\r\n").encode())
        while True:
            data = conn.recv(512)
            if len(data) < 1:
                break
            print(data.decode(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
