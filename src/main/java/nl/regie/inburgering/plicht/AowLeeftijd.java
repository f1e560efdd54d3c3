package nl.regie.inburgering.plicht;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The AOW age by date of birth: law, one table, never per gemeente. The inburgeringsplicht runs from 16 up to the
 * AOW age (Wi 2021 art. 3 lid 1), and the AOW age is the "pensioengerechtigde leeftijd" of AOW art. 7a, fixed by the
 * minister five years ahead and published per calendar year (source: Rijksoverheid, "Wanneer gaat mijn AOW in?",
 * https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in ;
 * SZW's decision for 2031: 67 years and 3 months). Update this table when the minister fixes a new year.
 *
 * <p>Each row: born on or after {@code geborenVanaf} (and before the next row) → that AOW age. Everyone born
 * before 1 September 1955 reached the AOW age (66 years and 4 months or less) before this law started on
 * 1 January 2022, so the first row covers them all.
 */
public final class AowLeeftijd {

    record Rij(LocalDate geborenVanaf, Period leeftijd) {
    }

    static final List<Rij> TABEL = List.of(
            new Rij(LocalDate.MIN, Period.of(66, 4, 0)),                 // AOW in 2021 or earlier
            new Rij(LocalDate.of(1955, 9, 1), Period.of(66, 7, 0)),      // AOW in 2022
            new Rij(LocalDate.of(1956, 6, 1), Period.of(66, 10, 0)),     // AOW in 2023
            new Rij(LocalDate.of(1957, 3, 1), Period.of(67, 0, 0)),      // AOW in 2024–2027
            new Rij(LocalDate.of(1961, 1, 1), Period.of(67, 3, 0)));     // AOW in 2028–2031 (born before 1 Oct 1964);
    // later years are not fixed yet: the last fixed age (67 years and 3 months) applies until the table is extended

    private AowLeeftijd() {
    }

    /** The AOW age of someone born on this day. */
    public static Period voor(LocalDate geboortedatum) {
        Period leeftijd = TABEL.get(0).leeftijd();
        for (Rij rij : TABEL) {
            if (!geboortedatum.isBefore(rij.geborenVanaf())) {
                leeftijd = rij.leeftijd();
            }
        }
        return leeftijd;
    }

    /** The day this person reaches the AOW age. */
    public static LocalDate bereiktOp(LocalDate geboortedatum) {
        return geboortedatum.plus(voor(geboortedatum));
    }

    /** Whether this person has reached the AOW age on {@code peildatum} (on the day itself: reached). */
    public static boolean bereikt(LocalDate geboortedatum, LocalDate peildatum) {
        return !peildatum.isBefore(bereiktOp(geboortedatum));
    }
}
