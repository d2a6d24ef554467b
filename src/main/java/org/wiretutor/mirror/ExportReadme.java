package org.wiretutor.mirror;

/** The README an export leaves beside the files: what each part is and how to put it on a real server. */
final class ExportReadme {

    private ExportReadme() {
    }

    static String render(ExportPlan plan) {
        String whose = plan.learner().map(id -> "learner `" + id + "`'s own variant of the exercise files")
                .orElse("the files bundled with wiretutor, the same for every learner");
        return """
                # A permanent copy of wiretutor's data.pr4e.org mirror

                wiretutor export-mirror wrote this folder: %1$s, and server configurations that answer with the
                same headers as wiretutor's built-in mirror.

                - `www/`: the %2$d files, each with the modification time the mirror reports, since Last-Modified
                  and Apache's ETag are computed from it. Keep those times: copy with `cp -p` or `rsync -t`. The
                  user the web server runs as must be able to read them.
                - `apache/wiretutor.conf`: an Apache 2.4 virtual host.
                - `nginx/wiretutor.conf`: an nginx `server` block.

                Both name `%3$s` as the document root and listen on `%4$s`. If you move `www/`, or want
                another port, run the export again (`--port`, `--bind`) or edit both files.

                ## Apache (Debian or Ubuntu)

                1. `sudo a2enmod headers alias`
                2. Copy `apache/wiretutor.conf` to `/etc/apache2/sites-available/` and set its `ServerName`.
                   For a port other than 80, add its `Listen` line to `/etc/apache2/ports.conf`.
                3. `sudo a2ensite wiretutor && sudo apache2ctl configtest && sudo systemctl reload apache2`

                ## nginx

                1. Copy `nginx/wiretutor.conf` to `/etc/nginx/conf.d/` and set its `server_name`.
                2. `sudo nginx -t && sudo systemctl reload nginx`

                ## What differs from the built-in mirror

                The mirror answers as data.pr4e.org's Apache 2.4.18 does. This is what Apache 2.4 and nginx 1.22,
                running these files, were seen to do differently.

                Both servers:

                - The `Server` header names the real server, and error pages are the server's own.
                - `romeo-chunked.txt` arrives with Content-Length, not in chunks: neither server chunks a file
                  it can measure. Over HTTP/1.0 the mirror does not chunk it either.
                - A request that times out, or is too long, gets whatever your server is configured to do
                  (the mirror: 408 after 20 s without the blank line).

                Apache as Debian and Ubuntu install it:

                - mod_deflate is on, so text and HTML replies carry `Vary: Accept-Encoding`, and a client that
                  sends `Accept-Encoding: gzip` gets a gzipped body with `-gzip` on its ETag. The mirror never
                  compresses. `apache/wiretutor.conf` turns this off with `SetEnv no-gzip 1` (mod_env, also on
                  by default); without mod_env, `a2dismod deflate` does it.
                - Current Apache answers an unknown `Transfer-Encoding` (say `xchunked`) with 400 where the
                  mirror, like 2.4.18 and nginx, says 501 Not Implemented; a request line ending in `HTTP/2.0`
                  gets 400, and only after the blank line, where the mirror says 505 at once.
                - The `Allow` header of a 501 also lists TRACE.

                nginx:

                - It says `Connection: keep-alive` on every reply that leaves the connection open, asked or not,
                  and never sends a `Keep-Alive` header. The mirror and Apache name keep-alive only to a client
                  that sent `Connection: keep-alive`, with `Keep-Alive: timeout=5, max=100` (then 99, 98, …).
                - A line ending in a bare line feed (`\\n` without `\\r`) is accepted: `GET /romeo.txt HTTP/1.0`
                  ended by bare line feeds gets 200. The mirror, like Apache, says 400.
                - A lowercase method (`get /romeo.txt HTTP/1.0`) gets 400 Bad Request; the mirror and Apache
                  say 501 Not Implemented.
                - A method it does not serve files to (`FOO`, and also `POST`) gets 405 Not Allowed; the
                  mirror and Apache say 501 for `FOO` and serve the file to `POST` as to `GET`.
                - ETags have nginx's own format (seconds, then size); Apache's match the mirror's.
                - Debian's nginx.conf gzips HTML for clients that ask; `nginx/wiretutor.conf` says `gzip off`.
                """.formatted(whose, plan.files().size(), plan.www(), plan.options().listen());
    }
}
