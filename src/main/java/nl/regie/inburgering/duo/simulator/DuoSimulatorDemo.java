package nl.regie.inburgering.duo.simulator;

import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.duo.DuoNotificatie;
import nl.regie.inburgering.duo.DuoNotificatieRepository;
import nl.regie.inburgering.engine.Tijd;

/**
 * The demo's DUO traffic, sent once at the first demo start (after demo/DemoGegevens) by the simulator over HTTP:
 * SS139 for Fatima Benali, a gezinsmigrant in Hoorn we did not know (DUO opens her dossier), and SS101 then SS106 for
 * Daniel Tesfay in Purmerend (opened by DUO, then the diploma: voldaan). Processed by the engine's job executor.
 */
@Component
@ConditionalOnProperty(name = {"regie.demo.enabled", "regie.duo.simulator.enabled"}, havingValue = "true")
public class DuoSimulatorDemo {

    private static final Logger LOG = LoggerFactory.getLogger(DuoSimulatorDemo.class);

    private final DuoSimulator simulator;
    private final DuoSimulatorZender zender;
    private final DuoNotificatieRepository notificaties;

    public DuoSimulatorDemo(DuoSimulator simulator, DuoSimulatorZender zender, DuoNotificatieRepository notificaties) {
        this.simulator = simulator;
        this.zender = zender;
        this.notificaties = notificaties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void verstuur() {
        if (notificaties.count() > 0) {
            return; // sent at an earlier start
        }
        // in a thread of its own: the engine's job executor starts on the same event, after this listener
        Thread zender = new Thread(this::verstuurDemoverkeer, "duo-simulator-demo");
        zender.setDaemon(true);
        zender.start();
    }

    private void verstuurDemoverkeer() {
        LocalDate vandaag = Tijd.vandaag();
        persoon("271828183", "Fatima", "Benali", LocalDate.of(1994, 7, 12), "MAR");
        DuoNotificatie ss139 = stuur("GM0441", "SS139", "271828183");

        DuoSimulator.Persoon daniel = persoon("161803398", "Daniel", "Tesfay", LocalDate.of(1990, 11, 3), "ERI");
        daniel.plichtBegin = vandaag.minusYears(2);
        daniel.kennisgeving = vandaag.minusYears(2);
        DuoNotificatie ss101 = stuur("GM0439", "SS101", "161803398");
        wachtOp(ss101);
        DuoNotificatie ss106 = stuur("GM0439", "SS106", "161803398");
        wachtOp(ss139);
        wachtOp(ss106);
        LOG.info("Demo: DUO-simulator stuurde SS139 (Hoorn, gezinsmigrant: {}), SS101 en SS106 (Purmerend: {})",
                status(ss139), status(ss106));
    }

    private DuoSimulator.Persoon persoon(String bsn, String voornamen, String achternaam, LocalDate geboren, String nationaliteit) {
        DuoSimulator.Persoon p = simulator.persoon(bsn);
        p.voornamen = voornamen;
        p.achternaam = achternaam;
        p.geboortedatum = geboren;
        p.nationaliteit = nationaliteit;
        p.asielstatushouder = false;
        return p;
    }

    private DuoNotificatie stuur(String gemeente, String event, String bsn) {
        simulator.pasToe(event, simulator.persoon(bsn));
        UUID berichtId = UUID.randomUUID();
        int status = zender.verstuur(gemeente, event, bsn, berichtId);
        if (status != 201) {
            throw new IllegalStateException("Demo: DUO-notificatie " + event + " geweigerd met " + status);
        }
        return notificaties.findByBerichtId(berichtId.toString()).orElseThrow();
    }

    /** The job executor processes it within seconds; the demo waits at most 30 s. */
    private void wachtOp(DuoNotificatie n) {
        for (int i = 0; i < 300 && status(n) == DuoNotificatie.Status.ONTVANGEN; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private DuoNotificatie.Status status(DuoNotificatie n) {
        return notificaties.findById(n.getId()).map(DuoNotificatie::getStatus).orElseThrow();
    }
}
