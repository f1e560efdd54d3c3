package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ModelVersies;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A dossier whose main process runs on the landed model (commit ed5ae26, before the term watch and the coded
 * ending; {@code src/test/resources/landed-ed5ae26/inburgering.bpmn}, with the called models and forms of that
 * commit, unchanged by this slice) keeps its version. Its dead wait {@code Task_EindeInburgeringsplichtAfwachten}
 * is left through the one path every ending takes: a BEEINDIGD event with a coded reden interrupts it through the
 * old model's own DossierBeeindigd event sub-process (same bean {@code beeindigingVastleggenDelegate}, same variable
 * {@code beeindigingReden}), and the dossier gets its code and closing date. No migration is needed for this.
 */
class VorigeVersieEindeTest extends ProcesTestBasis {

    @Autowired RepositoryService repositoryService;

    private ModelVersies versies;

    @BeforeEach
    void versies() {
        versies = new ModelVersies(repositoryService);
    }

    @AfterEach
    void deploymentsOpruimen() {
        versies.opruimen();
    }

    private String deploy(String naam, boolean landed) {
        return landed ? versies.deploy(naam, "inburgering.bpmn") : versies.deploy(naam);
    }

    @Test
    void eenDossierOpHetGelandeModelEindigtMetEenGecodeerdeReden() {
        String landed = deploy("landed ed5ae26 (test)", true);
        ProcessDefinition oud = repositoryService.createProcessDefinitionQuery().deploymentId(landed)
                .processDefinitionKey("inburgering").singleResult();
        assertThat((Object) repositoryService.getBpmnModelInstance(oud.getId()).getModelElementById("Task_EindeInburgeringsplichtAfwachten"))
                .as("the old model really is the old one").isNotNull();

        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", VANDAAG.minusYears(22), VANDAAG.minusDays(1));
        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd.getProcessDefinitionId()).isEqualTo(oud.getId());
        // today's models on top: the dossier stays on its version
        deploy("huidige versie (test)", false);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("inburgering").latestVersion()
                .singleResult().getVersion()).isGreaterThan(oud.getVersion());

        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipOpstellen", Map.of("leerroute", "ONDERWIJS",
                "pvtAfspraken", "PVT jaar 1", "ontzorgen", "NEE", "aantalVoortgangsgesprekken", 6));
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GekozenTaalschoolVastleggen",
                Map.of("taalschool", "ROC Noord", "taalschoolStartdatum", VANDAAG.toString()));
        laatVerlopen(managementService.createJobQuery().processInstanceId(proces(dossier, "leerroute").getId()).timers()
                .singleResult());
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VoortgangGezinsmigrantBeoordelen", Map.of(
                "monitoringOordeel", "OP_SCHEMA", "monitoringToelichting", "Schakeljaar afgerond", "monitoringBesluit", "AFGEROND"));
        beantwoord(partnertaak(dossier, "pvt-uitvoering"), Map.of("ondertekend", Tijd.vandaag().toString(), "uren", 12));
        assertThat(hoofd).isWaitingAt("Task_EindeInburgeringsplichtAfwachten");

        LocalDate voldaan = Tijd.vandaag();
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, voldaan, "SS106",
                Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE, null, TestGegevens.DUO.id());
        werkAf(dossier);

        assertThat(hoofd).hasPassed("Task_BeeindigingVastleggen", "End_DossierBeeindigd").isEnded();
        Dossier einde = herlaad(dossier);
        assertThat(einde.getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(einde.getAfsluitredenCode()).isEqualTo(Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE);
        assertThat(einde.getAfgeslotenOp()).isEqualTo(voldaan);
    }
}
