package nl.regie.inburgering.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Bsn;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;

/**
 * Open partner work at scale for the partner fetch measurement ({@code --benchmark.partnertaken=N}): N statushouders
 * opened as COA's koppeling ({@link DossierService#open}), spread over the ten demo gemeenten, and their BRP
 * registration recorded ({@link DossierService#registreer}); the asynchronous steps behind each run as the job
 * executor would. Each then waits for its maatschappelijke begeleiding partner ({@code mb-uitvoering}): N open
 * external tasks on one topic through the application's own paths, no SQL into the engine's tables.
 */
final class PartnerPopulatie {

    private static final List<String> GEMEENTEN = List.of("0498", "0388", "0441", "1598", "0420", "0432", "0532",
            "0439", "0637", "1904");

    private PartnerPopulatie() {
    }

    static String vul(ConfigurableApplicationContext context, int aantal, int threads) throws Exception {
        DossierService dossiers = context.getBean(DossierService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long voor = jdbc.queryForObject("select count(*) from act_ru_ext_task", Long.class);
        long zaad = System.currentTimeMillis();
        AtomicInteger teller = new AtomicInteger();
        AtomicInteger klaar = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> werk = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                werk.add(pool.submit(() -> {
                    for (int i = teller.getAndIncrement(); i < aantal; i = teller.getAndIncrement()) {
                        Dossier dossier = open(dossiers, zaad, i);
                        werkAf(runtime, management, dossier.getDossiernummer());
                        dossiers.registreer(dossier, GebeurtenisType.BRP_INSCHRIJVING, Tijd.vandaag(), null, "coa.koppeling");
                        werkAf(runtime, management, dossier.getDossiernummer());
                        int n = klaar.incrementAndGet();
                        if (n % 500 == 0) {
                            System.out.printf(Locale.ROOT, "partnerpopulatie: %d of %d (%.0f s)%n", n, aantal,
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : werk) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long na = jdbc.queryForObject("select count(*) from act_ru_ext_task", Long.class);
        return String.format(Locale.ROOT, "partner work: %d statushouders opened and registered in the BRP in %.0f s, "
                + "open external tasks %d → %d", aantal, (System.nanoTime() - start) / 1e9, voor, na);
    }

    private static Dossier open(DossierService dossiers, long zaad, int i) {
        for (int poging = 0; poging < 50; poging++) {
            long h = zaad * 7919 + (long) i * 104_729L + poging * 1_000_003L;
            String bsn = Bsn.metControlecijfer(h);
            if (bsn == null) {
                continue;
            }
            DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(bsn, "Partner", "Werk " + i,
                    LocalDate.of(1990, 1, 1), "SYR", "ASIELSTATUSHOUDER", GEMEENTEN.get(i % GEMEENTEN.size()),
                    Tijd.vandaag(), Boolean.FALSE, null);
            try {
                DossierService.Geopend geopend = dossiers.open(verzoek, dossiers.valideer(verzoek), "coa.koppeling");
                if (geopend.nieuw()) {
                    return geopend.dossier();
                }
            } catch (RuntimeException bestaat) {
                // the number was taken: the next one
            }
        }
        throw new IllegalStateException("partnerpopulatie: no free BSN");
    }

    /** The asynchronous continuations (no timers) of the dossier's processes, as the job executor runs them. */
    private static void werkAf(RuntimeService runtime, ManagementService management, String dossiernummer) {
        Set<String> gefaald = new java.util.HashSet<>();
        for (int ronde = 0; ronde < 100; ronde++) {
            Set<String> instanties = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossiernummer)
                    .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
            Job volgende = instanties.isEmpty() ? null : management.createJobQuery().processInstanceIds(instanties)
                    .messages().executable().orderByJobId().asc().list().stream()
                    .filter(j -> !gefaald.contains(j.getId())).findFirst().orElse(null);
            if (volgende == null) {
                return;
            }
            try {
                management.executeJob(volgende.getId());
            } catch (RuntimeException e) {
                gefaald.add(volgende.getId());
            }
        }
    }
}
