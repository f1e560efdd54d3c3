package nl.regie.inburgering.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Algemene termijnenwet (Atw, BWBR0002448). Art. 1 lid 1: a term set in a law (a formal law or an algemene
 * maatregel van bestuur, such as the Besluit inburgering 2021) that ends on a Saturday, Sunday or algemeen erkende
 * feestdag is extended up to and including the next day that is none of these. Art. 3 lid 1 lists the feestdagen:
 * Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag, the day on which the
 * King's birthday is celebrated, and 5 May (every year); art. 3 lid 2 treats Goede Vrijdag as one. Art. 4 excludes
 * terms longer than three months (so not the three-year inburgeringstermijn nor the 1.5 years of a route switch).
 * <p>
 * The days are computed, never typed in: Easter by the Gregorian computus (Meeus/Jones/Butcher). Koningsdag is
 * 27 April, or 26 April when the 27th is a Sunday (Besluit viering Koningsdag). Days a royal decree declares equal
 * (art. 3 lid 3, published in the Staatscourant, e.g. bridge days) are not known here; see the README.
 */
public final class Termijnenwet {

    private Termijnenwet() {
    }

    /** Easter Sunday of the year (Gregorian calendar, anonymous computus). */
    public static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }

    /** Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday. */
    public static LocalDate koningsdag(int jaar) {
        LocalDate dag = LocalDate.of(jaar, Month.APRIL, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** The algemeen erkende feestdagen of the year (Atw art. 3 lid 1) and Goede Vrijdag (art. 3 lid 2). */
    public static Set<LocalDate> feestdagen(int jaar) {
        LocalDate pasen = pasen(jaar);
        Set<LocalDate> dagen = new TreeSet<>();
        dagen.add(LocalDate.of(jaar, Month.JANUARY, 1));      // Nieuwjaarsdag
        dagen.add(pasen.minusDays(2));                         // Goede Vrijdag (art. 3 lid 2)
        dagen.add(pasen.plusDays(1));                          // tweede Paasdag
        dagen.add(koningsdag(jaar));                           // de dag waarop de verjaardag van de Koning wordt gevierd
        dagen.add(LocalDate.of(jaar, Month.MAY, 5));           // de vijfde mei
        dagen.add(pasen.plusDays(39));                         // Hemelvaartsdag
        dagen.add(pasen.plusDays(50));                         // tweede Pinksterdag
        dagen.add(LocalDate.of(jaar, Month.DECEMBER, 25));    // eerste Kerstdag
        dagen.add(LocalDate.of(jaar, Month.DECEMBER, 26));    // tweede Kerstdag
        return dagen;
    }

    /** Whether a term may not end on this day: a Saturday, Sunday or algemeen erkende feestdag. */
    public static boolean geenWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY
                || feestdagen(dag.getYear()).contains(dag);
    }

    /** Atw art. 1 lid 1: the last day of a term, extended to the next day that is not a Saturday, Sunday or feestdag. */
    public static LocalDate verleng(LocalDate laatsteDag) {
        LocalDate dag = laatsteDag;
        while (geenWerkdag(dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }
}
