/**
 * What a learner keeps from a session: asciicast recordings ({@link org.wiretutor.shell.record.Recorder}) and Markdown
 * handouts of one exchange ({@link org.wiretutor.shell.record.Handout}). Recording wraps the screen and the line
 * source as layers, so commands draw the same whether or not a recording is running.
 */
package org.wiretutor.shell.record;
