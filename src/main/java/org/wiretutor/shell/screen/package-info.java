/**
 * Where output is drawn: the {@link org.wiretutor.shell.screen.Screen} layers (terminal, plain, accessible,
 * presenter) and the views and renderers that turn wire bytes, lessons and grades into styled, wrapped lines.
 * Kept apart so how things look can change without touching what the commands do. Every line any screen shows
 * passes {@link org.wiretutor.shell.screen.ScreenGuard}, the terminal's side of the one escaping function
 * ({@link org.wiretutor.text.Escape}). Its words come from the catalogue's {@code shell} section; it knows nothing of
 * commands or of the loop.
 */
package org.wiretutor.shell.screen;
