import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Exercise 1, done right in Java: ask for the URL, dial its host and port, print the reply as it comes. */
public class Good {
    public static void main(String[] args) throws IOException {
        System.out.print("Enter URL: ");
        System.out.flush();
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        URI url;
        try {
            url = new URI(line == null ? "" : line.strip());
        } catch (URISyntaxException e) {
            System.out.println("That does not look like a URL: " + line);
            return;
        }
        if (!"http".equals(url.getScheme()) || url.getHost() == null) {
            System.out.println("That does not look like an http:// URL: " + line);
            return;
        }
        int port = url.getPort() < 0 ? 80 : url.getPort();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        try (Socket socket = new Socket(url.getHost(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + url.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[512];
            int n;
            while ((n = in.read(buffer)) > 0) {
                System.out.write(buffer, 0, n);
            }
            System.out.flush();
        } catch (IOException e) {
            System.out.println("Could not fetch " + line + ": " + e);
        }
    }
}
