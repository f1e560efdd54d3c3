package nl.regie.inburgering.populatie;

import java.time.LocalDate;
import java.util.List;

/**
 * The scale mode (issue 13 item 2): {@code aantal} active dossiers whose runtime state is that of a national
 * population — spread over the gemeenten, doelgroepen and the three years of the term — without walking three years
 * of each life. {@code intakeProcent} of the people arrive as COA's koppeling in the last {@code intakeWeken} weeks
 * and are walked up to {@code tot} as usual (the intake); the others moved in during the last {@code vensterDagen}
 * days with the PIP of a gemeente not on this installation (DUO SS121, {@code POST /api/dossiers} with
 * {@code vorigePip}): their term started 1 to 35 months ago, the casemanager confirms, the tracks start and the
 * partners answer within the window. Resumable: a person already in the database (same BSN, name and birth date) is
 * skipped, so a second run with the same seed adds only what is missing.
 */
public record SchaalInstellingen(int aantal, long seed, List<String> gemeenten, LocalDate tot, int threads,
                                 int intakeProcent, int intakeWeken, int vensterDagen) {

    /** Gemeenten not on the demo installation (CBS codes) that the taken-over PIPs come from. */
    static final List<String> ELDERS = List.of("0363", "0599", "0518", "0344", "0772", "0855");

    public SchaalInstellingen {
        if (aantal < 0 || threads < 1 || gemeenten.isEmpty() || intakeProcent < 0 || intakeProcent > 100
                || intakeWeken < 1 || vensterDagen < 0) {
            throw new IllegalArgumentException("schaal: aantal >= 0, threads >= 1, gemeenten niet leeg, "
                    + "intakeProcent 0-100, intakeWeken >= 1, vensterDagen >= 0");
        }
        gemeenten = List.copyOf(gemeenten);
    }

    /** The defaults: the ten demo gemeenten, 10 % in the intake (of 14 weeks), a window of 14 days. */
    public static SchaalInstellingen standaard(int aantal, long seed, LocalDate tot, int threads) {
        return new SchaalInstellingen(aantal, seed, PopulatieInstellingen.DEMO_GEMEENTEN, tot, threads, 10, 14, 14);
    }
}
