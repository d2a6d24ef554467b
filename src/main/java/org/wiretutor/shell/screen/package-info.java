/**
 * Where output is drawn: the {@link org.wiretutor.shell.screen.Screen} layers (terminal, plain, accessible,
 * presenter) and the views and renderers that turn wire bytes, lessons and grades into styled, wrapped lines.
 * Kept apart so how things look can change without touching what the commands do.
 */
package org.wiretutor.shell.screen;
