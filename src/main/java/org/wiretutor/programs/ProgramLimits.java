package org.wiretutor.programs;

import org.wiretutor.text.Messages;

/**
 * How much a learner's program may use: memory in MiB and how many processes it may have at once. The defaults suit a
 * beginner's program with room to spare; a program over them is stopped or refused, and told so in plain words.
 *
 * @param memoryMiB the memory the program may allocate (on Linux its data limit, RLIMIT_DATA: what it writes to,
 *                  not what it merely reserves, so a Java program, which reserves gigabytes up front, still starts)
 * @param processes how many processes (threads included) the program and everything it starts may have at once
 */
public record ProgramLimits(int memoryMiB, int processes) {
    public static final int DEFAULT_MEMORY_MIB = 512;
    /** Threads count as processes to the kernel's limits, and a JVM alone has 20 to 40 of them. */
    public static final int DEFAULT_PROCESSES = 128;
    public static final int MIN_MEMORY_MIB = 16;
    public static final int MAX_MEMORY_MIB = 65_536;
    public static final int MIN_PROCESSES = 1;
    public static final int MAX_PROCESSES = 4_096;
    public static final ProgramLimits DEFAULT = new ProgramLimits(DEFAULT_MEMORY_MIB, DEFAULT_PROCESSES);

    /** Which limit stopped a program, if any. */
    public enum Hit { NONE, MEMORY, PROCESSES }

    public ProgramLimits {
        if (memoryMiB < MIN_MEMORY_MIB || memoryMiB > MAX_MEMORY_MIB) {
            throw new IllegalArgumentException(Messages.get("programs.memory.range", MIN_MEMORY_MIB, MAX_MEMORY_MIB));
        }
        if (processes < MIN_PROCESSES || processes > MAX_PROCESSES) {
            throw new IllegalArgumentException(Messages.get("programs.processes.range", MIN_PROCESSES, MAX_PROCESSES));
        }
    }

    public long memoryBytes() {
        return memoryMiB * 1024L * 1024L;
    }
}
