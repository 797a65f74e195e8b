package org.bimtek.quiz.internal.types;

/**
 * A response that does not have the shape its question type expects. The message is in Indonesian because
 * {@code check} hands it to the trainee's browser; {@code grade} lets it propagate, so that a response nobody
 * checked can never be turned into credit.
 */
final class MalformedResponse extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedResponse(String message) {
        super(message);
    }
}
