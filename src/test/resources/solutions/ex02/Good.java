import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Exercise 2, done right in Java: show the first 3000 characters, keep reading, print the total received. */
public class Good {
    static final int LIMIT = 3000;

    public static void main(String[] args) throws IOException {
        System.out.print("Enter URL: ");
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        URI url;
        try {
            url = new URI(line == null ? "" : line.strip());
        } catch (URISyntaxException e) {
            System.out.println("Not a URL: " + line);
            return;
        }
        if (url.getHost() == null) {
            System.out.println("Not an http:// URL: " + line);
            return;
        }
        int port = url.getPort() < 0 ? 80 : url.getPort();
        long count = 0;
        int shown = 0;
        try (Socket socket = new Socket(url.getHost(), port)) {
            socket.getOutputStream().write(("GET " + url.getRawPath() + " HTTP/1.0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[512];
            int n;
            while ((n = in.read(buffer)) > 0) {
                count += n;
                int show = Math.min(n, LIMIT - shown);
                if (show > 0) {
                    System.out.write(buffer, 0, show);
                    shown += show;
                }
            }
        } catch (IOException e) {
            System.out.println("Could not fetch " + line + ": " + e);
            return;
        }
        System.out.println();
        System.out.println("Characters received: " + count);
    }
}
