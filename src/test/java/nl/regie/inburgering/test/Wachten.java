package nl.regie.inburgering.test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waiting for something another thread does (the official external task client's workers). The engine clock stays
 * under the test's control; only the wall clock bounds the wait.
 */
public final class Wachten {

    private static final Duration UITERLIJK = Duration.ofSeconds(20);

    private Wachten() {
    }

    /**
     * Returns as soon as the condition holds; fails the test when it does not hold within 20 seconds, and when the
     * test thread is interrupted (never returns as if the condition held).
     */
    public static void wachtTot(String wat, BooleanSupplier voorwaarde) {
        Instant uiterlijk = Instant.now().plus(UITERLIJK);
        while (!voorwaarde.getAsBoolean()) {
            if (Instant.now().isAfter(uiterlijk)) {
                throw new AssertionError("Niet binnen " + UITERLIJK.toSeconds() + " s: " + wat);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Onderbroken tijdens wachten op: " + wat, e);
            }
        }
    }
}
