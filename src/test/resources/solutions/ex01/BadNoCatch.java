import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Bad: catches nothing, so a malformed URL ends in a stack trace. */
public class BadNoCatch {
    public static void main(String[] args) throws Exception {
        System.out.print("Enter URL: ");
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        URI url = new URI(line.strip());
        int port = url.getPort() < 0 ? 80 : url.getPort();
        try (Socket socket = new Socket(url.getHost(), port)) {
            socket.getOutputStream().write(("GET " + url.getRawPath() + " HTTP/1.0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[512];
            int n;
            while ((n = in.read(buffer)) > 0) {
                System.out.write(buffer, 0, n);
            }
            System.out.flush();
        }
    }
}
