package org.wiretutor.http;

/** What an {@link Annotation} explains; the renderer picks a style per kind. */
public enum Kind { STATUS_LINE, HEADER, BLANK_LINE, BODY, CHUNK_SIZE, CHUNK_DATA, LAST_CHUNK, TRAILER, PROBLEM, SUMMARY }
