package org.wiretutor.grading;

/** One thing the grader verifies, named so reports and exercise.properties can refer to it. */
interface Check {

    String name();

    CheckResult check(Evidence evidence);
}
