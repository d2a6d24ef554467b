import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Exercise 5, done right in Java: collect the whole reply, print only what follows the blank line. */
public class Good {
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
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Socket socket = new Socket(url.getHost(), url.getPort() < 0 ? 80 : url.getPort())) {
            socket.getOutputStream().write(("GET " + url.getRawPath() + " HTTP/1.0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().transferTo(all);
        } catch (IOException e) {
            System.out.println("Could not fetch " + line + ": " + e);
            return;
        }
        byte[] reply = all.toByteArray();
        for (int i = 0; i + 3 < reply.length; i++) {
            if (reply[i] == '\r' && reply[i + 1] == '\n' && reply[i + 2] == '\r' && reply[i + 3] == '\n') {
                System.out.write(reply, i + 4, reply.length - i - 4);
                break;
            }
        }
        System.out.flush();
    }
}
