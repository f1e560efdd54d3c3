package nl.regie.inburgering.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** Issue 9 item 9: a MAP counts as done only with all eight themes (Bi 3.2) and the gemeente's eindgesprek. */
class MapThemasTest extends ProcesTestBasis {

    @Autowired MapTrajectRepository maps;

    @Test
    void eenMapMetZevenThemasIsNietAfEnDeAanbiederWordtOpnieuwGevraagd() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "map", "Z", VANDAAG);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        laatVerlopen(timerIn(pi));

        beantwoord(partnertaak(dossier, "map-uitvoering"), Map.of("uren", 44, "modules", 7,
                "afgerond", nl.regie.inburgering.engine.Tijd.vandaag().toString()));

        assertThat(pi).hasPassed("Task_MapResultaatVastleggen", "Gateway_MapAlleThemas")
                .hasNotPassed("Task_MapEindgesprekVoeren").isWaitingAt("Task_MapUitvoeren");
        assertThat(taak(dossier, "Task_MapEindgesprekVoeren")).isNull();
        MapTraject onvolledig = maps.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(onvolledig.getStatus()).isEqualTo(MapTraject.Status.ONVOLLEDIG);
        assertThat(onvolledig.getModules()).isEqualTo(7);
        assertThat(onvolledig.getAfgerond()).isNull();

        // the provider finishes the eighth theme: now the eindgesprek, and only then is the MAP done
        beantwoord(partnertaak(dossier, "map-uitvoering"), Map.of("uren", 50, "modules", 8,
                "afgerond", nl.regie.inburgering.engine.Tijd.vandaag().toString()));
        assertThat(pi).isWaitingAt("Task_MapEindgesprekVoeren");
        assertThat(maps.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(MapTraject.Status.UITGEVOERD);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapEindgesprekVoeren", Map.of(
                "mapEindgesprekDatum", nl.regie.inburgering.engine.Tijd.vandaag().toString(), "mapEindgesprekVerslag", "Alle thema's besproken"));
        assertThat(pi).hasPassed("End_MapAfgerond").isEnded();
        assertThat(maps.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(MapTraject.Status.AFGEROND);
    }
}
