package org.wiretutor.mirror;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The page served for {@code /}: a plain list of the mirror's files, so learners can see what exists. */
final class IndexPage {

    private IndexPage() {
    }

    static MirrorFile of(MirrorFiles files) {
        StringBuilder html = new StringBuilder()
                .append("<html><head><title>data.pr4e.org (wiretutor mirror)</title></head><body>\n")
                .append("<h1>Files on this mirror</h1>\n<ul>\n");
        Instant newest = Instant.EPOCH;
        for (MirrorFile f : files.all()) {
            html.append("<li><a href=\"/").append(f.name()).append("\">").append(f.name()).append("</a> (")
                    .append(f.size()).append(" bytes, ").append(f.contentType()).append(")</li>\n");
            if (f.lastModified().isAfter(newest)) {
                newest = f.lastModified();
            }
        }
        html.append("</ul>\n</body></html>\n");
        return new MirrorFile("", "text/html", newest, html.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
