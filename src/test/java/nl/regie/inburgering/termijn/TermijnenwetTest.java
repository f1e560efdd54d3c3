package nl.regie.inburgering.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Algemene termijnenwet: Easter by computus, the feestdagen of art. 3, and the extension of art. 1. */
class TermijnenwetTest {

    @ParameterizedTest(name = "Pasen {0} = {1}")
    @CsvSource({"2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2027, 2027-03-28", "2028, 2028-04-16", "2038, 2038-04-25", "2285, 2285-03-22"})
    void pasenVolgensDeComputus(int jaar, LocalDate pasen) {
        assertThat(Termijnenwet.pasen(jaar)).isEqualTo(pasen);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2025-01-01, Nieuwjaarsdag", "2025-04-18, Goede Vrijdag (art. 3 lid 2)", "2025-04-21, tweede Paasdag",
            "2025-04-26, Koningsdag op zaterdag want 27 april 2025 is een zondag", "2025-05-05, vijfde mei",
            "2025-05-29, Hemelvaartsdag", "2025-06-09, tweede Pinksterdag", "2025-12-25, eerste Kerstdag",
            "2025-12-26, tweede Kerstdag", "2026-04-03, Goede Vrijdag", "2026-04-06, tweede Paasdag",
            "2026-04-27, Koningsdag", "2026-05-14, Hemelvaartsdag", "2026-05-25, tweede Pinksterdag",
            "2027-03-26, Goede Vrijdag", "2027-03-29, tweede Paasdag", "2027-05-06, Hemelvaartsdag",
            "2027-05-17, tweede Pinksterdag", "2027-04-27, Koningsdag (dinsdag)"})
    void feestdagen(LocalDate dag, String welke) {
        assertThat(Termijnenwet.feestdagen(dag.getYear())).as(welke).contains(dag);
        assertThat(Termijnenwet.geenWerkdag(dag)).as(welke).isTrue();
    }

    @Test
    void geenAndereDagen() {
        assertThat(Termijnenwet.feestdagen(2025)).hasSize(9);
        // Eerste Paasdag and eerste Pinksterdag are Sundays anyway; 27 April 2025 is a Sunday, so not Koningsdag
        assertThat(Termijnenwet.feestdagen(2025)).doesNotContain(LocalDate.of(2025, 4, 27), LocalDate.of(2025, 5, 4),
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 5, 30));
        assertThat(Termijnenwet.geenWerkdag(LocalDate.of(2026, 5, 26))).isFalse();
    }

    @ParameterizedTest(name = "laatste dag {0} wordt {1}: {2}")
    @CsvSource({
            "2026-05-11, 2026-05-11, een gewone maandag blijft",
            "2026-05-09, 2026-05-11, zaterdag naar maandag",
            "2026-05-10, 2026-05-11, zondag naar maandag",
            "2026-05-05, 2026-05-06, vijfde mei naar woensdag",
            "2026-04-03, 2026-04-07, Goede Vrijdag, het weekend en tweede Paasdag naar dinsdag",
            "2026-05-25, 2026-05-26, tweede Pinksterdag naar dinsdag",
            "2025-04-26, 2025-04-28, Koningsdag op zaterdag en de zondag naar maandag",
            "2026-12-25, 2026-12-28, beide Kerstdagen en het weekend naar maandag",
            "2028-12-30, 2029-01-02, het weekend en Nieuwjaarsdag in het nieuwe jaar"})
    void verlengingTotDeEerstvolgendeWerkdag(LocalDate laatsteDag, LocalDate verlengd, String waarom) {
        assertThat(Termijnenwet.verleng(laatsteDag)).as(waarom).isEqualTo(verlengd);
    }

    @Test
    void deTienWekenEnDeTweeWekenVolgenDeTermijnenwetMaarDeDrieJaarNiet() {
        // kennisgeving Tuesday 24 February 2026: ten weeks end on 5 May, the PIP is on time until Wednesday 6 May
        assertThat(Wettermijnen.pipUiterlijk(LocalDate.of(2026, 2, 24))).isEqualTo(LocalDate.of(2026, 5, 6));
        // the law review's example: a kennisgeving on Saturday 15 February 2025 ends on Saturday 26 April (Koningsdag)
        assertThat(Wettermijnen.pipUiterlijk(LocalDate.of(2025, 2, 15))).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(Wettermijnen.pipUiterlijkNaInformatieDerde(LocalDate.of(2026, 12, 11))).isEqualTo(LocalDate.of(2026, 12, 28));
        // Atw art. 4: the three years are not extended, even when the end falls on a Sunday
        assertThat(Wettermijnen.inburgeringstermijnEinde(LocalDate.of(2026, 5, 9))).isEqualTo(LocalDate.of(2029, 5, 10));
        assertThat(Wettermijnen.inburgeringstermijnEinde(LocalDate.of(2024, 2, 28))).isEqualTo(LocalDate.of(2027, 3, 1));
    }
}
