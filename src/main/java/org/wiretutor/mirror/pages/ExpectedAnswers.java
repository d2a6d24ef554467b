package org.wiretutor.mirror.pages;

/**
 * The answers to the graded exercises for one file set, computed from the files instead of a request, so a
 * grader or an instructor gets them from a learner id alone. Header values are exactly what the mirror sends for
 * {@code intro-short.txt}; the count is of {@code page-count.htm}'s paragraph tags.
 *
 * @param lastModified   the Last-Modified header, an HTTP-date such as {@code Sat, 13 May 2017 11:22:22 GMT}
 * @param etag           the ETag header, quotes included
 * @param contentLength  the Content-Length header: the file's size in bytes
 * @param cacheControl   the Cache-Control header
 * @param contentType    the Content-Type header
 * @param paragraphCount the number of {@code <p>} and {@code <p ...>} opening tags in {@code page-count.htm}
 */
public record ExpectedAnswers(String lastModified, String etag, long contentLength, String cacheControl,
                              String contentType, int paragraphCount) {
}
