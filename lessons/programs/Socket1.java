// Socket1.java - the simplest web browser in Java: one socket, one request, print what comes back.
//
// Usage:
//     java Socket1.java [HOST PORT]
//
//     HOST PORT   where to connect (default data.pr4e.org 80); wiretutor's
//                 `run` adds the built-in mirror's address here for you
//
// The request names the document by its full URL on data.pr4e.org:
//     GET http://data.pr4e.org/romeo.txt HTTP/1.0
// HOST and PORT only say which machine to dial.

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class Socket1 {
    public static void main(String[] args) {
        String host = "data.pr4e.org";
        int port = 80;
        if (args.length == 2 && args[1].matches("\\d+")) {
            host = args[0];
            port = Integer.parseInt(args[1]);
        } else if (args.length != 0) {
            System.out.println("usage: java Socket1.java [HOST PORT]");
            System.exit(2);
        }

        // Every line ends with \r\n; the empty line at the end says "that's my whole request".
        String request = "GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n\r\n";
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream toServer = socket.getOutputStream();
            toServer.write(request.getBytes(StandardCharsets.US_ASCII));   // bytes, not a String
            toServer.flush();

            InputStream fromServer = socket.getInputStream();
            byte[] buffer = new byte[512];
            while (true) {
                int n = fromServer.read(buffer);     // up to 512 bytes; -1 when the server closes
                if (n == -1) {
                    break;
                }
                out.print(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (java.net.UnknownHostException e) {
            System.out.println("Could not find the host " + host + " (no network, or a typo in the name?)");
            System.exit(1);
        } catch (IOException e) {
            System.out.println("Could not talk to " + host + " port " + port + " - " + e.getMessage());
            System.exit(1);
        }
    }
}
