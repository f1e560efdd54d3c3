package nl.regie.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The report's small rules without a database: the median from counted day numbers, cohort labels, a rate, CSV cells. */
class RekenregelsTest {

    private static TreeMap<Integer, Long> dagen(int... waarden) {
        TreeMap<Integer, Long> t = new TreeMap<>();
        Arrays.stream(waarden).forEach(d -> t.merge(d, 1L, Long::sum));
        return t;
    }

    @Test
    void deMediaanIsHetMiddelsteOfHetGemiddeldeVanDeTweeMiddelste() {
        assertThat(Cohorten.mediaan(dagen())).isNull();
        assertThat(Cohorten.mediaan(dagen(42))).isEqualByComparingTo("42.0");
        assertThat(Cohorten.mediaan(dagen(40, 100))).isEqualByComparingTo("70.0");
        assertThat(Cohorten.mediaan(dagen(3, 3, 10))).isEqualByComparingTo("3.0");
        assertThat(Cohorten.mediaan(dagen(1, 2, 3, 4))).isEqualByComparingTo("2.5");
        assertThat(Cohorten.mediaan(dagen(70, 5, 5, 5, 80, 90))).isEqualByComparingTo("37.5");
    }

    @Test
    void eenCohortHeetNaarKwartaalOfMaand() {
        assertThat(Cohorten.label(Cohorten.begin(LocalDate.of(2022, 8, 17), Cohorten.Indeling.KWARTAAL),
                Cohorten.Indeling.KWARTAAL)).isEqualTo("2022-K3");
        assertThat(Cohorten.begin(LocalDate.of(2022, 8, 17), Cohorten.Indeling.KWARTAAL)).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(Cohorten.label(Cohorten.begin(LocalDate.of(2022, 1, 31), Cohorten.Indeling.MAAND),
                Cohorten.Indeling.MAAND)).isEqualTo("2022-01");
    }

    @Test
    void eenPercentageAlleenAlsNiemandMeerLoopt() {
        assertThat(Cohorten.Maat.van(1, 3, 0, null).percentage()).isEqualByComparingTo("33.3");
        assertThat(Cohorten.Maat.van(2, 3, 0, 75).percentage()).isEqualByComparingTo("66.7");
        assertThat(Cohorten.Maat.van(1, 3, 1, 75).percentage()).isNull();
        assertThat(Cohorten.Maat.van(1, 3, 1, 75).totNuToe()).isTrue();
        assertThat(Cohorten.Maat.van(0, 0, 0, 75).percentage()).isNull();
    }

    @Test
    void csvCellenVoorEenNederlandseSpreadsheet() {
        assertThat(Csv.cel(new BigDecimal("593831.70"))).isEqualTo("593831,70");
        assertThat(Csv.cel(null)).isEmpty();
        assertThat(Csv.cel("a;b")).isEqualTo("\"a;b\"");
        assertThat(Csv.cel("zei \"ja\"")).isEqualTo("\"zei \"\"ja\"\"\"");
        assertThat(Csv.cel("=SOM(A1)")).isEqualTo("'=SOM(A1)");
        assertThat(Csv.cel(-3)).isEqualTo("-3");
    }
}
