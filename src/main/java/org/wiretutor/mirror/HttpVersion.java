package org.wiretutor.mirror;

/** The protocol levels the mirror speaks; any 1.x above 1.1 is served as 1.1 (RFC 9110 §2.5). */
enum HttpVersion {
    /** No version on the request line: answer with the bare body and close. */
    HTTP_0_9,
    HTTP_1_0,
    HTTP_1_1
}
