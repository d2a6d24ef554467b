import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Exercise 3, done right in Java: HttpClient fetches it; show 3000 characters, print the document's size. */
public class Good {
    public static void main(String[] args) throws InterruptedException, IOException {
        System.out.print("Enter URL: ");
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        String text;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(line.strip())).timeout(Duration.ofSeconds(10))
                    .build();
            text = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IllegalArgumentException | IOException e) {
            System.out.println("Could not fetch " + line + ": " + e);
            return;
        }
        System.out.println(text.substring(0, Math.min(3000, text.length())));
        System.out.println("Characters in the document: " + text.length());
    }
}
