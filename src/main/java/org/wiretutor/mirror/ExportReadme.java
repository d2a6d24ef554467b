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

                - The `Server` header names the real server, and error pages are the server's own.
                - `romeo-chunked.txt` arrives with Content-Length, not in chunks: neither server chunks a file
                  it can measure. Over HTTP/1.0 the mirror does not chunk it either.
                - nginx's ETag has its own format (seconds, then size); Apache's matches the mirror's.
                - The mirror's strict answers to malformed requests (408 after 20 s, 400 for bare line feeds)
                  are whatever your server is configured to do.
                """.formatted(whose, plan.files().size(), plan.www(), plan.options().listen());
    }
}
