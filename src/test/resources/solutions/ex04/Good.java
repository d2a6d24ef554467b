import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Exercise 4, done right in Java with a socket: fetch the page, count its <p> tags in the body. */
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
        String reply = all.toString(StandardCharsets.UTF_8);
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        int count = 0;
        for (int i = body.indexOf("<p>"); i >= 0; i = body.indexOf("<p>", i + 3)) {
            count++;
        }
        System.out.println("Paragraphs: " + count);
    }
}
