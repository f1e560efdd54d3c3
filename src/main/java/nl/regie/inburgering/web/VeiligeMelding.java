package nl.regie.inburgering.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Log messages without personal data ({@code %veiligbericht} in logback-spring.xml). Libraries quote what they were
 * given: the engine's ENGINE-16004 and its REST API's ENGINE-REST-HTTP500 carry the failed SQL with its bound values,
 * JDBC drivers the offending value, Tomcat and Spring the exception's message. So the message of every event from
 * a library's logger at WARN or above, or with an exception, and of every event from the persistence and web
 * loggers below at any level, is reduced to what carries no values: a log code (ENGINE-16004), exception class
 * names and stack frames. Our own loggers ({@code nl.regie}) keep their messages: they never log values.
 */
public class VeiligeMelding extends ClassicConverter {

    static final String WEGGELATEN = "[melding weggelaten: kan persoonsgegevens bevatten]";

    /** Loggers whose messages may quote SQL, parameters or request data at any level. */
    static final List<String> ALTIJD_SCHONEN = List.of("org.camunda.bpm.engine.rest", "org.camunda.bpm.engine.context",
            "org.camunda.bpm.engine.persistence", "org.camunda.bpm.engine.impl.persistence", "org.camunda.bpm.engine.cmd",
            "org.camunda.bpm.engine.sql", "org.apache.ibatis", "org.hibernate", "org.springframework.jdbc",
            "org.springframework.orm", "org.springframework.dao", "org.springframework.web",
            "org.springframework.transaction", "org.apache.catalina.core", "org.apache.coyote.http11", "org.h2",
            "org.postgresql", "com.fasterxml.jackson", "org.camunda.spin");

    private static final Pattern CODE = Pattern.compile("^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\\d+\\w*|ENGINE-REST-HTTP\\d+)\\b");
    private static final Pattern FRAME = Pattern.compile("^\\s*(at |\\.\\.\\. \\d+ (more|common frames omitted)).*");
    private static final Pattern UITZONDERING = Pattern.compile(
            "^(\\s*(?:Caused by: |Suppressed: |Wrapped by: )?)([a-zA-Z_$][\\w$]*(?:\\.[a-zA-Z_$][\\w$]*)*(?:Exception|Error|Throwable|Fault)[\\w$]*)(?::.*)?$");
    private static final Pattern UITZONDERING_NA_CODE = Pattern.compile(
            "\\b([a-z][\\w$]*(?:\\.[a-zA-Z_$][\\w$]*)+(?:Exception|Error|Throwable)[\\w$]*)\\b");

    @Override
    public String convert(ILoggingEvent event) {
        return moetSchonen(event) ? schoon(event.getFormattedMessage()) : event.getFormattedMessage();
    }

    static boolean moetSchonen(ILoggingEvent event) {
        String logger = event.getLoggerName() == null ? "" : event.getLoggerName();
        if (logger.startsWith("nl.regie.")) {
            return false;
        }
        if (ALTIJD_SCHONEN.stream().anyMatch(logger::startsWith)) {
            return true;
        }
        return event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.WARN);
    }

    /** Keeps the log code, exception class names and stack frames; drops everything else. */
    static String schoon(String melding) {
        if (melding == null || melding.isEmpty()) {
            return "";
        }
        String[] regels = melding.split("\\R");
        StringBuilder uit = new StringBuilder();
        for (int i = 0; i < regels.length; i++) {
            String regel = regels[i];
            String schoon;
            if (FRAME.matcher(regel).matches()) {
                schoon = regel;
            } else {
                Matcher u = UITZONDERING.matcher(regel);
                if (u.matches()) {
                    schoon = u.group(1) + u.group(2);
                } else if (i == 0) {
                    schoon = eersteRegel(regel);
                } else {
                    continue;
                }
            }
            if (!uit.isEmpty()) {
                uit.append(System.lineSeparator());
            }
            uit.append(schoon);
        }
        return uit.toString();
    }

    private static String eersteRegel(String regel) {
        StringBuilder uit = new StringBuilder();
        Matcher code = CODE.matcher(regel);
        if (code.find()) {
            uit.append(code.group(1)).append(' ');
        }
        Matcher klasse = UITZONDERING_NA_CODE.matcher(regel);
        if (klasse.find()) {
            uit.append(klasse.group(1)).append(' ');
        }
        return uit.append(WEGGELATEN).toString();
    }
}
