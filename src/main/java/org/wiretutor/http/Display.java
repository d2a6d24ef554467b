package org.wiretutor.http;

/** How the renderer should show an annotation's raw bytes: as escaped text, as a hex dump, or not at all. */
public enum Display { TEXT, HEX, NONE }
