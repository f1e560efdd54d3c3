package nl.regie.inburgering.populatie;

import java.time.LocalDate;
import java.util.List;

/**
 * What the generator makes: {@code aantal} dossiers (people; a move adds a follow-up dossier), deterministic for
 * {@code seed}, spread over {@code gemeenten} (tenant ids), with koppelingen between {@code van} and {@code tot} (the
 * simulated "today": every dossier is walked up to that day), on {@code threads} threads.
 */
public record PopulatieInstellingen(int aantal, long seed, List<String> gemeenten, LocalDate van, LocalDate tot,
                                    int threads) {

    /** The ten demo gemeenten. */
    public static final List<String> DEMO_GEMEENTEN = List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420",
            "GM0432", "GM0532", "GM0439", "GM0637", "GM1904");

    public PopulatieInstellingen {
        if (aantal < 0 || threads < 1 || gemeenten.isEmpty() || !van.isBefore(tot)) {
            throw new IllegalArgumentException("populatie: aantal >= 0, threads >= 1, gemeenten niet leeg, van voor tot");
        }
        gemeenten = List.copyOf(gemeenten);
    }

    /** Three simulated years up to {@code tot}. */
    public static PopulatieInstellingen drieJaar(int aantal, long seed, LocalDate tot, int threads) {
        return new PopulatieInstellingen(aantal, seed, DEMO_GEMEENTEN, tot.minusYears(3), tot, threads);
    }
}
