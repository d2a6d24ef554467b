/**
 * The mirror's server: a built-in, strict, Apache-like HTTP/1.0 and HTTP/1.1 server that stands in for data.pr4e.org
 * on loopback, so every lesson works offline and learners can watch a real server react to the bytes they type.
 *
 * <p>This room owns the network side: the event loops and their connections ({@link org.wiretutor.mirror.EventLoop},
 * {@link org.wiretutor.mirror.ChannelConnection}), the HTTPS-port listener, the adapter that feeds request bytes to the
 * protocol core ({@link org.wiretutor.mirror.HeadParser}, which leaves every verdict to
 * {@code org.wiretutor.http.core}), the {@link org.wiretutor.mirror.Responder} that chooses each reply as Apache would,
 * the log entries and live connection events it reports, and its configuration and limits
 * ({@link org.wiretutor.mirror.MirrorConfig}, {@link org.wiretutor.mirror.ServerLimits}). Start it with
 * {@link org.wiretutor.mirror.MirrorServer#start(org.wiretutor.mirror.MirrorConfig)}.
 *
 * <p>What it serves is not decided here: the files and drawn pages are {@code org.wiretutor.mirror.pages}, looked up by
 * name only. The server depends on the pages, never the other way round; the words of its error pages and log
 * notes are the catalogue's ({@code mirror.*} and {@code page.*} in {@code org.wiretutor.text.messages}).
 */
package org.wiretutor.mirror;
