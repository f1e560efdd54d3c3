package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

/**
 * The FEEL engine our decision tables run on (pom.xml, dependencyManagement): 1.19.3, which Camunda 7.24.0 brings,
 * builds its root context with every built-in function again for each expression (about 1 ms of CPU per evaluation of
 * the plicht table, seven times the fixed version's); 1.19.5 has the fix. This fails when the pin is dropped or an
 * upgrade of Camunda's BOM brings back an older FEEL.
 */
class FeelVersieTest {

    @Test
    void deBeslistabellenDraaienOpEenFeelZonderDeTragePerExpressieOpbouw() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = FeelEngine.class.getResourceAsStream("/META-INF/maven/org.camunda.feel/feel-engine/pom.properties")) {
            assertThat(in).as("pom.properties of the FEEL engine on the classpath").isNotNull();
            pom.load(in);
        }
        int[] versie = Arrays.stream(pom.getProperty("version").split("[.-]")).limit(3).mapToInt(Integer::parseInt).toArray();
        assertThat(Arrays.compare(versie, new int[] {1, 19, 5}))
                .as("FEEL %s, the fix of camunda/feel-scala#1117 is in 1.19.5", pom.getProperty("version"))
                .isGreaterThanOrEqualTo(0);
    }
}
