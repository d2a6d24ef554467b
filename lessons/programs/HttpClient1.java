// HttpClient1.java - fetch a document with Java's built-in HTTP client.
//
// Usage:
//     java HttpClient1.java [--headers] [URL]
//
//     --headers   also print the headers the client received
//     URL         what to fetch (default http://data.pr4e.org/romeo.txt)
//
// The client writes the request and parses the reply for us. wiretutor's
// `run` sets -Dhttp.proxyHost and -Dhttp.proxyPort so the request goes to
// the built-in mirror; ProxySelector.getDefault() is what reads them.

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class HttpClient1 {
    public static void main(String[] args) {
        boolean showHeaders = false;
        String url = "http://data.pr4e.org/romeo.txt";
        for (String arg : args) {
            if (arg.equals("--headers")) {
                showHeaders = true;
            } else {
                url = arg;
            }
        }

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)       // plain HTTP/1.1, as in the chapter
                .proxy(ProxySelector.getDefault())          // honour http.proxyHost / http.proxyPort
                .connectTimeout(Duration.ofSeconds(30))
                .build();

        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
            HttpResponse<String> reply = client.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.println("Status: " + reply.statusCode());
            if (showHeaders) {
                // The client keeps header names in lower case.
                reply.headers().map().forEach((name, values) -> {
                    for (String value : values) {
                        System.out.println(name + ": " + value);
                    }
                });
            }
            System.out.println();
            System.out.print(reply.body());
            System.exit(reply.statusCode() / 100 == 2 ? 0 : 1);
        } catch (IOException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            System.out.println("Could not fetch " + url + " - " + why);
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.out.println("Not a URL I can fetch: " + url + " - " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            System.out.println("Interrupted while fetching " + url);
            System.exit(1);
        }
    }
}
