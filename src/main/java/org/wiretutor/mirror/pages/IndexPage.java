package org.wiretutor.mirror.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The page served for {@code /}: a plain list of what the mirror serves, so learners can see what exists. */
final class IndexPage {

    private IndexPage() {
    }

    /**
     * @param files        the files, in the order listed
     * @param specials     other paths (without the slash) and what they do, in the order listed
     * @param lastModified the page's Last-Modified: the newest of what it lists
     */
    static MirrorFile of(List<MirrorFile> files, Map<String, String> specials, Instant lastModified) {
        StringBuilder html = new StringBuilder()
                .append("<html><head><title>data.pr4e.org (wiretutor mirror)</title></head><body>\n")
                .append("<h1>Files on this mirror</h1>\n<ul>\n");
        for (MirrorFile f : files) {
            html.append("<li><a href=\"/").append(f.name()).append("\">").append(f.name()).append("</a> (")
                    .append(f.size()).append(" bytes, ").append(f.contentType()).append(")</li>\n");
        }
        for (Map.Entry<String, String> s : specials.entrySet()) {
            html.append("<li><a href=\"/").append(s.getKey()).append("\">").append(s.getKey()).append("</a> (")
                    .append(escape(s.getValue())).append(")</li>\n");
        }
        html.append("</ul>\n</body></html>\n");
        return new MirrorFile("", "text/html", lastModified, html.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
