package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --server HOST[:PORT]} and WIRETUTOR_SERVER: what is accepted, and what a wrong value is told. */
class ClassServerTest {
    @Test
    void hostAloneMeansPort80() {
        assertEquals(new ClassServer("192.168.1.20", 80), ClassServer.parse("192.168.1.20"));
        assertEquals(new ClassServer("class.example.edu", 80), ClassServer.parse(" Class.Example.edu "));
    }

    @Test
    void hostAndPort() {
        assertEquals(new ClassServer("127.0.0.1", 18481), ClassServer.parse("127.0.0.1:18481"));
        assertEquals("127.0.0.1:18481", ClassServer.parse("127.0.0.1:18481").toString());
    }

    @Test
    void ipv6InBrackets() {
        assertEquals(new ClassServer("::1", 8080), ClassServer.parse("[::1]:8080"));
        assertEquals(new ClassServer("fe80::1", 80), ClassServer.parse("[fe80::1]"));
        assertEquals("[::1]:8080", ClassServer.parse("[::1]:8080").toString());
    }

    @Test
    void wrongValuesSayWhatToWrite() {
        assertEquals("give a host and an optional port, not a URL, e.g. 192.168.1.20:8080",
                assertThrows(IllegalArgumentException.class, () -> ClassServer.parse("http://10.0.0.1/")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.parse("10.0.0.1:99999"))
                .getMessage().startsWith("the port must be a number from 1 to 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.parse("10.0.0.1:http"))
                .getMessage().startsWith("the port must be a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.parse("10.0.0.1:0"))
                .getMessage().startsWith("the port must be a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.parse("fe80::1:8080"))
                .getMessage().startsWith("put an IPv6 address in brackets"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.parse("bad host"))
                .getMessage().startsWith("that is not a host name or address"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.parse("  "))
                .getMessage().startsWith("it needs a host"));
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertEquals(Optional.of(new ClassServer("10.0.0.2", 8080)), ClassServer.choose("10.0.0.2:8080", "10.0.0.9"));
        assertEquals(Optional.of(new ClassServer("10.0.0.9", 80)), ClassServer.choose(null, "10.0.0.9"));
        assertEquals(Optional.empty(), ClassServer.choose(null, null));
        assertEquals(Optional.empty(), ClassServer.choose(null, ""), "an empty export is no class server");
    }

    @Test
    void aWrongValueNamesWhereItCameFrom() {
        assertEquals("--server 10.0.0.1:x: the port must be a number from 1 to 65535, e.g. 192.168.1.20:8080",
                assertThrows(IllegalArgumentException.class, () -> ClassServer.choose("10.0.0.1:x", null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.choose(null, "a b"))
                .getMessage().startsWith("WIRETUTOR_SERVER=a b: that is not a host name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassServer.choose("", "10.0.0.1"))
                .getMessage().startsWith("--server : it needs a host"), "an empty option is an error, not unset");
    }

    @Test
    void knowsItsOwnAddressAsTyped() {
        ClassServer server = ClassServer.parse("127.0.0.1:18481");
        assertTrue(server.is(new Target("127.0.0.1", 18481)));
        assertFalse(server.is(new Target("127.0.0.1", 80)));
        assertFalse(server.is(new Target("data.pr4e.org", 80)));
    }
}
