package nl.regie.inburgering.populatie;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.joda.time.DateTimeUtils;

import nl.regie.inburgering.engine.Tijd;

/**
 * The engine clock per generator thread. The engine reads its time through {@link ClockUtil} (Joda's
 * {@link DateTimeUtils}), and so do our rules ({@link Tijd}); while the generator runs, that clock answers each thread
 * with its own simulated time (each thread walks one dossier at a time through its own years), other threads with the
 * real time. Global: nobody else may use the application meanwhile. {@link #herstel()} puts the real clock back.
 */
final class PopulatieKlok {

    private static final ThreadLocal<Long> TIJD = new ThreadLocal<>();

    private PopulatieKlok() {
    }

    static void installeer() {
        DateTimeUtils.setCurrentMillisProvider(() -> {
            Long tijd = TIJD.get();
            return tijd != null ? tijd : System.currentTimeMillis();
        });
    }

    static void herstel() {
        TIJD.remove();
        ClockUtil.reset();
    }

    static void zet(Date tijd) {
        TIJD.set(tijd.getTime());
    }

    static Date nu() {
        return ClockUtil.getCurrentTime();
    }

    /** Ten in the morning of the given day (office hours). */
    static Date ochtend(LocalDate dag) {
        return new Date(Tijd.beginVan(dag).getTime() + 10 * 3_600_000L);
    }

    static void wisThread() {
        TIJD.remove();
    }
}
