package org.wiretutor.grading;

import java.time.Instant;
import org.wiretutor.mirror.LogEntry;

/**
 * One exchange the private mirror logged during a run, with when the grader learned of it (the mirror's own clock
 * is pinned so its replies can be reproduced, so its log times say nothing about timing).
 */
record MirrorVisit(LogEntry entry, Instant at) {
}
