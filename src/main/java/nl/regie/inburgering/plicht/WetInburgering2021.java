package nl.regie.inburgering.plicht;

import java.time.LocalDate;

/**
 * Law, not local policy: the Wet inburgering 2021 took effect on 1 January 2022 (Stb. 2021, 38 and 41). Whoever was
 * inburgeringsplichtig under the Wet inburgering (2013) before that day stays under that law (Wi 2021 art. 54,
 * overgangsrecht, amended Stb. 2022, 487): the "ondertussengroep" is not routed here.
 *
 * <p>Which date decides: the plicht starts, in the main, with the residence permit. At opening we know COA's
 * koppelingsdatum (after the permit) and, later, DUO's kennisgeving. A koppeling or a kennisgeving before 1 January
 * 2022 means the plicht began before that day: old law. A permit of December 2021 with a koppeling in 2022 is not
 * visible to us; DUO's decision (which the casemanager sees) then settles it, and the casemanager may confirm
 * "geen plicht" on the dossier.
 */
public final class WetInburgering2021 {

    public static final LocalDate INWERKINGTREDING = LocalDate.of(2022, 1, 1);

    private WetInburgering2021() {
    }

    /** Whether a plicht with these dates falls under the old law (Wi 2013). Unknown dates do not count. */
    public static boolean valtOnderOudeWet(LocalDate koppelingsdatum, LocalDate kennisgevingDuo) {
        return (koppelingsdatum != null && koppelingsdatum.isBefore(INWERKINGTREDING))
                || (kennisgevingDuo != null && kennisgevingDuo.isBefore(INWERKINGTREDING));
    }
}
