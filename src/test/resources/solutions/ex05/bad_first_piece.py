"""Bad: looks for the blank line only in the first piece received, then prints every later piece whole."""

import socket
from urllib.parse import urlparse

url = input("Enter URL: ").strip()
parts = urlparse(url)
with socket.create_connection((parts.hostname, parts.port or 80), timeout=10) as conn:
    conn.sendall(("GET " + parts.path + " HTTP/1.0\r\n\r\n").encode())
    first = conn.recv(512)
    end = first.find(b"\r\n\r\n")
    print(first[end + 4:].decode(), end="")
    while True:
        data = conn.recv(512)
        if not data:
            break
        print(data.decode(), end="")
