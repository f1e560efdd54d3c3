package nl.regie.inburgering.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work of one part of the benchmark: the process's CPU time (all threads: the engine's work runs in this JVM), the
 * database's work ({@link DatabaseWerk}) and the engine steps it took, counted in the engine's history: user tasks
 * completed, partner answers (external tasks completed), jobs executed (timers and asynchronous continuations) and
 * activity instances.
 */
record Werk(long cpuNanos, long wandNanos, DatabaseWerk database, long taken, long externeTaken, long jobs,
            long activiteiten) {

    static Werk meet(JdbcTemplate jdbc, Runnable deel) {
        DatabaseWerk.analyseer(jdbc);
        long[] stappen = stappen(jdbc);
        DatabaseWerk db = DatabaseWerk.nu(jdbc);
        long cpu = cpu();
        long wand = System.nanoTime();
        deel.run();
        wand = System.nanoTime() - wand;
        cpu = cpu() - cpu;
        DatabaseWerk dbNa = DatabaseWerk.nu(jdbc);
        long[] na = stappen(jdbc);
        return new Werk(cpu, wand, dbNa.min(db), na[0] - stappen[0], na[1] - stappen[1], na[2] - stappen[2],
                na[3] - stappen[3]);
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long[] stappen(JdbcTemplate jdbc) {
        return new long[] {
            jdbc.queryForObject("select count(*) from act_hi_taskinst where end_time_ is not null", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_ext_task_log where state_ = 2", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class)};
    }

    /** Engine steps: user tasks completed + partner answers + jobs executed. */
    long stappen() {
        return taken + externeTaken + jobs;
    }

    /** The lifecycle table: per dossier and per engine step, bare engine against the application. */
    static String tabel(int aantal, Werk kaal, Werk app) {
        StringBuilder uit = new StringBuilder();
        uit.append(String.format(Locale.ROOT, "### Lifecycle: %d dossiers, bare engine (`kaal-dossier.bpmn`) vs the application (population generator)%n%n", aantal));
        uit.append("| per dossier | bare engine | application | ratio |\n|---|---|---|---|\n");
        rij(uit, "CPU ms (JVM process)", kaal.cpuNanos / 1e6 / aantal, app.cpuNanos / 1e6 / aantal);
        rij(uit, "wall-clock ms", kaal.wandNanos / 1e6 / aantal, app.wandNanos / 1e6 / aantal);
        rij(uit, "database transactions", (double) kaal.database.transacties() / aantal, (double) app.database.transacties() / aantal);
        rij(uit, "database rows read", (double) kaal.database.rijenGelezen() / aantal, (double) app.database.rijenGelezen() / aantal);
        rij(uit, "database rows written", (double) kaal.database.rijenGeschreven() / aantal, (double) app.database.rijenGeschreven() / aantal);
        rij(uit, "user tasks completed", (double) kaal.taken / aantal, (double) app.taken / aantal);
        rij(uit, "partner answers", (double) kaal.externeTaken / aantal, (double) app.externeTaken / aantal);
        rij(uit, "jobs executed", (double) kaal.jobs / aantal, (double) app.jobs / aantal);
        rij(uit, "activity instances", (double) kaal.activiteiten / aantal, (double) app.activiteiten / aantal);
        uit.append("\n| per engine step (task + answer + job) | bare engine | application | ratio | goal ≤ 1.3× |\n|---|---|---|---|---|\n");
        doel(uit, "CPU ms", kaal.cpuNanos / 1e6 / kaal.stappen(), app.cpuNanos / 1e6 / app.stappen());
        doel(uit, "database transactions", (double) kaal.database.transacties() / kaal.stappen(), (double) app.database.transacties() / app.stappen());
        doel(uit, "database rows read", (double) kaal.database.rijenGelezen() / kaal.stappen(), (double) app.database.rijenGelezen() / app.stappen());
        doel(uit, "database rows written", (double) kaal.database.rijenGeschreven() / kaal.stappen(), (double) app.database.rijenGeschreven() / app.stappen());
        uit.append(String.format(Locale.ROOT, "%nentries read per dossier (index and sequential scans, top 3): bare: %s; application: %s%n",
                kaal.database.meesteLezingen(3, aantal), app.database.meesteLezingen(3, aantal)));
        uit.append("\n| per activity instance (flow node executed) | bare engine | application | ratio | goal ≤ 1.3× |\n|---|---|---|---|---|\n");
        doel(uit, "CPU ms", kaal.cpuNanos / 1e6 / kaal.activiteiten, app.cpuNanos / 1e6 / app.activiteiten);
        doel(uit, "database transactions", (double) kaal.database.transacties() / kaal.activiteiten, (double) app.database.transacties() / app.activiteiten);
        doel(uit, "database rows read", (double) kaal.database.rijenGelezen() / kaal.activiteiten, (double) app.database.rijenGelezen() / app.activiteiten);
        doel(uit, "database rows written", (double) kaal.database.rijenGeschreven() / kaal.activiteiten, (double) app.database.rijenGeschreven() / app.activiteiten);
        return uit.toString();
    }

    private static void rij(StringBuilder uit, String naam, double kaal, double app) {
        uit.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", naam, kaal, app, ratio(kaal, app)));
    }

    private static void doel(StringBuilder uit, String naam, double kaal, double app) {
        String r = ratio(kaal, app);
        String oordeel = kaal <= 0 ? "-" : app / kaal <= 1.3 ? "met" : "**not met**";
        uit.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s |%n", naam, kaal, app, r, oordeel));
    }

    static String ratio(double kaal, double app) {
        return kaal <= 0 ? "-" : String.format(Locale.ROOT, "%.2f×", app / kaal);
    }
}
