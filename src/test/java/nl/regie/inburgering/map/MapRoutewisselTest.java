package nl.regie.inburgering.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.pipwijziging.PipWijzigingService;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** The MAP follows a fixed route switch: it lapses on the onderwijsroute and starts when the route leaves it. */
class MapRoutewisselTest extends ProcesTestBasis {

    @Autowired MapTrajectRepository maps;
    @Autowired PipWijzigingService pipWijzigingen;

    private Dossier naPip(LocalDate geboren, String route) {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", geboren, VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipOpstellen", pip(route));
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        return dossier;
    }

    private void wissel(Dossier dossier, Leerroute naar) {
        pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), naar, "Past beter", TestGegevens.CM_HOORN.id());
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString()));
    }

    @Test
    void naarDeOnderwijsrouteVervaltDeMapEnWordtDeAanbiederAfgemeld() {
        Dossier dossier = naPip(LocalDate.of(1990, 1, 1), "B1");
        ProcessInstance map = proces(dossier, "map");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        laatVerlopen(timerIn(map));
        assertThat(map).isWaitingAt("Task_MapUitvoeren");

        wissel(dossier, Leerroute.ONDERWIJS);

        assertThat(map).hasPassed("Task_MapVervallenVastleggen").isWaitingAt("CallActivity_MapAanbiederAfmelden");
        assertThat(maps.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(MapTraject.Status.VERVALLEN);
        assertThat(pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getMapAfspraken()).isNull();
        LockedExternalTask afmelding = partnertaak(dossier, "map-uitvoering");
        assertThat(afmelding.getVariables()).containsEntry("actie", "AFMELDEN").containsEntry("partner", "pvt-map-westfriesland");
        beantwoord(afmelding, Map.of("bevestigd", true));
        assertThat(map).hasPassed("End_MapVervallen").isEnded();
        assertThat(hoofdproces(dossier)).hasPassed("CallActivity_Map").variables().containsEntry("leerroute", "ONDERWIJS");
    }

    @Test
    void naarDeOnderwijsrouteVoordatDeMapBegonVervaltHijZonderAanbieder() {
        Dossier dossier = naPip(LocalDate.of(1990, 1, 1), "B1");
        ProcessInstance map = proces(dossier, "map");
        assertThat(map).isWaitingAt("Task_MapVrijstellingBeoordelen");
        wissel(dossier, Leerroute.ONDERWIJS);
        assertThat(map).hasPassed("End_MapVervallenZonderAanbieder").isEnded();
        assertThat(taak(dossier, "Task_MapVrijstellingBeoordelen")).isNull();
        assertThat(maps.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(MapTraject.Status.VERVALLEN);
    }

    @Test
    void vanafDeOnderwijsrouteStartDeMapAlsnog() {
        Dossier dossier = naPip(VANDAAG.minusYears(22), "ONDERWIJS");
        assertThat(proces(dossier, "map")).isNull();

        wissel(dossier, Leerroute.B1);

        assertThat(hoofdproces(dossier)).hasPassed("Start_MapNaRoutewissel").isWaitingAt("CallActivity_MapNaRoutewissel")
                .variables().containsEntry("leerroute", "B1");
        assertThat(proces(dossier, "map")).isWaitingAt("Task_MapVrijstellingBeoordelen").variables()
                .containsEntry("leerroute", "B1");
        assertThat(pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getMapAfspraken())
                .contains("MAP");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_MapVrijstellingBeoordelen",
                Map.of("mapBesluit", "VRIJSTELLING", "mapVrijstellingReden", "Werkt fulltime"));
        assertThat(hoofdproces(dossier)).hasPassed("End_MapNaRoutewisselAfgerond");
        // a further switch does not start a second MAP
        zetKlok(VANDAAG.plusDays(1));
        wissel(dossier, Leerroute.Z);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("map")
                .processInstanceBusinessKey(dossier.getDossiernummer()).count()).isEqualTo(1);
    }
}
