/**
 * What a learner keeps from a session: asciicast recordings ({@link org.wiretutor.shell.record.Recorder}), Markdown
 * handouts of one exchange ({@link org.wiretutor.shell.record.Handout}), and how such files are written
 * ({@link org.wiretutor.shell.record.OutputFiles}: never over an existing one unless asked). Recording wraps the
 * screen as a layer (and the shell echoes typed lines into it), so commands draw the same whether or not a recording
 * is running.
 */
package org.wiretutor.shell.record;
