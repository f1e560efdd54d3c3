package nl.regie.inburgering.populatie;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The generator's own bookkeeping, counted so that a measurement of the application (the benchmark) can subtract it:
 * the thread CPU time spent finding the next step (the dossier's process instances, its due jobs, timers, partner
 * tasks and tasks, the dossier re-read) and the number of those queries, each its own database transaction.
 * Counters {@link #CPU_NANOS} and {@link #TRANSACTIES} in the run's {@code Verslag}.
 */
public final class Boekhouding {

    public static final String CPU_NANOS = "boekhouding.cpuNanos";
    public static final String TRANSACTIES = "boekhouding.transacties";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Boekhouding() {
    }

    static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    static void tel(PopulatieGenerator.Tellers tellers, long sinds) {
        tellers.tel(CPU_NANOS, Math.max(0, cpu() - sinds));
    }
}
