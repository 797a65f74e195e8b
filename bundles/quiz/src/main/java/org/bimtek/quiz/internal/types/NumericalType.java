package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * A number typed in. Data:
 * <pre>{"answers": [{"value": 2012, "tolerance": 0, "fraction": 1, "feedback": "Tepat."},
 *              {"min": 24, "max": 30, "fraction": 1},
 *              {"fraction": 0, "feedback": "Periksa kembali."}]}</pre>
 * An answer accepts a number within {@code min..max} when it gives a bound (a missing bound is open), else
 * within {@code value ± tolerance} (tolerance 0 when missing), else, with neither, any number: that is GIFT's
 * {@code ~#feedback for any other number}. Bounds are inclusive. Fraction 0..1, 1 when missing; feedback
 * optional. Response: {@code {"number": x}}, a JSON number (not a string: the browser parses "0,5" or "0.5").
 *
 * <p>The grade is the fraction of the best answer that accepts the number, with its feedback; none is 0 with
 * no feedback. Every range is widened by a billionth of the numbers that define it, so that a number written
 * exactly at {@code value ± tolerance} is accepted although {@code 0.5625 - 0.0001} is not exactly {@code 0.5624}
 * in binary; a billionth is far below any tolerance an author means.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + NumericalType.NAME)
public final class NumericalType extends BuiltInType {

    static final String NAME = "numerical";

    private static final double RELATIVE_SLACK = 1e-9;

    /** One accepted range, an open end infinite, widened by {@code slack} at both ends. */
    private record Answer(double low, double high, double slack, double fraction, String feedback) {

        boolean accepts(double x) {
            return x >= low - slack && x <= high + slack;
        }
    }

    public NumericalType() {
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
        Responses.number(response, "number");
    }

    @Override
    public Grade grade(QuestionDefinition question, JsonNode response) {
        List<Answer> answers = answers(question);
        double x = Responses.number(response, "number");
        Answer best = null;
        for (Answer a : answers) {
            if (a.accepts(x) && (best == null || a.fraction() > best.fraction())) {
                best = a;
            }
        }
        if (best == null) {
            return Grade.of(0, List.of());
        }
        return Grade.of(best.fraction(), best.feedback() == null ? List.of() : List.of(best.feedback()));
    }

    private static List<Answer> answers(QuestionDefinition question) {
        JsonNode data = QuestionData.of(question, NAME);
        return QuestionData.array(question, data, "answers").stream().map(a -> answer(question, a)).toList();
    }

    private static Answer answer(QuestionDefinition question, JsonNode a) {
        double fraction = QuestionData.fraction(question, a, 0, 1);
        String feedback = QuestionData.optionalText(question, a, "feedback");
        Double min = QuestionData.optionalNumber(question, a, "min");
        Double max = QuestionData.optionalNumber(question, a, "max");
        Double value = QuestionData.optionalNumber(question, a, "value");
        Double tolerance = QuestionData.optionalNumber(question, a, "tolerance");
        if (min != null || max != null) {
            double low = min == null ? Double.NEGATIVE_INFINITY : min;
            double high = max == null ? Double.POSITIVE_INFINITY : max;
            if (low > high) {
                throw QuestionData.broken(question, "\"min\" is above \"max\" in " + a);
            }
            return new Answer(low, high, slack(min, max), fraction, feedback);
        }
        if (value == null) {
            if (tolerance != null) {
                throw QuestionData.broken(question, "a \"tolerance\" without a \"value\" in " + a);
            }
            return new Answer(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, fraction, feedback);
        }
        double t = tolerance == null ? 0 : tolerance;
        if (t < 0) {
            throw QuestionData.broken(question, "a negative \"tolerance\" in " + a);
        }
        return new Answer(value - t, value + t, slack(value, t), fraction, feedback);
    }

    /** A billionth of the larger of the numbers that define a range; null ones (open ends) do not count. */
    private static double slack(Double a, Double b) {
        double size = Math.max(a == null ? 0 : Math.abs(a), b == null ? 0 : Math.abs(b));
        return size * RELATIVE_SLACK;
    }
}
