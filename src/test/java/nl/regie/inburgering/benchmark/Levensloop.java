package nl.regie.inburgering.benchmark;

import java.time.LocalDate;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.populatie.Boekhouding;
import nl.regie.inburgering.populatie.PopulatieGenerator;
import nl.regie.inburgering.populatie.PopulatieInstellingen;

/**
 * The lifecycle measurement (issue 13, README "Benchmark"): first the application — the population generator walks
 * {@code aantal} people through three years (after 5 unmeasured warm-ups) — then the bare engine runs the same
 * numbers of steps per dossier ({@link KaleLevensloop}, after unmeasured warm-ups), both driven by the same loop with
 * the driver's bookkeeping counted on both sides.
 */
final class Levensloop {

    /** The table and the loading line. */
    record Uitslag(String tabel, String laden) {
    }

    private Levensloop() {
    }

    static Uitslag meet(ConfigurableApplicationContext context, int aantal, int threads, String run) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        PopulatieGenerator generator = context.getBean(PopulatieGenerator.class);
        // warm-up of the application's code paths (a few people of another seed), not measured
        generator.genereer(PopulatieInstellingen.drieJaar(Math.min(5, aantal), 2027, LocalDate.now(), threads));
        PopulatieGenerator.Verslag[] verslag = new PopulatieGenerator.Verslag[1];
        Werk app = Werk.meet(jdbc, () -> verslag[0] = generator.genereer(PopulatieInstellingen.drieJaar(aantal, 2026, LocalDate.now(), threads)))
                .metBoekhouding(0, 0);
        app = app.metBoekhouding(verslag[0].teller(Boekhouding.CPU_NANOS), verslag[0].teller(Boekhouding.TRANSACTIES));

        KaleLevensloop kaal = new KaleLevensloop(context.getBean(ProcessEngine.class));
        KaleLevensloop.Vorm vorm = app.vorm(aantal);
        KaleLevensloop.Vorm opwarmen = new KaleLevensloop.Vorm(Math.min(10, aantal), vorm.taken() * Math.min(10, aantal) / aantal,
                vorm.antwoorden() * Math.min(10, aantal) / aantal, vorm.timers() * Math.min(10, aantal) / aantal,
                vorm.timersNietAf() * Math.min(10, aantal) / aantal, vorm.jobs() * Math.min(10, aantal) / aantal,
                vorm.aanroepen() * Math.min(10, aantal) / aantal, vorm.activiteiten() * Math.min(10, aantal) / aantal);
        kaal.walk(opwarmen, "KAAL-LW-" + run, threads); // warm-up, not measured
        long cpu0 = kaal.boekhoudingCpuNanos.get();
        long tx0 = kaal.boekhoudingTransacties.get();
        Werk bare = Werk.meet(jdbc, () -> kaal.walk(vorm, "KAAL-LL-" + run, threads))
                .metBoekhouding(kaal.boekhoudingCpuNanos.get() - cpu0, kaal.boekhoudingTransacties.get() - tx0);
        String laden = String.format(Locale.ROOT, "%d dossiers in %d s (%.2f /s, %d threads)", aantal,
                verslag[0].duur().toSeconds(), verslag[0].dossiersPerSeconde(), threads);
        String tabel = Werk.tabel(aantal, bare, app) + String.format(Locale.ROOT,
                "%nThe bare dossiers' shape (totals over %d, from the application's run): %s%n", aantal, KaleLevensloop.beschrijf(vorm));
        return new Uitslag(tabel, laden);
    }
}
