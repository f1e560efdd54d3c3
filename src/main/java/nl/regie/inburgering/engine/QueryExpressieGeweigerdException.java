package nl.regie.inburgering.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task query or filter carrying an expression we did not design. The engine REST API and the webapps' engine API
 * answer a {@link BadUserRequestException} with 400 and its message; the message names the query property at most,
 * never the expression.
 */
public class QueryExpressieGeweigerdException extends BadUserRequestException implements EigenWeigering {

    public QueryExpressieGeweigerdException(String melding) {
        super(melding);
    }
}
