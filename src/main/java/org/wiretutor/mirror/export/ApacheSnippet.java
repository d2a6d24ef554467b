package org.wiretutor.mirror.export;

import java.util.Map;
import org.wiretutor.mirror.pages.NoCache;

/**
 * An Apache 2.4 virtual host that answers like the mirror: same files, modification times, content types,
 * ETag format and no-cache headers, with the redirect done by mod_alias. Every choice is commented in the file
 * itself, since the person installing it may never have seen wiretutor.
 */
final class ApacheSnippet {

    private ApacheSnippet() {
    }

    static String render(ExportPlan plan) {
        String www = plan.www().toString();
        StringBuilder s = new StringBuilder()
                .append("# Written by wiretutor export-mirror: a virtual host that answers the way wiretutor's\n")
                .append("# built-in copy of data.pr4e.org does. It needs mod_mime, mod_headers, mod_alias, mod_dir and\n")
                .append("# mod_authz_core (Debian/Ubuntu: a2enmod headers alias).\n")
                .append("#\n")
                .append(plan.options().listen().equals("80")
                        ? "# Apache must listen on port 80, as Debian's ports.conf already says.\n"
                        : "# Apache must also listen here: add \"Listen " + plan.options().listen()
                                + "\" to ports.conf, once.\n")
                .append("<VirtualHost ").append(plan.options().bind().isPresent() ? "" : "*:")
                .append(plan.options().listen()).append(">\n")
                .append("    # Name the host people will type, or this host answers only when it is the default:\n")
                .append("    # ServerName data.example.edu\n")
                .append("    DocumentRoot \"").append(www).append("\"\n")
                .append("    <Directory \"").append(www).append("\">\n")
                .append("        Options None\n")
                .append("        AllowOverride None\n")
                .append("        Require all granted\n")
                .append("    </Directory>\n");
        plan.index().ifPresent(i -> s.append("    # The mirror's page for / is this file here.\n")
                .append("    DirectoryIndex ").append(i).append('\n'));
        s.append("\n    # Content types exactly as the mirror sends them, with no charset added.\n")
                .append("    AddDefaultCharset Off\n");
        plan.types().forEach((ext, type) -> s.append("    AddType ").append(type).append(" .").append(ext).append('\n'));
        for (Map.Entry<String, String> f : plan.forcedTypes().entrySet()) {
            s.append("    <Files \"").append(f.getKey()).append("\">\n        ForceType ").append(f.getValue())
                    .append("\n    </Files>\n");
        }
        s.append("\n    # ETag \"<size in hex>-<modification time in microseconds, hex>\", as the mirror computes it.\n")
                .append("    # It matches only while each file keeps the modification time the export gave it:\n")
                .append("    # copy with cp -p or rsync -t.\n")
                .append("    FileETag MTime Size\n")
                .append("\n    # The mirror's no-cache headers. \"set\" without \"always\" puts them on replies with a\n")
                .append("    # file (200, 206, 304) and not on errors or the redirect, which is what the mirror does.\n")
                .append("    Header set Cache-Control \"").append(NoCache.CACHE_CONTROL).append("\"\n")
                .append("    Header set Pragma \"").append(NoCache.PRAGMA).append("\"\n")
                .append("    Header set Expires \"").append(NoCache.EXPIRES).append("\"\n")
                .append("    # The mirror, like Apache by default, closes an idle kept-alive connection after 5 s, and\n")
                .append("    # to a client that sends \"Connection: keep-alive\" answers \"Keep-Alive: timeout=5, max=100\",\n")
                .append("    # max counting down with each request on the connection.\n")
                .append("    KeepAliveTimeout 5\n")
                .append("    MaxKeepAliveRequests 100\n")
                .append("\n    # Debian enables mod_deflate, which adds \"Vary: Accept-Encoding\" to text and HTML replies\n")
                .append("    # and gzips them for clients that ask; the mirror never compresses. This turns it off here\n")
                .append("    # (mod_env is on in Debian too; without mod_env, a2dismod deflate does the same).\n")
                .append("    <IfModule mod_env.c>\n")
                .append("        SetEnv no-gzip 1\n")
                .append("    </IfModule>\n");
        plan.redirects().forEach((path, to) -> s.append("\n    # ").append(path.substring(1))
                .append(" answers 301, as on the mirror. To a path, so Apache puts http:// and the host the\n")
                .append("    # client named (Host, port included) in front: the redirect stays on this server.\n")
                .append("    RedirectMatch 301 ^").append(path.replace(".", "\\.")).append("$ ").append(to).append('\n'));
        for (String name : plan.chunked()) {
            s.append("\n    # ").append(name).append(": the mirror sends this file in chunks (Transfer-Encoding: chunked,\n")
                    .append("    # one chunk per line, then a trailer field) to HTTP/1.1 clients. Apache sends a static\n")
                    .append("    # file with Content-Length and has no setting to chunk it; an output filter that drops\n")
                    .append("    # the length (mod_substitute, say) would chunk it, but with Apache's own chunk sizes\n")
                    .append("    # and no trailer, so this configuration serves it as a plain file.\n");
        }
        return s.append("</VirtualHost>\n").toString();
    }
}
