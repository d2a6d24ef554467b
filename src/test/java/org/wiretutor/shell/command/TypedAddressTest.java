package org.wiretutor.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What open takes from a host, host:port or URL a learner typed or pasted. */
class TypedAddressTest {
    @Test
    void aHostIsAHost() {
        assertEquals(new TypedAddress("data.pr4e.org", OptionalInt.empty(), "", false), TypedAddress.parse("data.pr4e.org"));
    }

    @Test
    void aUrlGivesItsHostItsPortAndItsPathToTell() {
        assertEquals(new TypedAddress("data.pr4e.org", OptionalInt.empty(), "/page2.htm", false),
                TypedAddress.parse("http://data.pr4e.org/page2.htm"));
        assertEquals(new TypedAddress("data.pr4e.org", OptionalInt.empty(), "", true),
                TypedAddress.parse("HTTPS://data.pr4e.org"));
        assertEquals(new TypedAddress("localhost", OptionalInt.of(8080), "/x?y=1", false),
                TypedAddress.parse("http://localhost:8080/x?y=1"));
        assertEquals(new TypedAddress("data.pr4e.org", OptionalInt.of(80), "", false),
                TypedAddress.parse("data.pr4e.org:80"));
    }

    @Test
    void whatIsNoHostAndPortIsLeftWholeForTheConnectionToRefuse() {
        assertEquals("::1", TypedAddress.parse("::1").host(), "an IPv6 address keeps its colons");
        assertEquals("host:99999", TypedAddress.parse("host:99999").host());
        assertEquals("http://", TypedAddress.parse("http://").host());
    }
}
