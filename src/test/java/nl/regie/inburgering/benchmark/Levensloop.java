package nl.regie.inburgering.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.populatie.Boekhouding;
import nl.regie.inburgering.populatie.PopulatieGenerator;
import nl.regie.inburgering.populatie.PopulatieInstellingen;

/**
 * The lifecycle measurement (issue 13, README "Benchmark"), in rounds: in each round first the application — the
 * population generator walks {@code aantal} new people through three years — then the bare engine runs the same
 * numbers of steps per dossier ({@link KaleLevensloop}), both driven by the same loop with the driver's bookkeeping
 * counted on both sides. Before the first round 5 people and a tenth of the bare shape are walked unmeasured.
 * <p>
 * Why rounds: the first round still meets much of the application's code for the first time (a three-year life
 * reaches handhaving, the end of the term, moves and letters only late), and the JIT compiles it while it is being
 * measured — in a 30-person first round about a quarter of the application's CPU was the compiler's (JFR, 26
 * November). The bare engine runs after it on an engine that is already compiled. A long-running server is in the
 * later rounds' state, so the verdict is the median of the rounds after the first; the first is reported beside them.
 */
final class Levensloop {

    /** Seed of the first round, as in every earlier run; the next rounds take their own (the warm-up has 2027). */
    static final long SEED = 2026;

    /** The table and the loading line. */
    record Uitslag(String tabel, String laden) {
    }

    private record Ronde(int nummer, long seed, Werk app, Werk kaal, PopulatieGenerator.Verslag verslag) {
    }

    private Levensloop() {
    }

    static Uitslag meet(ConfigurableApplicationContext context, int aantal, int threads, int rondes, String run) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        PopulatieGenerator generator = context.getBean(PopulatieGenerator.class);
        // warm-up of the application's code paths (a few people of another seed), not measured
        generator.genereer(PopulatieInstellingen.drieJaar(Math.min(5, aantal), 2027, LocalDate.now(), threads));
        KaleLevensloop kaal = new KaleLevensloop(context.getBean(ProcessEngine.class));
        List<Ronde> gemeten = new ArrayList<>();
        for (int r = 1; r <= Math.max(1, rondes); r++) {
            long seed = seed(r);
            PopulatieGenerator.Verslag[] verslag = new PopulatieGenerator.Verslag[1];
            Werk app = Werk.meet(jdbc, () -> verslag[0] = generator.genereer(PopulatieInstellingen.drieJaar(aantal, seed, LocalDate.now(), threads)));
            app = app.metBoekhouding(verslag[0].teller(Boekhouding.CPU_NANOS), verslag[0].teller(Boekhouding.TRANSACTIES));
            KaleLevensloop.Vorm vorm = app.vorm(aantal);
            if (r == 1) {
                kaal.walk(deel(vorm, Math.min(10, aantal)), "KAAL-LW-" + run, threads); // warm-up, not measured
            }
            long cpu0 = kaal.boekhoudingCpuNanos.get();
            long tx0 = kaal.boekhoudingTransacties.get();
            Werk bare = Werk.meet(jdbc, () -> kaal.walk(vorm, "KAAL-LL-" + run + "-" + seed, threads))
                    .metBoekhouding(kaal.boekhoudingCpuNanos.get() - cpu0, kaal.boekhoudingTransacties.get() - tx0);
            gemeten.add(new Ronde(r, seed, app, bare, verslag[0]));
        }
        Ronde laatste = gemeten.get(gemeten.size() - 1);
        String laden = gemeten.stream().map(g -> String.format(Locale.ROOT, "%d dossiers in %d s (%.2f /s)", aantal,
                g.verslag().duur().toSeconds(), g.verslag().dossiersPerSeconde())).reduce((a, b) -> a + ", " + b).orElse("")
                + String.format(Locale.ROOT, " (%d lifecycle round(s), %d threads)", gemeten.size(), threads);
        String tabel = rondes(aantal, gemeten) + "\n" + Werk.tabel(aantal, laatste.kaal(), laatste.app())
                .replaceFirst("### Lifecycle: ", "### Lifecycle, round " + laatste.nummer() + ": ")
                + String.format(Locale.ROOT, "%nThe bare dossiers' shape in that round (totals over %d, from the application's run): %s%n",
                aantal, KaleLevensloop.beschrijf(laatste.app().vorm(aantal)));
        return new Uitslag(tabel, laden);
    }

    /** Round 1 has the seed of every earlier run, the next ones 2028, 2029, … (2027 is the warm-up's). */
    static long seed(int ronde) {
        return ronde == 1 ? SEED : SEED + ronde;
    }

    private static KaleLevensloop.Vorm deel(KaleLevensloop.Vorm vorm, long n) {
        long d = vorm.dossiers();
        return new KaleLevensloop.Vorm(n, vorm.taken() * n / d, vorm.antwoorden() * n / d, vorm.timers() * n / d,
                vorm.timersNietAf() * n / d, vorm.jobs() * n / d, vorm.aanroepen() * n / d, vorm.activiteiten() * n / d);
    }

    /** One line per round: CPU per dossier (without the driver's bookkeeping) and the JIT's part, and the ratios. */
    private static String rondes(int aantal, List<Ronde> gemeten) {
        StringBuilder uit = new StringBuilder(String.format(Locale.ROOT,
                "### Lifecycle per round: %d new dossiers each, bare engine with each round's shape%n%n", aantal));
        // the bare side runs each round's own numbers of activity instances, so the ratio per dossier is also the
        // ratio per activity instance
        uit.append("| round (seed) | application CPU ms per dossier | of which JIT | bare CPU ms per dossier | of which JIT "
                + "| ratio per dossier | activity instances per dossier |\n|---|---|---|---|---|---|---|\n");
        List<Double> warm = new ArrayList<>();
        for (Ronde g : gemeten) {
            double app = g.app().cpuNetto() / 1e6 / aantal;
            double bare = g.kaal().cpuNetto() / 1e6 / aantal;
            if (g.nummer() > 1) {
                warm.add(app / bare);
            }
            uit.append(String.format(Locale.ROOT, "| %d (%d)%s | %.1f | %.1f | %.1f | %.1f | %.2f× | %.1f |%n",
                    g.nummer(), g.seed(), g.nummer() == 1 ? ", first" : "", app, (double) g.app().compilatieMs() / aantal,
                    bare, (double) g.kaal().compilatieMs() / aantal, app / bare, (double) g.app().activiteiten() / aantal));
        }
        if (warm.isEmpty()) {
            uit.append("\nOne round only: the verdict below is the first round's, with the JIT still compiling.\n");
        } else {
            double mediaan = Benchmark.mediaan(warm);
            uit.append(String.format(Locale.ROOT, "%n**Median of the rounds after the first: %.2f× CPU per dossier — goal ≤ 1.3×: %s**%n",
                    mediaan, mediaan <= 1.3 ? "met" : "not met"));
        }
        return uit.toString();
    }
}
