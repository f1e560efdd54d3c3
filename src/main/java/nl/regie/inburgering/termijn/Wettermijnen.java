package nl.regie.inburgering.termijn;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The periods and numbers the law fixes: one place, with their article, never per gemeente. A gemeente (or
 * {@code regie.standaard}) that still sets one of {@link #CONFIGURATIESLEUTELS} stops the application at start
 * ({@code gemeente/Gemeenten}): a law is not overridable. Local policy (reminders, MB durations, intervals, fixed
 * costs, providers) stays in {@code regie.standaard} / {@code regie.gemeenten}.
 * <p>
 * Sources: Wet inburgering 2021 (Wi), Besluit inburgering 2021 (Bi); see the README, "Wettelijke termijnen".
 */
public final class Wettermijnen {

    private Wettermijnen() {
    }

    /**
     * Ten weeks to fix the PIP after DUO's kennisgeving that the term started (SS139) or, for a statushouder not yet
     * in the gemeente's BRP, after the BRP registration (Bi art. 5.3; the PIP itself: Wi art. 15). The last day is
     * start + 10 weeks, moved by the Algemene termijnenwet ({@link Termijnenwet#verleng}) when it is a Saturday,
     * Sunday or algemeen erkende feestdag.
     */
    public static final Period PIP_TERMIJN = Period.ofWeeks(10);

    /**
     * The only allowed overrun of the ten weeks: the gemeente waited for information from a third party (begun before
     * the ten weeks passed); the PIP is then due two weeks after the information arrived (Bi art. 5.3), moved by the
     * Algemene termijnenwet like the ten weeks.
     */
    public static final Period PIP_TERMIJN_NA_INFORMATIE_DERDE = Period.ofWeeks(2);

    /**
     * The inburgeringstermijn: three years, from the day after the dagtekening of the (first) PIP (Wi art. 11 lid 1);
     * a PIP change does not move it (Wi art. 11 lid 3), DUO may extend it (Wi art. 12). The stored end is exclusive
     * (start + 3 years), as DUO's {@code einddatum}. The Algemene termijnenwet does not apply: art. 4 excludes terms
     * longer than three months.
     */
    public static final Period INBURGERINGSTERMIJN = Period.ofYears(3);

    /**
     * The leerroute may be changed until 1.5 years after the start of the inburgeringstermijn (Bi; brief step 4),
     * from the onderwijsroute to the B1-route at any time. Not moved by the Algemene termijnenwet (art. 4).
     */
    public static final Period ROUTEWISSEL_TERMIJN = Period.ofMonths(18);

    /** Z-route: at least 800 hours of language course (Bi; brief step 8), for every doelgroep. */
    public static final int Z_ROUTE_TAALUREN = 800;

    /** Z-route: at least 800 hours of participation for (nareiziger-)statushouders (Bi; brief step 8). */
    public static final int Z_ROUTE_PARTICIPATIEUREN = 800;

    /** The participatieverklaringstraject takes at least 12 hours (Bi art. 3.1). */
    public static final int PVT_MINIMUM_UREN = 12;

    /** The MAP covers eight themes (Bi art. 3.2), plus the gemeente's eindgesprek. */
    public static final int MAP_THEMAS = 8;

    /**
     * The bezwaar period against a beschikking (here the boetebeschikking): six weeks (Awb art. 6:7). It starts the
     * day after the beschikking was made known (Awb art. 6:8 lid 1; here: the dagtekening, on which it is sent), so its
     * last day is dagtekening + 6 weeks; a last day on a Saturday, Sunday or algemeen erkende feestdag moves to the next
     * working day (Algemene termijnenwet art. 1). A bezwaar received on that last day is in time.
     */
    public static final Period BEZWAARTERMIJN = Period.ofWeeks(6);

    /**
     * The decision on a bezwaar: within six weeks from the day after the bezwaar period ended (Awb art. 7:10 lid 1;
     * twelve weeks with an advisory committee, art. 7:13, which the gemeenten here do not use for these fines), moved
     * by the Algemene termijnenwet. The due date of *Beslissen op bezwaar*.
     */
    public static final Period BESLISTERMIJN_BEZWAAR = Period.ofWeeks(6);

    /**
     * The configuration keys that once made these periods local policy. Setting any of them under
     * {@code regie.standaard} or {@code regie.gemeenten.*} refuses the start, naming the key.
     */
    public static final List<String> CONFIGURATIESLEUTELS = List.of("pip-termijn", "pip-termijn-na-informatie-derde",
            "inburgeringstermijn", "routewissel-termijn", "z-route-taaluren", "z-route-participatieuren", "bezwaartermijn", "beslistermijn-bezwaar");

    /** The last day of the ten weeks that started on {@code start} (Bi 5.3 with the Algemene termijnenwet). */
    public static LocalDate pipUiterlijk(LocalDate start) {
        return Termijnenwet.verleng(start.plus(PIP_TERMIJN));
    }

    /** The last day of the two weeks after the third party's information arrived (Bi 5.3 with the Atw). */
    public static LocalDate pipUiterlijkNaInformatieDerde(LocalDate ontvangen) {
        return Termijnenwet.verleng(ontvangen.plus(PIP_TERMIJN_NA_INFORMATIE_DERDE));
    }

    /**
     * The (exclusive, as DUO's einddatum) end of the inburgeringstermijn of a PIP with this dagtekening: the term runs
     * three years from the day after the dagtekening (Wi 11), no Atw (art. 4: longer than three months).
     */
    public static LocalDate inburgeringstermijnEinde(LocalDate dagtekening) {
        return InburgeringstermijnService.eindeNaDagtekening(dagtekening, INBURGERINGSTERMIJN);
    }

    /**
     * The last day (inclusive) of the bezwaar period against a beschikking with this dagtekening: dagtekening + six
     * weeks (Awb 6:7, counted from the day after, 6:8), moved by the Algemene termijnenwet.
     */
    public static LocalDate bezwaarUiterlijk(LocalDate dagtekening) {
        return Termijnenwet.verleng(dagtekening.plus(BEZWAARTERMIJN));
    }

    /** The last day to decide on a bezwaar against a beschikking of {@code dagtekening} (Awb 7:10 lid 1, Atw). */
    public static LocalDate beslissenOpBezwaarUiterlijk(LocalDate dagtekening) {
        return Termijnenwet.verleng(bezwaarUiterlijk(dagtekening).plus(BESLISTERMIJN_BEZWAAR));
    }
}
