package nl.regie.inburgering.verhuizing;

import java.time.LocalDate;
import java.util.Arrays;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.web.Validatie;

/**
 * The PIP of a previous gemeente that is not on this installation (DUO SS121, the previous gemeente's data), sent
 * with {@code POST /api/dossiers} as {@code vorigePip}. The new dossier takes over the PIP, the leerroute and the
 * inburgeringstermijn: no new brede intake, no new ten weeks, no new three years.
 *
 * @param vorigeGemeente CBS code of the previous gemeente (four digits)
 * @param dagtekening    the dagtekening of the previous gemeente's PIP beschikking
 * @param leerroute      B1, ONDERWIJS or Z
 * @param termijnStart   first day of the inburgeringstermijn (the day after the dagtekening, Wi art. 7)
 * @param termijnEinde   the end of the term as DUO registered it (three years after the start, later after a verlenging)
 */
public record VorigePip(String vorigeGemeente, LocalDate dagtekening, String leerroute, LocalDate termijnStart,
                        LocalDate termijnEinde) {

    /** The three-year inburgeringstermijn (Wi art. 7 lid 1): an end before start + three years is not DUO's. */
    public static final java.time.Period WETTELIJKE_TERMIJN = java.time.Period.ofYears(3);

    /** Dossier event (published by the dossier service while opening, before the route starts): take it over. */
    public record Overnemen(Dossier dossier, VorigePip pip, String door) {
    }

    /** Checks every field; names each wrong one as {@code vorigePip.<veld>}. Nothing to check when absent. */
    public static void valideer(Validatie v, VorigePip pip, String gemeente, Gemeenten gemeenten) {
        if (pip == null) {
            return;
        }
        String p = "vorigePip.";
        v.verplicht(p + "vorigeGemeente", pip.vorigeGemeente());
        if (pip.vorigeGemeente() != null && !pip.vorigeGemeente().matches("[0-9]{4}")) {
            v.fout(p + "vorigeGemeente", "is geen CBS-gemeentecode (vier cijfers)");
        } else if (pip.vorigeGemeente() != null && gemeenten.metCbsCode(pip.vorigeGemeente()).isPresent()) {
            v.fout(p + "vorigeGemeente", "wordt door deze installatie bediend: registreer de verhuizing op het dossier "
                    + "van die gemeente (POST /api/dossiers/{nummer}/verhuizing)");
        }
        if (pip.vorigeGemeente() != null && pip.vorigeGemeente().equals(gemeente)) {
            v.fout(p + "vorigeGemeente", "is de gemeente van het nieuwe dossier zelf");
        }
        v.verplicht(p + "dagtekening", pip.dagtekening()).datumInHetVerleden(p + "dagtekening", pip.dagtekening());
        v.verplicht(p + "leerroute", pip.leerroute());
        if (pip.leerroute() != null && Arrays.stream(Leerroute.values()).noneMatch(l -> l.name().equals(pip.leerroute()))) {
            v.fout(p + "leerroute", "moet een van " + Arrays.toString(Leerroute.values()) + " zijn");
        }
        v.verplicht(p + "termijnStart", pip.termijnStart());
        if (pip.termijnStart() != null && pip.termijnStart().isAfter(Tijd.vandaag().plusDays(1))) {
            v.fout(p + "termijnStart", "ligt in de toekomst");
        }
        v.verplicht(p + "termijnEinde", pip.termijnEinde());
        if (pip.termijnEinde() != null && pip.termijnEinde().isBefore(Validatie.VROEGSTE_DATUM)) {
            v.fout(p + "termijnEinde", "ligt voor 1900");
        }
        if (pip.dagtekening() != null && pip.termijnStart() != null && !pip.termijnStart().isAfter(pip.dagtekening())) {
            v.fout(p + "termijnStart", "ligt niet na de dagtekening (de termijn begint de dag na de dagtekening)");
        }
        if (pip.termijnStart() != null && pip.termijnEinde() != null) {
            if (!pip.termijnEinde().isAfter(pip.termijnStart())) {
                v.fout(p + "termijnEinde", "ligt niet na termijnStart");
            } else if (pip.termijnEinde().isBefore(pip.termijnStart().plus(WETTELIJKE_TERMIJN))) {
                v.fout(p + "termijnEinde", "ligt minder dan drie jaar na termijnStart (Wi art. 7; alleen een verlenging "
                        + "maakt de termijn langer, nooit korter)");
            }
        }
    }
}
