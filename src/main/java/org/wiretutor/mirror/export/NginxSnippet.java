package org.wiretutor.mirror.export;

import java.util.Map;
import org.wiretutor.mirror.pages.NoCache;

/**
 * An nginx {@code server {}} block that answers like the mirror as far as nginx can: same files, modification
 * times, content types and no-cache headers, and the redirect. nginx builds its ETag its own way; the file says so.
 */
final class NginxSnippet {

    private NginxSnippet() {
    }

    static String render(ExportPlan plan) {
        StringBuilder s = new StringBuilder()
                .append("# Written by wiretutor export-mirror: a server block that answers the way wiretutor's built-in\n")
                .append("# copy of data.pr4e.org does. It goes inside http { }, e.g. as a file in /etc/nginx/conf.d/.\n")
                .append("server {\n")
                .append("    listen ").append(plan.options().listen()).append(";\n")
                .append("    # Name the host people will type, or this server answers only when it is the default:\n")
                .append("    # server_name data.example.edu;\n")
                .append("    root \"").append(plan.www()).append("\";\n");
        plan.index().ifPresent(i -> s.append("    # The mirror's page for / is this file here.\n")
                .append("    index ").append(i).append(";\n"));
        s.append("\n    # Content types exactly as the mirror sends them, with no charset added.\n")
                .append("    types {\n");
        plan.types().forEach((ext, type) -> s.append("        ").append(type).append(' ').append(ext).append(";\n"));
        s.append("    }\n")
                .append("    default_type application/octet-stream;\n")
                .append("    charset off;\n")
                .append("\n    # nginx's ETag is \"<modification time in seconds, hex>-<size in hex>\", not the mirror's (and\n")
                .append("    # Apache's) \"<size>-<microseconds>\"; nginx has no setting to change that. Last-Modified,\n")
                .append("    # which shows whole seconds, is the same as the mirror's while the files keep their times.\n")
                .append("    etag on;\n")
                .append("    # Like the mirror: 304 when the file is not newer than If-Modified-Since, not only when equal.\n")
                .append("    if_modified_since before;\n")
                .append("    # The mirror closes an idle kept-alive connection after 5 s (nginx's default is 75 s).\n")
                .append("    keepalive_timeout 5s;\n")
                .append("    # Debian's nginx.conf turns gzip on for HTML; the mirror never compresses a reply.\n")
                .append("    gzip off;\n")
                .append("\n    location / {\n");
        noCache(s, "        ");
        s.append("    }\n");
        for (Map.Entry<String, String> f : plan.forcedTypes().entrySet()) {
            s.append("    location = /").append(f.getKey()).append(" {\n")
                    .append("        types { }\n")
                    .append("        default_type ").append(f.getValue()).append(";\n");
            noCache(s, "        ");
            s.append("    }\n");
        }
        plan.redirects().forEach((path, to) -> s.append("\n    # ").append(path.substring(1))
                .append(" answers 301, as on the mirror. To a path, so nginx puts http://, the host the\n")
                .append("    # client named (Host) and this server's port in front: the redirect stays on this server.\n")
                .append("    location = ").append(path).append(" {\n")
                .append("        return 301 ").append(to).append(";\n")
                .append("    }\n"));
        for (String name : plan.chunked()) {
            s.append("\n    # ").append(name).append(": the mirror sends this file in chunks (one per line, then a trailer\n")
                    .append("    # field) to HTTP/1.1 clients. nginx sends a static file with Content-Length and cannot\n")
                    .append("    # be told to chunk it, so here it is a plain file.\n");
        }
        return s.append("}\n").toString();
    }

    /**
     * Without "always", nginx adds these to 200, 206, 304 and redirects only, and never to errors; the redirect's
     * own location has none. That is where the mirror sends them.
     */
    private static void noCache(StringBuilder s, String indent) {
        s.append(indent).append("# The mirror's no-cache headers, on replies with a file only (not on errors or the\n")
                .append(indent).append("# redirect), as the mirror does; \"always\" would add them to 404s too.\n")
                .append(indent).append("add_header Cache-Control \"").append(NoCache.CACHE_CONTROL).append("\";\n")
                .append(indent).append("add_header Pragma \"").append(NoCache.PRAGMA).append("\";\n")
                .append(indent).append("add_header Expires \"").append(NoCache.EXPIRES).append("\";\n");
    }
}
