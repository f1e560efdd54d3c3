package nl.regie.inburgering.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates as the gemeente sees them (Europe/Amsterdam), read from the engine clock so that tests which move the
 * engine clock move "today" with it.
 */
public final class Tijd {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Tijd() {
    }

    public static LocalDate vandaag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }

    /** Midnight at the start of the given day, as the engine's timers and due dates want it. */
    public static Date beginVan(LocalDate dag) {
        return Date.from(dag.atStartOfDay(ZONE).toInstant());
    }

    public static LocalDate alsDatum(Date date) {
        return date.toInstant().atZone(ZONE).toLocalDate();
    }
}
