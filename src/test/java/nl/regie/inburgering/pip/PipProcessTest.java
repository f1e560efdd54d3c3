package nl.regie.inburgering.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** Drafting and fixing the PIP: the leerroute advice, its override, four eyes, and the inburgeringstermijn. */
class PipProcessTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;

    @Autowired PipVersieRepository versies;

    private Dossier dossierBijPip(LocalDate geboren, String uitslag, int score) {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", geboren, VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, CM, uitslag, score);
        return dossier;
    }

    @Test
    void hetAdviesVolgtUitDeToetsEnDeLeeftijd() {
        assertThat(proces(dossierBijPip(LocalDate.of(1980, 1, 1), "HAALBAAR", 60), "pip")).variables()
                .containsEntry("adviesLeerroute", "B1");
        assertThat(proces(dossierBijPip(LocalDate.of(1980, 1, 1), "NIET_HAALBAAR", 20), "pip")).variables()
                .containsEntry("adviesLeerroute", "Z");
        assertThat(proces(dossierBijPip(VANDAAG.minusYears(22), "HAALBAAR", 60), "pip")).variables()
                .containsEntry("adviesLeerroute", "ONDERWIJS");
    }

    @Test
    void afwijkenVanHetAdviesVraagtEenReden() {
        Dossier dossier = dossierBijPip(LocalDate.of(1980, 1, 1), "NIET_HAALBAAR", 20);
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PipOpstellen", pip("B1")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("afwijkingReden");

        Map<String, Object> metReden = new HashMap<>(pip("B1"));
        metReden.put("afwijkingReden", "Sterke motivatie en opleiding in het buitenland");
        voltooi(CM, dossier, "Task_PipOpstellen", metReden);

        PipVersie concept = versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow();
        assertThat(concept.getLeerroute()).isEqualTo(Leerroute.B1);
        assertThat(concept.getAdviesLeerroute()).isEqualTo(Leerroute.Z);
        assertThat(concept.getAfwijkingReden()).contains("motivatie");
        assertThat(concept.getOpgesteldDoor()).isEqualTo(CM.id());
        assertThat(concept.getStatus()).isEqualTo(PipVersie.Status.CONCEPT);
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipVaststellen");
    }

    @Test
    void geenMapOpDeOnderwijsrouteEnGeenOntzorgenVoorGezinsmigranten() {
        Dossier dossier = dossierBijPip(VANDAAG.minusYears(22), "HAALBAAR", 60);
        Map<String, Object> onderwijsMetMap = new HashMap<>(pip("ONDERWIJS"));
        onderwijsMetMap.put("mapAfspraken", "MAP jaar 2");
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PipOpstellen", onderwijsMetMap))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("mapAfspraken");

        Dossier gezinsmigrant = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1980, 1, 1), null);
        gebeurtenis(gezinsmigrant, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        intakeVolledig(gezinsmigrant, CM, "HAALBAAR", 60);
        assertThatThrownBy(() -> voltooi(CM, gezinsmigrant, "Task_PipOpstellen", pip("B1")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("ontzorgen");
    }

    @Test
    void vierOgenDeAuteurMagZijnEigenPipNietVaststellen() {
        Dossier dossier = dossierBijPip(LocalDate.of(1980, 1, 1), "HAALBAAR", 60);
        voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipOpstellen", pip("B1"));

        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("vier ogen");
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipVaststellen");

        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        assertThat(proces(dossier, "pip")).isNull();
        assertThat(versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getVastgesteldDoor())
                .isEqualTo(TL.id());
    }

    @Test
    void deAuteurKanZichNietAlsIemandAndersOpgevenInDeVoltooiing() {
        Dossier dossier = dossierBijPip(LocalDate.of(1980, 1, 1), "HAALBAAR", 60);
        voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipOpstellen", pip("B1"));
        String pipId = proces(dossier, "pip").getId();

        // pipAuteur (the draft's author, a process variable) is no field of the form: writing it is refused before
        // anything is written
        Map<String, Object> metAuteur = new HashMap<>(Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString(),
                "pipAuteur", TL.id()));
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipVaststellen", metAuteur))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("pipAuteur")
                .satisfies(e -> assertThat(((OngeldigeInvoerException) e).getVelden()).containsExactly("pipAuteur"));
        // a variable that is no field of the form at all, likewise
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString(), "pipVaststeller", TL.id())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("pipVaststeller");
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipVaststellen");
        assertThat(runtimeService.getVariable(pipId, "pipAuteur")).isEqualTo(TestGegevens.CM_TL_HOORN.id());

        // the variable changed by other means (here: the application itself): four eyes reads our table, not it
        runtimeService.setVariable(pipId, "pipAuteur", TL.id());
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("vier ogen");
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipVaststellen");

        // Tasklist sends the read-only fields (task-local display values) back unchanged: accepted, and not written
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString(),
                "conceptOpgesteldDoor", "cmtl.hoorn Test (cmtl.hoorn)", "dossiernummer", dossier.getDossiernummer(),
                "conceptLeerroute", "B1-route"));
        assertThat(versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow())
                .satisfies(v -> assertThat(v.getOpgesteldDoor()).isEqualTo(TestGegevens.CM_TL_HOORN.id()))
                .satisfies(v -> assertThat(v.getVastgesteldDoor()).isEqualTo(TL.id()));
    }

    @Test
    void deTeamleiderGeeftHetConceptTerugMetEenOpmerking() {
        Dossier dossier = dossierBijPip(LocalDate.of(1980, 1, 1), "HAALBAAR", 60);
        voltooi(CM, dossier, "Task_PipOpstellen", pip("B1"));
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "TERUGGEVEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("teamleiderOpmerking");

        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "TERUGGEVEN",
                "teamleiderOpmerking", "Graag de MAP concreter maken"));
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipOpstellen").variables()
                .containsEntry("teamleiderOpmerking", "Graag de MAP concreter maken");
        assertThat(versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getTeamleiderOpmerking())
                .isEqualTo("Graag de MAP concreter maken");

        voltooi(CM, dossier, "Task_PipOpstellen", pip("B1"));
        assertThat(versies.findByDossierIdOrderByVersie(dossier.getId())).hasSize(1);
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        assertThat(herlaad(dossier).getStatus()).isEqualTo(DossierStatus.PIP_VASTGESTELD);
    }

    @Test
    void vaststellenLegtDeDagtekeningEnDeInburgeringstermijnVast() {
        Dossier dossier = dossierBijPip(LocalDate.of(1980, 1, 1), "HAALBAAR", 60);
        laatVerlopen(timer(dossier, "Timer_Herinneringsmoment"));
        verstrijkTot(dossier, VANDAAG.plusWeeks(9));
        assertThat(taak(dossier, "Task_PipTermijnHerinneren")).isNotNull();
        voltooi(CM, dossier, "Task_PipOpstellen", pip("B1"));

        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.plusWeeks(10).toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("toekomst");
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.minusWeeks(2).toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("koppeling");
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("dagtekening");

        LocalDate dagtekening = VANDAAG.plusWeeks(9);
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", dagtekening.toString()));

        PipVersie vastgesteld = versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow();
        assertThat(vastgesteld.getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);
        assertThat(vastgesteld.getDagtekening()).isEqualTo(dagtekening);
        Dossier na = herlaad(dossier);
        assertThat(na.getInburgeringstermijnStart()).isEqualTo(dagtekening.plusDays(1));
        assertThat(na.getInburgeringstermijnEinde()).isEqualTo(dagtekening.plusDays(1).plusYears(3));
        assertThat(na.getStatus()).isEqualTo(DossierStatus.PIP_VASTGESTELD);
        // The stage ends: reminders and timers of the ten-week limit are withdrawn; the dossier waits in the next stage.
        assertThat(hoofdproces(dossier)).hasPassed("End_PipVastgesteld")
                .isWaitingAt("CallActivity_Leerroute", "CallActivity_Pvt", "CallActivity_Map")
                .variables().containsEntry("leerroute", "B1")
                .containsEntry("inburgeringstermijnStart", dagtekening.plusDays(1).toString());
        assertThat(taak(dossier, "Task_PipTermijnHerinneren")).isNull();
        // only the inburgeringstermijn's own timers wait (reminder, tracks, end): none of the ten-week limit's
        String hoofd = hoofdproces(dossier).getId();
        long termijnTimers = java.util.stream.Stream.of("Timer_TermijnBespreken", "Timer_TrajectenGereed",
                "Timer_InburgeringstermijnVerstreken").mapToLong(t -> managementService.createJobQuery()
                .processInstanceId(hoofd).activityId(t).count()).sum();
        assertThat(termijnTimers).isEqualTo(3);
        assertThat(managementService.createJobQuery().processInstanceId(hoofd).count()).isEqualTo(termijnTimers);
    }

    @Test
    void opDeOnderwijsrouteStartenLeerrouteEnPvtMaarGeenMap() {
        Dossier dossier = dossierBijPip(VANDAAG.minusYears(22), "HAALBAAR", 60);
        voltooi(CM, dossier, "Task_PipOpstellen", pip("ONDERWIJS"));
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));

        assertThat(hoofdproces(dossier)).hasPassed("Gateway_MapNodig", "Gateway_MapKlaar").hasNotPassed("CallActivity_Map")
                .isWaitingAt("CallActivity_Leerroute", "CallActivity_Pvt");
        assertThat(proces(dossier, "map")).isNull();
        assertThat(proces(dossier, "leerroute")).variables().containsEntry("leerroute", "ONDERWIJS")
                .containsEntry("inburgeringstermijnStart", VANDAAG.plusDays(1).toString());
    }
}
