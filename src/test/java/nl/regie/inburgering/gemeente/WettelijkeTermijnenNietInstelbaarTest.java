package nl.regie.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import nl.regie.inburgering.termijn.Wettermijnen;

/**
 * The law's periods are not policy: binding {@code regie.*} as Spring Boot does at start, a legal key in the
 * defaults or in a gemeente stops the start with a message naming the key.
 */
class WettelijkeTermijnenNietInstelbaarTest {

    /** The shipped defaults ({@code regie.standaard} of application.yml) and one gemeente: a valid configuration. */
    private static Map<String, String> geldig() {
        Map<String, String> c = new LinkedHashMap<>();
        try {
            for (PropertySource<?> bron : new YamlPropertySourceLoader().load("application",
                    new ClassPathResource("application.yml"))) {
                if (bron instanceof EnumerablePropertySource<?> lijst) {
                    for (String naam : lijst.getPropertyNames()) {
                        if (naam.startsWith("regie.standaard.")) {
                            c.put(naam, String.valueOf(lijst.getProperty(naam)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(c).as("application.yml has defaults").isNotEmpty();
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
            "routewissel-termijn", "z-route-taaluren", "z-route-participatieuren", "bezwaartermijn",
            "beslistermijn-bezwaar"})
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
