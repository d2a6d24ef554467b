package org.wiretutor.http;

/** How much a part deserves the learner's attention. */
public enum Severity { INFO, WARNING, ERROR }
