"""Bad: no error handling at all, so a malformed URL ends in a traceback."""

import socket

url = input("Enter URL: ").strip()
host_port = url.split("/")[2]
host, _, port = host_port.partition(":")
path = "/" + url.split("/", 3)[3]
conn = socket.create_connection((host, int(port or 80)))
conn.sendall(("GET " + path + " HTTP/1.0\r\n\r\n").encode())
while True:
    data = conn.recv(512)
    if len(data) < 1:
        break
    print(data.decode(), end="")
conn.close()
