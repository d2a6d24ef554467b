/**
 * The protocol core: the one set of HTTP/1.x rules, for requests and for replies.
 * {@link org.wiretutor.http.core.RequestParser} reads a request head byte by byte and
 * {@link org.wiretutor.http.core.RequestLine} a request line;
 * {@link org.wiretutor.http.core.ResponseParser} reads a reply byte by byte into
 * {@link org.wiretutor.http.core.ResponsePart parts} (status line, fields, blank line, body framed as
 * {@link org.wiretutor.http.core.ResponseFraming} decides, chunks and trailers). All of them report typed
 * {@link org.wiretutor.http.core.Diagnosis diagnoses} with the byte they point at, never prose.
 * {@link org.wiretutor.http.core.ApacheRules} says which request diagnoses make Apache answer at once, and with what
 * status; {@link org.wiretutor.http.core.WellKnownHeader} names the request headers a header name typed a letter or
 * two wrong was meant to be (a note, never a refusal). The mirror chooses its status from them, the live view counts them, grading and lessons check them, the
 * annotator explains replies from them, and the shell shows their words from the message catalogue: nothing decides
 * from the words. Knows nothing of terminals, servers or lessons.
 */
package org.wiretutor.http.core;
