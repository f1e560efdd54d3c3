package nl.regie.inburgering.web;

import java.util.IdentityHashMap;
import java.util.Map;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * Exceptions in the log without their messages ({@code %veiligeuitzondering} in logback-spring.xml): class names,
 * stack frames, causes and suppressed exceptions, but never a message, which may quote SQL with its bound values or
 * a submitted value (a BSN). The frames are enough to find the fault; the request's reference ({@code %X{referentie}})
 * links it to the answer the caller got.
 */
public class VeiligeUitzondering extends ThrowableHandlingConverter {

    private static final String NL = System.lineSeparator();

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy uitzondering = event.getThrowableProxy();
        if (uitzondering == null) {
            return "";
        }
        StringBuilder uit = new StringBuilder();
        schrijf(uit, uitzondering, "", "", new IdentityHashMap<>());
        return uit.toString();
    }

    private static void schrijf(StringBuilder uit, IThrowableProxy t, String voorvoegsel, String inspringing,
                                Map<IThrowableProxy, Boolean> gezien) {
        if (t == null || gezien.put(t, Boolean.TRUE) != null || gezien.size() > 50) {
            return;
        }
        uit.append(inspringing).append(voorvoegsel).append(t.getClassName()).append(NL);
        StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
        int gemeenschappelijk = t.getCommonFrames();
        for (int i = 0; i < frames.length - gemeenschappelijk; i++) {
            uit.append(inspringing).append('\t').append(frames[i].getSTEAsString()).append(NL);
        }
        if (gemeenschappelijk > 0) {
            uit.append(inspringing).append("\t... ").append(gemeenschappelijk).append(" common frames omitted").append(NL);
        }
        if (t.getSuppressed() != null) {
            for (IThrowableProxy onderdrukt : t.getSuppressed()) {
                schrijf(uit, onderdrukt, "Suppressed: ", inspringing + "\t", gezien);
            }
        }
        schrijf(uit, t.getCause(), "Caused by: ", inspringing, gezien);
    }
}
