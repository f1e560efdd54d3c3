package nl.regie.inburgering.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.partner.PartnerTopic;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** The MAP: never on the onderwijsroute, a vrijstelling with reason, from the second year, and the eindgesprek. */
class MapProcessTest extends ProcesTestBasis {

    @Autowired MapTrajectRepository maps;
    @Autowired PartnerTopic mapUitvoering;

    @Test
    void geenMapOpDeOnderwijsroute() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "map", "ONDERWIJS", VANDAAG);
        assertThat(pi).hasPassed("End_GeenMapOnderwijsroute").isEnded();
        assertThat(maps.findByDossierId(dossier.getId())).isEmpty();
    }

    @Test
    void eenVrijstellingVraagtEenReden() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "map", "B1", VANDAAG);
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapVrijstellingBeoordelen",
                Map.of("mapBesluit", "VRIJSTELLING"))).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("mapVrijstellingReden");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapVrijstellingBeoordelen",
                Map.of("mapBesluit", "VRIJSTELLING", "mapVrijstellingReden", "Werkt 32 uur per week"));
        assertThat(pi).hasPassed("End_MapVrijstelling").isEnded();
        assertThat(maps.findByDossierId(dossier.getId()).orElseThrow().getVrijstellingReden()).isEqualTo("Werkt 32 uur per week");
        // the day it was granted: the voortgangsrapportage counts vrijstellingen by it (table 7)
        assertThat(maps.findByDossierId(dossier.getId()).orElseThrow().getVrijstellingDatum()).isEqualTo(VANDAAG);
    }

    @Test
    void deMapStartInHetTweedeJaarMetDeMinimumurenVanDeGemeenteEnEindigtMetHetEindgesprek() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "map", "Z", VANDAAG);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        assertThat(pi).isWaitingAt("Timer_MapStart");
        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(VANDAAG.plusYears(1));
        laatVerlopen(timerIn(pi));

        LockedExternalTask taak = partnertaak(dossier, "map-uitvoering");
        assertThat(taak.getVariables()).containsEntry("minimumUren", 40).containsEntry("partner", "pvt-map-westfriesland");
        assertThat(mapUitvoering.controleer(Map.of("minimumUren", 40),
                Map.of("uren", 30, "modules", 9, "afgerond", VANDAAG.toString()))).containsKeys("uren", "modules");
        verstrijkTot(dossier, VANDAAG.plusYears(1).plusMonths(5));
        // a MAP takes months: within the MAP's own answer period (map-uitvoering: P6M) nobody is bothered
        assertThat(pi).isWaitingAt("Task_MapUitvoeren");
        assertThat(taak(dossier, "Task_MapUitvoerenGeenAntwoord")).isNull();
        verstrijkTot(dossier, VANDAAG.plusYears(1).plusMonths(7));
        // the provider took longer than that: the casemanager is asked to follow it up
        assertThat(pi).isWaitingAt("Task_MapUitvoeren", "Task_MapUitvoerenGeenAntwoord");
        // the provider answers before the casemanager got to it: the follow-up is withdrawn, the MAP goes on
        beantwoord(taak, Map.of("uren", 44, "modules", 8, "afgerond", VANDAAG.plusYears(1).plusMonths(7).toString()));
        assertThat(taak(dossier, "Task_MapUitvoerenGeenAntwoord")).isNull();

        assertThat(pi).isWaitingAt("Task_MapEindgesprekVoeren");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapEindgesprekVoeren", Map.of(
                "mapEindgesprekDatum", VANDAAG.plusYears(1).plusMonths(7).toString(), "mapEindgesprekVerslag", "Werkt als vrijwilliger"));
        assertThat(pi).hasPassed("End_MapAfgerond").isEnded();
        MapTraject map = maps.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(map.getStatus()).isEqualTo(MapTraject.Status.AFGEROND);
        assertThat(map.getUren()).isEqualTo(44);
        assertThat(map.getModules()).isEqualTo(8);
    }

    @Test
    void purmerendVraagtGeenMinimumuren() {
        Dossier dossier = openStatushouder("0439");
        ProcessInstance pi = startNaPip(dossier, "map", "B1", VANDAAG);
        voltooi(TestGegevens.CM_PURMEREND, dossier,
                "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        laatVerlopen(timerIn(pi));
        assertThat(partnertaak(dossier, "map-uitvoering").getVariables()).containsEntry("minimumUren", 0)
                .containsEntry("partner", "pvt-map-randstad");
    }
}
