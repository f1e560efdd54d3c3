package nl.regie.inburgering.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Handhaving's own policy: a gemeente overrides what differs; the law's bezwaar period is no setting. */
class HandhavingBeleidTest {

    private static HandhavingBeleid bind(Map<String, String> waarden) {
        return new Binder(new MapConfigurationPropertySource(waarden)).bind("regie.handhaving", HandhavingBeleid.class)
                .get();
    }

    private static Map<String, String> standaard() {
        Map<String, String> c = new HashMap<>();
        c.put("regie.handhaving.standaard.nalevingstermijn", "P4W");
        c.put("regie.handhaving.standaard.zienswijze-termijn", "P2W");
        c.put("regie.handhaving.standaard.aanwezigheid-minimum", "80");
        return c;
    }

    @Test
    void eenGemeenteOverschrijftAlleenWatAfwijkt() {
        Map<String, String> c = standaard();
        c.put("regie.handhaving.gemeenten.GM0637.zienswijze-termijn", "P3W");
        HandhavingBeleid beleid = bind(c);
        assertThat(beleid.voor("GM0637").getZienswijzeTermijn()).isEqualTo(Period.ofWeeks(3));
        assertThat(beleid.voor("GM0637").getNalevingstermijn()).isEqualTo(Period.ofWeeks(4));
        assertThat(beleid.voor("GM0441").getZienswijzeTermijn()).isEqualTo(Period.ofWeeks(2));
        assertThat(beleid.voor("GM0441").getAanwezigheidMinimum()).isEqualTo(80);
    }

    @Test
    void deWettelijkeBezwaartermijnIsGeenInstelling() {
        Map<String, String> c = standaard();
        c.put("regie.handhaving.gemeenten.GM0637.bezwaartermijn", "P12W");
        assertThatThrownBy(() -> bind(c)).hasStackTraceContaining("bezwaartermijn is wettelijk");
    }

    @Test
    void eenOntbrekendeStandaardWeigert() {
        Map<String, String> c = standaard();
        c.remove("regie.handhaving.standaard.nalevingstermijn");
        assertThatThrownBy(() -> bind(c).voor("GM0441")).hasMessageContaining("nalevingstermijn");
    }
}
