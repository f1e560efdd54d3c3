package nl.regie.inburgering.duo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/**
 * DUO never gives a contactpersoon id twice. The simulator keeps its contactpersonen in memory and our
 * duo_contactpersoon keeps their ids, so after a restart an old id must be unknown (404: we register again), never
 * another casemanager's record (the first version counted from 101 on every start and linked inburgeraars to the
 * wrong casemanager after a restart).
 */
class SimulatorContactpersoonIdTest {

    @Test
    void eenHerstartteSimulatorGeeftGeenIdVanDeVorigeNogEensUit() throws InterruptedException {
        SimulatorMeldingen eerste = new SimulatorMeldingen();
        Set<Integer> oud = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            oud.add(eerste.nieuweContactpersoon(JsonNodeFactory.instance.objectNode().put("naam", "cm" + i)));
        }
        Thread.sleep(1_100); // a restart takes longer than the second the base is counted in

        SimulatorMeldingen herstart = new SimulatorMeldingen();
        for (int i = 0; i < 20; i++) {
            int nieuw = herstart.nieuweContactpersoon(JsonNodeFactory.instance.objectNode().put("naam", "cm" + i));
            assertThat(oud).as("new id %d", nieuw).doesNotContain(nieuw);
        }
    }
}
