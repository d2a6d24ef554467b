/**
 * Explaining HTTP for a learner: the words about a message, above the protocol core. The core
 * ({@link org.wiretutor.http.core}) reads the bytes and reports typed parts and diagnoses; this package turns them into
 * {@link org.wiretutor.http.Annotation annotations}, one per part in wire order, each with its title, its labelled
 * details and a severity. {@link org.wiretutor.http.ResponseAnnotator} explains a reply part by part as it arrives,
 * with {@link org.wiretutor.http.StatusLineExplainer}, {@link org.wiretutor.http.HeaderExplainer},
 * {@link org.wiretutor.http.EtagExplainer} and {@link org.wiretutor.http.BodyExplainer} for the parts; the glossaries
 * ({@link org.wiretutor.http.StatusCodes}, {@link org.wiretutor.http.HeaderGlossary},
 * {@link org.wiretutor.http.MediaTypes}) name what codes, fields and file types mean. Every sentence comes from the
 * catalogue's {@code http} section through {@link org.wiretutor.text.Messages}, computed from typed values; nothing
 * here decides from words. Knows nothing of terminals: the shell renders the annotations.
 */
package org.wiretutor.http;
