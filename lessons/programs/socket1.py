# socket1.py - the simplest web browser: connect, ask for one document, print what comes back.
import socket

conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)   # a TCP socket (the kind the web uses)
conn.connect(('data.pr4e.org', 80))                        # the `open`: host and port
request = 'GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n\r\n'   # request line, then the blank line
conn.send(request.encode())                                # a socket carries bytes, not text

while True:
    data = conn.recv(512)          # up to 512 bytes; b'' once the server has closed
    if len(data) < 1:
        break
    print(data.decode(), end='')   # end='' because the reply brings its own line breaks

conn.close()
