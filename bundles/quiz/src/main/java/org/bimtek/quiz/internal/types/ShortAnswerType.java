package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * A word or a short phrase typed in. Data:
 * <pre>{"answers": [{"text": "BanggaBuatanIndonesia", "fraction": 1, "feedback": "Tepat."}, ...]}</pre>
 * (fraction 0..1, 1 when missing, since listing an answer means accepting it; feedback optional). Response:
 * {@code {"text": s}}; an empty text is well-formed and matches nothing.
 *
 * <p>A response matches an answer when both are equal after {@link #normalize}: Unicode NFC, lower case,
 * white space (non-breaking spaces included) collapsed to one space and trimmed. Nothing else is forgiven:
 * no wildcards, no spelling slack, punctuation counts. The grade is the fraction of the best matching
 * answer, with its feedback; no match is 0 with no feedback.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + ShortAnswerType.NAME)
public final class ShortAnswerType extends BuiltInType {

    static final String NAME = "short-answer";

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private record Answer(String normalized, double fraction, String feedback) {
    }

    public ShortAnswerType() {
        super(NAME);
    }

    @Override
    public ClientQuestion present(int slot, QuestionDefinition question, RandomGenerator random) {
        answers(question);
        return new ClientQuestion(slot, NAME, question.text(), question.format(), List.of(), List.of());
    }

    @Override
    void read(QuestionDefinition question, JsonNode response) {
        answers(question);
        Responses.text(response, "text");
    }

    @Override
    public Grade grade(QuestionDefinition question, JsonNode response) {
        List<Answer> answers = answers(question);
        String given = normalize(Responses.text(response, "text"));
        Answer best = null;
        for (Answer a : answers) {
            if (a.normalized().equals(given) && (best == null || a.fraction() > best.fraction())) {
                best = a;
            }
        }
        if (best == null) {
            return Grade.of(0, List.of());
        }
        return Grade.of(best.fraction(), best.feedback() == null ? List.of() : List.of(best.feedback()));
    }

    /** The form responses and answers are compared in. */
    static String normalize(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACE.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<Answer> answers(QuestionDefinition question) {
        JsonNode data = QuestionData.of(question, NAME);
        return QuestionData.array(question, data, "answers").stream()
                .map(a -> new Answer(normalize(QuestionData.text(question, a, "text")), QuestionData.fraction(question, a, 0, 1),
                        QuestionData.optionalText(question, a, "feedback")))
                .toList();
    }
}
