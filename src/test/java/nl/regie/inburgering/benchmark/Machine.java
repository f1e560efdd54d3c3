package nl.regie.inburgering.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a benchmark ran on, for the results' header: cores, the processor's model and clock (from
 * {@code /proc/cpuinfo} on Linux; machines "of the same kind" differed by up to 2× in the bare engine's CPU per
 * lifecycle between two days, so absolute figures need it) and memory.
 */
final class Machine {

    private Machine() {
    }

    static String beschrijving() {
        long geheugen = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores (%s), %d MB memory", Runtime.getRuntime().availableProcessors(),
                processor(), geheugen / 1_048_576);
    }

    static String processor() {
        try {
            List<String> regels = Files.readAllLines(Path.of("/proc/cpuinfo"));
            String model = waarde(regels, "model name");
            String mhz = waarde(regels, "cpu MHz");
            if (model != null) {
                return mhz == null ? model : model + ", " + Math.round(Double.parseDouble(mhz)) + " MHz";
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or an unexpected format: the architecture will do
        }
        return System.getProperty("os.arch");
    }

    private static String waarde(List<String> regels, String sleutel) {
        return regels.stream().filter(r -> r.startsWith(sleutel)).map(r -> r.substring(r.indexOf(':') + 1).trim())
                .findFirst().orElse(null);
    }
}
