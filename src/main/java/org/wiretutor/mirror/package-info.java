/**
 * The mirror: a built-in, strict, Apache-like HTTP/1.0 and HTTP/1.1 server that stands in for data.pr4e.org on
 * loopback, so every lesson works offline and learners can watch a real server react to the bytes they type.
 * Start it with {@link org.wiretutor.mirror.MirrorServer#start(org.wiretutor.mirror.MirrorConfig)}.
 */
package org.wiretutor.mirror;
