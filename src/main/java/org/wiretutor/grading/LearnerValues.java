package org.wiretutor.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wiretutor.mirror.pages.ScrapeAnswers;

/**
 * The values from a learner's own files that an exercise.properties may name: {@code {linkStart}} in a path, and
 * {@code linkCount} and {@code linkPosition} among the lines typed in ({@code keyboard=}). They are what the
 * learner is given to work with, never an answer.
 */
final class LearnerValues {

    static final String LINK_START = "linkStart";
    static final String LINK_COUNT = "linkCount";
    static final String LINK_POSITION = "linkPosition";
    static final List<String> NAMES = List.of(LINK_START, LINK_COUNT, LINK_POSITION);

    private LearnerValues() {
    }

    static Map<String, String> of(ScrapeAnswers answers) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LINK_START, answers.linkStart());
        values.put(LINK_COUNT, Integer.toString(answers.linkCount()));
        values.put(LINK_POSITION, Integer.toString(answers.linkPosition()));
        return values;
    }
}
