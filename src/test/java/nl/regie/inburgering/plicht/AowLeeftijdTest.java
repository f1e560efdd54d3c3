package nl.regie.inburgering.plicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** The AOW age by birth date (AOW art. 7a; the table in {@link AowLeeftijd}), at every boundary of the table. */
class AowLeeftijdTest {

    @Test
    void deLeeftijdHangtAfVanDeGeboortedatum() {
        assertThat(AowLeeftijd.voor(LocalDate.of(1955, 8, 31))).isEqualTo(Period.of(66, 4, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1955, 9, 1))).isEqualTo(Period.of(66, 7, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1956, 5, 31))).isEqualTo(Period.of(66, 7, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1956, 6, 1))).isEqualTo(Period.of(66, 10, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1957, 2, 28))).isEqualTo(Period.of(66, 10, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1957, 3, 1))).isEqualTo(Period.of(67, 0, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1960, 12, 31))).isEqualTo(Period.of(67, 0, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1961, 1, 1))).isEqualTo(Period.of(67, 3, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1990, 1, 1))).isEqualTo(Period.of(67, 3, 0));
    }

    @Test
    void bereiktOpDeDagZelf() {
        // born 1 January 1961: 67 years and 3 months on 1 April 2028, not on the 67th birthday
        LocalDate geboren = LocalDate.of(1961, 1, 1);
        assertThat(AowLeeftijd.bereiktOp(geboren)).isEqualTo(LocalDate.of(2028, 4, 1));
        assertThat(AowLeeftijd.bereikt(geboren, LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(AowLeeftijd.bereikt(geboren, LocalDate.of(2028, 3, 31))).isFalse();
        assertThat(AowLeeftijd.bereikt(geboren, LocalDate.of(2028, 4, 1))).isTrue();
        // born 31 December 1960: 67 on 31 December 2027
        assertThat(AowLeeftijd.bereikt(LocalDate.of(1960, 12, 31), LocalDate.of(2027, 12, 30))).isFalse();
        assertThat(AowLeeftijd.bereikt(LocalDate.of(1960, 12, 31), LocalDate.of(2027, 12, 31))).isTrue();
        // born 1 June 1956: 66 years and 10 months on 1 April 2023 (a flat 67 would say: not yet)
        assertThat(AowLeeftijd.bereikt(LocalDate.of(1956, 6, 1), LocalDate.of(2023, 4, 1))).isTrue();
        assertThat(AowLeeftijd.bereikt(LocalDate.of(1956, 6, 1), LocalDate.of(2023, 3, 31))).isFalse();
    }

    @Test
    void deOudeWetGeldtAlsDePlichtVoor2022Ontstond() {
        assertThat(WetInburgering2021.valtOnderOudeWet(LocalDate.of(2021, 12, 31), null)).isTrue();
        assertThat(WetInburgering2021.valtOnderOudeWet(LocalDate.of(2022, 1, 1), null)).isFalse();
        assertThat(WetInburgering2021.valtOnderOudeWet(LocalDate.of(2022, 3, 1), LocalDate.of(2021, 11, 1))).isTrue();
        assertThat(WetInburgering2021.valtOnderOudeWet(null, null)).isFalse();
    }
}
