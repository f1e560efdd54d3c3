package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void deElfproef() {
        assertThat(Bsn.isGeldig("111222333")).isTrue();
        assertThat(Bsn.isGeldig("111222334")).isFalse();
        assertThat(Bsn.isGeldig("000000000")).isFalse();
        assertThat(Bsn.isGeldig("11122233")).isFalse();
        assertThat(Bsn.isGeldig(null)).isFalse();
    }

    @Test
    void eenGemaaktBsnHaaltDeElfproefOfIsErNiet() {
        int gemaakt = 0;
        for (long getal = -500; getal < 5_000; getal += 7) {
            String bsn = Bsn.metControlecijfer(getal);
            if (bsn != null) {
                assertThat(Bsn.isGeldig(bsn)).as(bsn).isTrue();
                gemaakt++;
            }
        }
        // a check digit of 10 (about one number in eleven) gives no BSN
        assertThat(gemaakt).isBetween(700, 780);
        assertThat(Bsn.metControlecijfer(0)).isEqualTo("100000009");
    }
}
