package nl.regie.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import nl.regie.inburgering.termijn.Wettermijnen;

/**
 * The law's periods are not policy: binding {@code regie.*} as Spring Boot does at start, a legal key in the
 * defaults or in a gemeente stops the start with a message naming the key.
 */
class WettelijkeTermijnenNietInstelbaarTest {

    private static Map<String, String> geldig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("regie.standaard.pip-herinnering-na", "P8W");
        c.put("regie.standaard.max-oproepen-brede-intake", "3");
        c.put("regie.standaard.brp-onbekend-signaal-na", "P6W");
        c.put("regie.standaard.ontzorgen-duur", "P6M");
        c.put("regie.standaard.budgetbeheer-verlenging", "P6M");
        c.put("regie.standaard.ontzorgen-vaste-lasten[0]", "HUUR");
        c.put("regie.standaard.ontzorgen-nareizigers", "false");
        c.put("regie.standaard.begeleiding-duur", "P12M");
        c.put("regie.standaard.begeleiding-verlenging", "P6M");
        c.put("regie.standaard.begeleiding-verlenging-toegestaan", "true");
        c.put("regie.standaard.begeleiding-besluit-voor-einde", "P1M");
        c.put("regie.standaard.voortgang-interval", "P3M");
        c.put("regie.standaard.max-routewissels", "-1");
        c.put("regie.standaard.pvt-streeftermijn", "P1Y");
        c.put("regie.standaard.map-start-na", "P1Y");
        c.put("regie.standaard.map-minimum-uren", "0");
        c.put("regie.standaard.afmelding-bevestigen-binnen", "P2W");
        c.put("regie.standaard.partner-antwoord-binnen", "P4W");
        c.put("regie.standaard.partner-antwoord-binnen-per-topic.map-uitvoering", "P6M");
        c.put("regie.gemeenten.GM0441.naam", "Hoorn");
        return c;
    }

    private static Gemeenten start(Map<String, String> configuratie) {
        GemeentenProperties properties = new Binder(new MapConfigurationPropertySource(configuratie))
                .bind("regie", Bindable.of(GemeentenProperties.class)).get();
        return new Gemeenten(properties);
    }

    @Test
    void zonderWettelijkeSleutelsStartHet() {
        Gemeente hoorn = start(geldig()).metTenantId("GM0441");
        assertThat(hoorn.brpOnbekendSignaalNa()).hasDays(42);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pip-termijn", "pip-termijn-na-informatie-derde", "inburgeringstermijn",
            "routewissel-termijn", "z-route-taaluren", "z-route-participatieuren"})
    void eenWettelijkeSleutelPerGemeenteWeigertDeStart(String sleutel) {
        Map<String, String> c = geldig();
        c.put("regie.gemeenten.GM0441." + sleutel, sleutel.startsWith("z-route") ? "600" : "P12W");
        assertThatThrownBy(() -> start(c)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regie.gemeenten.GM0441." + sleutel).hasMessageContaining("wettelijke");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pip-termijn", "pip-termijn-na-informatie-derde", "inburgeringstermijn",
            "routewissel-termijn", "z-route-taaluren", "z-route-participatieuren"})
    void eenWettelijkeSleutelInDeStandaardWeigertDeStart(String sleutel) {
        Map<String, String> c = geldig();
        c.put("regie.standaard." + sleutel, sleutel.startsWith("z-route") ? "800" : "P10W");
        assertThatThrownBy(() -> start(c)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regie.standaard." + sleutel);
    }

    @Test
    void elkeWettelijkeSleutelWordtHerkend() {
        for (String sleutel : Wettermijnen.CONFIGURATIESLEUTELS) {
            Map<String, String> c = geldig();
            c.put("regie.gemeenten.GM0441." + sleutel, "1");
            assertThatThrownBy(() -> start(c)).as(sleutel).hasMessageContaining(sleutel);
        }
    }
}
