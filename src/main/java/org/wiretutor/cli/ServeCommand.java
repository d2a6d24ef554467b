package org.wiretutor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorFiles;
import org.wiretutor.mirror.MirrorServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wiretutor serve}: the built-in mirror on its own, logging one line per request. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the built-in copy of data.pr4e.org as a web server, logging each request.",
                "Binds to loopback unless --bind says otherwise. Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "20", description = "How long a client may take to finish its request before a 408 (default: ${DEFAULT-VALUE}).")
    int requestTimeout;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        if (port < 0 || port > 65_535) {
            System.err.println("--port " + port + ": a port is a whole number from 0 to 65535.");
            return ExitCodes.USAGE;
        }
        if (requestTimeout < 1) {
            System.err.println("--request-timeout must be at least 1 second.");
            return ExitCodes.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            System.err.println("--bind " + bind + ": not an address of this computer.");
            return ExitCodes.USAGE;
        }
        MirrorConfig config = MirrorConfig.loopback().withBindAddress(address).withPort(port)
                .withRequestTimeout(Duration.ofSeconds(requestTimeout))
                .withLog(entry -> {
                    synchronized (out) {
                        out.println(entry.toLogLine());
                        out.flush();
                    }
                });
        MirrorServer server;
        try {
            server = MirrorServer.start(config);
        } catch (IOException e) {
            System.err.println("Could not listen on " + bind + " port " + port + ": " + e.getMessage()
                    + (port != 0 ? ". Another program may be using it; try --port 0 for a free one." : ""));
            return ExitCodes.FAILED;
        }
        if (!address.isLoopbackAddress()) {
            out.println("Warning: listening on " + address.getHostAddress()
                    + ", so other computers on your network can reach this server.");
        }
        String host = server.address().getAddress().getHostAddress();
        out.println("Serving the data.pr4e.org mirror at http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + server.port() + "/ (" + MirrorFiles.bundled().all().size() + " files). Ctrl-C stops.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
