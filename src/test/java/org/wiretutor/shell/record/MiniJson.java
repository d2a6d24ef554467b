package org.wiretutor.shell.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict little JSON reader for tests (RFC 8259, whole input one value), so recordings are checked
 * without adding a dependency: objects become maps, arrays lists, numbers doubles.
 */
final class MiniJson {
    private final String s;
    private int i;

    private MiniJson(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        MiniJson p = new MiniJson(text);
        Object v = p.value();
        p.space();
        if (p.i != text.length()) throw p.fail("text after the value");
        return v;
    }

    private Object value() {
        space();
        if (i >= s.length()) throw fail("end of input");
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        space();
        if (take('}')) return m;
        do {
            space();
            String key = string();
            space();
            expect(':');
            m.put(key, value());
            space();
        } while (take(','));
        expect('}');
        return m;
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        i++;
        space();
        if (take(']')) return l;
        do {
            l.add(value());
            space();
        } while (take(','));
        expect(']');
        return l;
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw fail("unterminated string");
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c < 0x20) throw fail("raw control character in a string");
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> throw fail("bad escape \\" + e);
            }
        }
    }

    private Double number() {
        int start = i;
        take('-');
        if (!digits()) throw fail("expected a value");
        if (take('.') && !digits()) throw fail("digits after the point");
        if (take('e') || take('E')) {
            if (!take('+')) take('-');
            if (!digits()) throw fail("exponent digits");
        }
        return Double.parseDouble(s.substring(start, i));
    }

    private boolean digits() {
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return i > start;
    }

    private Object word(String w, Object v) {
        if (!s.startsWith(w, i)) throw fail("expected " + w);
        i += w.length();
        return v;
    }

    private void space() {
        while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
    }

    private boolean take(char c) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) throw fail("expected '" + c + "'");
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException(why + " at " + i + " in: " + s);
    }
}
