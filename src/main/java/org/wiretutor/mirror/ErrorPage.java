package org.wiretutor.mirror;

import java.nio.charset.StandardCharsets;

/** The small HTML body sent with every error and redirect, shaped like Apache's but in our words. */
final class ErrorPage {

    private ErrorPage() {
    }

    static byte[] render(int status, String explanation) {
        return page(status, escape(explanation));
    }

    /** The page with a paragraph that is already HTML, for bodies that carry a link. */
    static byte[] page(int status, String paragraphHtml) {
        String reason = Status.phrase(status);
        String html = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n"
                + "<html><head>\n"
                + "<title>" + status + " " + reason + "</title>\n"
                + "</head><body>\n"
                + "<h1>" + reason + "</h1>\n"
                + "<p>" + paragraphHtml + "</p>\n"
                + "<hr>\n"
                + "<address>wiretutor mirror, standing in for data.pr4e.org</address>\n"
                + "</body></html>\n";
        return html.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
