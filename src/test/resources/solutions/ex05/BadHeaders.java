import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Bad: prints the whole reply, headers included. */
public class BadHeaders {
    public static void main(String[] args) throws Exception {
        System.out.print("Enter URL: ");
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        URI url = new URI(line.strip());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(("GET " + url.getRawPath() + " HTTP/1.0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().transferTo(System.out);
        }
        System.out.flush();
    }
}
