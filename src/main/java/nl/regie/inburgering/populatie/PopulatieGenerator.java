package nl.regie.inburgering.populatie;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.PersoonRepository;
import nl.regie.inburgering.handhaving.HandhavingZaakRepository;
import nl.regie.inburgering.partner.PartnerTaken;
import nl.regie.inburgering.partner.PartnersProperties;
import nl.regie.inburgering.verhuizing.VerhuizingService;
import nl.regie.inburgering.verhuizing.VorigePip;

/**
 * Fills the database with a realistic population (issue 14 item 7; the benchmark's population of issue 13): every
 * dossier is opened and walked through the application's own paths — {@link DossierService} for COA's, DUO's and the
 * casemanager's events, Tasklist's completions as the role would (authenticated, with valid form data), the partners'
 * answers through {@link PartnerTaken} (the checks of {@code /partner-api}), the engine clock moved forward with each
 * due timer executed in order — never SQL into the engine's tables.
 *
 * <p>The engine clock is moved (per generator thread): run it with <b>no other users and the job executor off</b>
 * (the {@code populatie} profile does both). Each dossier is its own series of small transactions; nothing of the
 * population is held in memory but the counters.
 */
@Service
public class PopulatieGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(PopulatieGenerator.class);

    final DossierService dossierService;
    final DossierRepository dossiers;
    final PersoonRepository personen;
    final VerhuizingService verhuizingen;
    final HandhavingZaakRepository handhavingZaken;
    final PartnerTaken partnerTaken;
    final PartnersProperties partners;
    final RuntimeService runtimeService;
    final TaskService taskService;
    final ManagementService managementService;
    final ExternalTaskService externalTaskService;
    final IdentityService identityService;
    final Runtimestand runtimestand;

    public PopulatieGenerator(DossierService dossierService, DossierRepository dossiers, PersoonRepository personen,
                              VerhuizingService verhuizingen, HandhavingZaakRepository handhavingZaken,
                              PartnerTaken partnerTaken, PartnersProperties partners, RuntimeService runtimeService,
                              TaskService taskService, ManagementService managementService,
                              ExternalTaskService externalTaskService, IdentityService identityService,
                              Runtimestand runtimestand) {
        this.dossierService = dossierService;
        this.dossiers = dossiers;
        this.personen = personen;
        this.verhuizingen = verhuizingen;
        this.handhavingZaken = handhavingZaken;
        this.partnerTaken = partnerTaken;
        this.partners = partners;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.externalTaskService = externalTaskService;
        this.identityService = identityService;
        this.runtimestand = runtimestand;
    }

    /** What a run did: counters by name (tasks completed per definition, partner answers, endings, refusals). */
    public record Verslag(int aantal, Duration duur, Map<String, Long> tellers) {

        public double dossiersPerSeconde() {
            return duur.toMillis() == 0 ? 0 : aantal * 1000.0 / duur.toMillis();
        }

        public long teller(String naam) {
            return tellers.getOrDefault(naam, 0L);
        }
    }

    /** Thread-safe counters. */
    static final class Tellers {
        private final Map<String, LongAdder> waarden = new ConcurrentHashMap<>();

        void tel(String naam) {
            waarden.computeIfAbsent(naam, n -> new LongAdder()).increment();
        }

        void tel(String naam, long aantal) {
            waarden.computeIfAbsent(naam, n -> new LongAdder()).add(aantal);
        }

        Map<String, Long> alsMap() {
            Map<String, Long> uit = new TreeMap<>();
            waarden.forEach((k, v) -> uit.put(k, v.sum()));
            return uit;
        }
    }

    /**
     * Generates the population. The engine clock is per generator thread while it runs and the real clock again
     * afterwards (also on failure).
     */
    public Verslag genereer(PopulatieInstellingen instellingen) {
        return loop(instellingen.aantal(), instellingen.threads(), false, (i, tellers) -> new DossierSimulatie(this,
                Plan.trek(i, instellingen.seed(), instellingen), instellingen.tot(), tellers));
    }

    /** As {@link #genereer}, resumable: a person already in the database is skipped ({@code al.aanwezig}). */
    public Verslag genereerHervatbaar(PopulatieInstellingen instellingen) {
        return loop(instellingen.aantal(), instellingen.threads(), true, (i, tellers) -> new DossierSimulatie(this,
                Plan.trek(i, instellingen.seed(), instellingen), instellingen.tot(), tellers));
    }

    /**
     * The scale mode ({@link SchaalInstellingen}): a national population's runtime state without three years of each
     * life; resumable (people already there are skipped and counted as {@code al.aanwezig}).
     */
    public Verslag genereerSchaal(SchaalInstellingen schaal) {
        return loop(schaal.aantal(), schaal.threads(), true, (i, tellers) -> schaalSimulatie(i, schaal, tellers));
    }

    /** Person {@code i} of the scale mode: in the intake (COA's koppeling) or moved in with a PIP (DUO SS121). */
    DossierSimulatie schaalSimulatie(int i, SchaalInstellingen schaal, Tellers tellers) {
        boolean intake = Math.floorMod(Plan.mix(schaal.seed(), i, 0x5CA1), 100) < schaal.intakeProcent();
        LocalDate van = intake ? schaal.tot().minusWeeks(schaal.intakeWeken())
                : schaal.tot().minusDays(Math.max(4, schaal.vensterDagen()));
        Plan plan = Plan.trek(i, schaal.seed(), new PopulatieInstellingen(schaal.aantal(), schaal.seed(),
                schaal.gemeenten(), van, schaal.tot(), schaal.threads()));
        if (intake || plan.eu()) { // an EU citizen has no PIP to take over: COA's koppeling, closed without a plicht
            return new DossierSimulatie(this, plan, schaal.tot(), tellers);
        }
        // the term started 1 to 35 months ago at the previous gemeente: every stage of the tracks, some near the end
        LocalDate termijnStart = schaal.tot().minusDays(30 + Math.floorMod(Plan.mix(schaal.seed(), i, 0x7E12), 1036L));
        if (!termijnStart.isBefore(plan.koppeling())) {
            termijnStart = plan.koppeling().minusDays(1);
        }
        String vorige = SchaalInstellingen.ELDERS.get(Math.floorMod(Plan.mix(schaal.seed(), i, 0xE15E), SchaalInstellingen.ELDERS.size()));
        VorigePip pip = new VorigePip(vorige, termijnStart.minusDays(1), plan.leerroute(null), termijnStart,
                termijnStart.plus(VorigePip.WETTELIJKE_TERMIJN));
        return new DossierSimulatie(this, plan, schaal.tot(), tellers, pip);
    }

    private interface Simulaties {
        DossierSimulatie van(int index, Tellers tellers);
    }

    private Verslag loop(int aantal, int aantalThreads, boolean hervatten, Simulaties simulaties) {
        long start = System.nanoTime();
        Tellers tellers = new Tellers();
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger klaar = new AtomicInteger();
        AtomicInteger aanwezig = new AtomicInteger();
        int stap = Math.max(1, aantal / 20);
        PopulatieKlok.installeer();
        AtomicInteger threadnummer = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(aantalThreads, r -> {
            Thread t = new Thread(r, "populatie-" + threadnummer.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> werkers = new ArrayList<>();
            for (int t = 0; t < aantalThreads; t++) {
                werkers.add(threads.submit(() -> {
                    try {
                        for (int i = volgende.getAndIncrement(); i < aantal; i = volgende.getAndIncrement()) {
                            try {
                                DossierSimulatie simulatie = simulaties.van(i, tellers);
                                if (hervatten && simulatie.bestaatAl()) {
                                    tellers.tel("al.aanwezig");
                                    aanwezig.incrementAndGet();
                                } else {
                                    simulatie.loop();
                                }
                            } catch (RuntimeException e) {
                                tellers.tel("fout.dossier");
                                LOG.warn("Populatie: persoon {} niet afgemaakt: {}", i, e.getClass().getSimpleName());
                            } finally {
                                identityService.clearAuthentication();
                            }
                            int gedaan = klaar.incrementAndGet();
                            if (gedaan % stap == 0 || gedaan == aantal) {
                                double s = (System.nanoTime() - start) / 1e9;
                                LOG.info("Populatie: {}/{} dossiers, {} al aanwezig ({} s, {} /s nieuw)", gedaan, aantal,
                                        aanwezig.get(), Math.round(s),
                                        String.format(java.util.Locale.ROOT, "%.2f", (gedaan - aanwezig.get()) / Math.max(s, 0.001)));
                            }
                        }
                    } finally {
                        PopulatieKlok.wisThread();
                    }
                    return null;
                }));
            }
            for (Future<?> werker : werkers) {
                werker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Populatie onderbroken", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Populatie mislukt", e.getCause());
        } finally {
            threads.shutdownNow();
            try {
                threads.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            PopulatieKlok.herstel();
        }
        return new Verslag(aantal - aanwezig.get(), Duration.ofNanos(System.nanoTime() - start), tellers.alsMap());
    }
}
