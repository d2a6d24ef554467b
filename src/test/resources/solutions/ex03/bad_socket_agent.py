"""Bad: a socket that dresses its request up as a library's (HTTP/1.1 and a User-Agent), still written by hand."""

import socket
from urllib.parse import urlparse

url = input("Enter URL: ").strip()
parts = urlparse(url)
reply = b""
with socket.create_connection((parts.hostname, parts.port or 80), timeout=10) as conn:
    conn.sendall(("GET " + parts.path + " HTTP/1.1\r\nHost: " + parts.hostname + "\r\nUser-Agent: me\r\n"
                  + "Connection: close\r\n\r\n").encode())
    while True:
        data = conn.recv(512)
        if not data:
            break
        reply += data
text = reply[reply.find(b"\r\n\r\n") + 4:].decode()
print(text[:3000])
print("Characters in the document:", len(text))
