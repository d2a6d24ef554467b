package org.wiretutor.course;

import java.util.List;
import java.util.Optional;
import org.wiretutor.text.Messages;

/**
 * Judges one answer against every question still open, so questions can be answered in any order,
 * and gives exactly one verdict: right for the question it answers, already answered, or wrong.
 * Used by lessons (the questions of a step) and typed exercises (the questions of their parts).
 */
final class AnswerJudge {
    private AnswerJudge() {}

    /** A question, with the caller's key for it. */
    record Question(int key, AnswerCheck check) {}

    sealed interface Result {}

    /** The answer is right for the question with this key. */
    record Right(int key, AnswerCheck.Reading reading) implements Result {}

    /** The answer is right for a question already answered. */
    record Already(int key, AnswerCheck.Reading reading) implements Result {}

    /** The answer fits no open question; {@code reason} says why when a question recognised it. */
    record Wrong(Optional<String> reason) implements Result {}

    static Result judge(String answer, List<Question> open, List<Question> answered) {
        for (Question q : open) {
            AnswerCheck.Reading r = q.check().read(answer);
            if (r.fit() == AnswerCheck.Fit.RIGHT) return new Right(q.key(), r);
        }
        for (Question q : answered) {
            AnswerCheck.Reading r = q.check().read(answer);
            if (r.fit() == AnswerCheck.Fit.RIGHT) return new Already(q.key(), r);
        }
        for (Question q : open) {
            AnswerCheck.Reading r = q.check().read(answer);
            if (r.fit() == AnswerCheck.Fit.WRONG) return new Wrong(Optional.of(r.note()).filter(s -> !s.isEmpty()));
        }
        for (Question q : answered) {
            AnswerCheck.Reading r = q.check().read(answer);
            if (r.fit() == AnswerCheck.Fit.WRONG) return new Wrong(Optional.of(r.note()).filter(s -> !s.isEmpty()));
        }
        return new Wrong(Optional.empty());
    }

    /** The labels of these questions, joined for a sentence: "the ETag and the Content-Type". */
    static String labels(List<Question> questions) {
        List<String> l = questions.stream().map(q -> q.check().label()).toList();
        if (l.size() <= 1) return String.join("", l);
        String first = l.subList(0, l.size() - 1).stream().reduce((a, b) -> Messages.get("course.list.comma", a, b))
                .orElseThrow();
        return Messages.get("course.list.and", first, l.get(l.size() - 1));
    }
}
