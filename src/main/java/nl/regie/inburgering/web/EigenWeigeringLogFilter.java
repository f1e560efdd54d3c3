package nl.regie.inburgering.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

import nl.regie.inburgering.engine.EigenFoutmelding;

/**
 * Our own refusal of a caller's input (engine/EigenWeigering: a form refusal, a variable the form does not offer, a
 * refused task change) is the caller's mistake, logged as one WARN line by {@link FoutmeldingFilter}. Some engine
 * REST resources (set, modify and delete variables, BPMN error) wrap it in a 500 of their own, which the REST API's
 * exception logger writes as a WARN with a stack trace of some 200 lines, and monitoring would alarm on every typo.
 * That line is dropped while such a refusal is being answered in the same thread (the engine REST API logs in the
 * request's thread, where the refusal was registered). Every other line of that logger, a persistence connection
 * error (ERROR) included, stays. Registered in logback-spring.xml; a turbo filter, so it also holds behind an
 * asynchronous appender.
 */
public class EigenWeigeringLogFilter extends TurboFilter {

    static final String ENGINE_REST_FOUTEN = "org.camunda.bpm.engine.rest.exception";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger != null && level == Level.WARN && ENGINE_REST_FOUTEN.equals(logger.getName())
                && EigenFoutmelding.melding() != null) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
