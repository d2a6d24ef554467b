"""Bad: exercise 3 asks for a library, but this still writes the request by hand."""

import socket
from urllib.parse import urlparse

url = input("Enter URL: ").strip()
parts = urlparse(url)
count = 0
shown = ""
try:
    with socket.create_connection((parts.hostname, parts.port or 80), timeout=10) as conn:
        conn.sendall(("GET " + parts.path + " HTTP/1.0\r\n\r\n").encode())
        while True:
            data = conn.recv(512)
            if not data:
                break
            count += len(data)
            if len(shown) < 3000:
                shown += data.decode()[:3000 - len(shown)]
except OSError as e:
    print("Could not fetch", url, "-", e)
print(shown)
print("Characters:", count)
