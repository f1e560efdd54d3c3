package nl.regie.inburgering.duo.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.duo.PersoonsgegevensBron;
import nl.regie.inburgering.engine.Tijd;

/**
 * DUO's side, simulated (demo and test profiles only, {@code regie.duo.simulator.enabled}): per BSN what DUO would
 * register — plicht, doelgroep, term, exam results, vrijstellingen, ontheffingen, leerbaarheidstoets, the previous
 * gemeente's PIP — kept consistent by the events it sends ({@link #pasToe}). In memory: a restart forgets it (the
 * demo seeds it again). It also stands in for the BRP when DUO's notification opens a dossier (names, birth date).
 */
@Component
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class DuoSimulator implements PersoonsgegevensBron {

    /** What DUO registers for one person (simulator state; field names as DUO's APIs). */
    public static class Persoon {
        public String voornamen = "Onbekend";
        public String achternaam = "Inburgeraar";
        public LocalDate geboortedatum = LocalDate.of(1990, 1, 1);
        public String nationaliteit = "SYR";
        public boolean asielstatushouder = true;
        public boolean plichtig = true;
        public LocalDate plichtBegin;
        public LocalDate kennisgeving;
        public LocalDate plichtEinde;
        /** DUO's RedenGeenInburgeringsplicht value, e.g. "Inburgeringsplicht voldaan". */
        public String redenGeenPlicht;
        public LocalDate termijnStart;
        public LocalDate termijnEinde;
        public LocalDate termijnWijziging;
        /** Exam results: onderdeel (LE, LU, SC, SP, KNM), resultaat (Geslaagd, Gezakt), date. */
        public final List<Examen> examens = new ArrayList<>();
        public String vrijstelling;          // GEHEEL, TIJDELIJK or null
        public String ontheffing;            // GEHEEL, GEDEELTELIJK, AFGEWEZEN or null
        public String lbtResultaat;          // "B1-route haalbaar", ...
        public LocalDate lbtDatum;
        /** SS121: the previous gemeente's PIP. */
        public String vorigeGemeente;
        public LocalDate vorigePipDagtekening;
        public String vorigeLeerroute;       // B, O or Z
    }

    public record Examen(String onderdeel, String resultaat, LocalDate datum) {
    }

    private final Map<String, Persoon> personen = new ConcurrentHashMap<>();
    private volatile boolean storing;
    private final Map<String, AtomicInteger> plichtGevraagd = new ConcurrentHashMap<>();

    /** The person's DUO registration, created (plichtig, today) when DUO does not know them yet. */
    public Persoon persoon(String bsn) {
        return personen.computeIfAbsent(bsn, b -> {
            Persoon p = new Persoon();
            p.plichtBegin = Tijd.vandaag();
            return p;
        });
    }

    public Optional<Persoon> bekend(String bsn) {
        return Optional.ofNullable(personen.get(bsn));
    }

    /**
     * How often the Inburgeringsplicht API was asked about this person (answered or not). The reconciliation asks it
     * once per dossier it reads ({@code DuoBeeldLezer}), so tests count its DUO reads per person with it.
     */
    public int plichtGevraagd(String bsn) {
        AtomicInteger teller = plichtGevraagd.get(bsn);
        return teller == null ? 0 : teller.get();
    }

    void telPlichtVraag(String bsn) {
        plichtGevraagd.computeIfAbsent(bsn, b -> new AtomicInteger()).incrementAndGet();
    }

    /** DUO down (tests and demo): every read answers 503. */
    public void storing(boolean aan) {
        this.storing = aan;
    }

    public boolean storing() {
        return storing;
    }

    @Override
    public Optional<Persoonsgegevens> zoek(String bsn) {
        return bekend(bsn).map(p -> new Persoonsgegevens(p.voornamen, p.achternaam, p.geboortedatum, p.nationaliteit));
    }

    /** DUO's own registration changes that come with the event it is about to send (consistent reads after). */
    public void pasToe(String event, Persoon p) {
        LocalDate vandaag = Tijd.vandaag();
        switch (event) {
            case "SS101", "SS128", "SS139", "SS120", "SS121", "SS129", "SS130" -> {
                p.plichtig = true;
                p.plichtEinde = null;
                p.redenGeenPlicht = null;
                if (p.kennisgeving == null) {
                    p.kennisgeving = vandaag;
                }
                if ("SS130".equals(event)) {
                    verleng(p, vandaag);
                }
            }
            case "SS106" -> {
                if (p.examens.isEmpty()) {
                    for (String o : List.of("LE", "LU", "SC", "SP", "KNM")) {
                        p.examens.add(new Examen(o, "Geslaagd", vandaag.minusDays(7)));
                    }
                }
                eind(p, "Inburgeringsplicht voldaan", vandaag);
            }
            case "SS107" -> {
                p.vrijstelling = "GEHEEL";
                eind(p, "Volledige vrijstelling", vandaag);
            }
            case "SS108" -> {
                p.ontheffing = "GEHEEL";
                eind(p, "Volledige ontheffing", vandaag);
            }
            case "SS109" -> {
                p.vrijstelling = "TIJDELIJK";
                eind(p, "Tijdelijke vrijstelling", vandaag);
            }
            case "SS110" -> eind(p, "Verblijfsdoel gewijzigd", vandaag);
            case "SS111" -> eind(p, "Overlijden", vandaag);
            case "SS124" -> p.asielstatushouder = false;
            case "SS125" -> p.asielstatushouder = true;
            case "SS199" -> {
                if (p.examens.isEmpty()) {
                    p.examens.add(new Examen("LE", "Geslaagd", vandaag.minusDays(3)));
                    p.examens.add(new Examen("SP", "Gezakt", vandaag.minusDays(3)));
                }
            }
            case "SS131" -> {
                if (p.lbtResultaat == null) {
                    p.lbtResultaat = "B1-route haalbaar";
                }
                p.lbtDatum = vandaag.minusDays(2);
            }
            case "SS102" -> {
                if (p.termijnStart == null) {
                    p.termijnStart = vandaag;
                }
                if (p.termijnEinde == null) {
                    p.termijnEinde = p.termijnStart.plusYears(3);
                }
            }
            case "SS103", "SS104" -> verleng(p, vandaag);
            case "SS118" -> p.ontheffing = "AFGEWEZEN";
            case "SS119" -> p.ontheffing = "GEDEELTELIJK";
            default -> {
                // SS112, SS113, SS137 and unknown ids: nothing changes in DUO's registration that we read
            }
        }
    }

    private static void verleng(Persoon p, LocalDate vandaag) {
        if (p.termijnStart == null) {
            p.termijnStart = vandaag.minusYears(2);
        }
        LocalDate einde = p.termijnEinde == null ? p.termijnStart.plusYears(3) : p.termijnEinde;
        p.termijnEinde = einde.plusMonths(6);
        p.termijnWijziging = vandaag;
    }

    private static void eind(Persoon p, String reden, LocalDate op) {
        p.plichtig = false;
        p.plichtEinde = op;
        p.redenGeenPlicht = reden;
    }
}
