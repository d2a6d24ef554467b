package org.wiretutor.shell.command;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A measured time or size to one decimal, for a catalogue pattern's {@code {n,number,0.0}}: rounded half up, as
 * the learner would round it ({@code 0.25} is {@code 0.3}), where a pattern alone would round half to even.
 */
final class Tenths {
    private Tenths() {}

    static BigDecimal of(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
