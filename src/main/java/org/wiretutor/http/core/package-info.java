/**
 * The protocol core: the one set of HTTP request rules. {@link org.wiretutor.http.core.RequestParser} reads a head
 * byte by byte and {@link org.wiretutor.http.core.RequestLine} a request line, and both report typed
 * {@link org.wiretutor.http.core.Diagnosis diagnoses} with the byte they point at, never prose.
 * {@link org.wiretutor.http.core.ApacheRules} says which of them make Apache answer at once, and with what status.
 * The mirror chooses its status from them, the live view counts them, grading and lessons check them, and the shell
 * shows their words from the message catalogue: nothing decides from the words. Knows nothing of terminals, servers
 * or lessons.
 */
package org.wiretutor.http.core;
