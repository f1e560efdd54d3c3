package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.engine.ModelMigratie;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ModelVersies;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Dossiers started on the landed main process (ed5ae26: no term watch, no voortgangsgesprekken, the dead wait after
 * the tracks) move to today's model when the application starts ({@link ModelMigratie} with
 * {@link HoofdprocesMigratie}), wherever they stand, and then finish on it. Run twice, the migration moves nothing.
 */
class HoofdprocesMigratieTest extends ProcesTestBasis {

    @Autowired RepositoryService repositoryService;
    @Autowired ModelMigratie modelMigratie;

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

    /** A gezinsmigrant on the onderwijsroute up to the fixed PIP; the leerroute then waits for its first check. */
    private void totDeTrajecten(Dossier dossier) {
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipOpstellen", Map.of("leerroute", "ONDERWIJS",
                "pvtAfspraken", "PVT jaar 1", "ontzorgen", "NEE", "aantalVoortgangsgesprekken", 6));
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GekozenTaalschoolVastleggen",
                Map.of("taalschool", "ROC Noord", "taalschoolStartdatum", VANDAAG.toString()));
    }

    /** From the tracks to the end of the leerroute and the PVT: on the landed model, the old dead wait. */
    private void totNaDeTrajecten(Dossier dossier) {
        totDeTrajecten(dossier);
        laatVerlopen(managementService.createJobQuery().processInstanceId(proces(dossier, "leerroute").getId())
                .timers().singleResult());
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VoortgangGezinsmigrantBeoordelen", Map.of(
                "monitoringOordeel", "OP_SCHEMA", "monitoringToelichting", "Schakeljaar afgerond", "monitoringBesluit", "AFGEROND"));
        beantwoord(partnertaak(dossier, "pvt-uitvoering"), Map.of("ondertekend", Tijd.vandaag().toString(), "uren", 12));
    }

    private Dossier gezinsmigrant() {
        return open("0441", "GEZINSMIGRANT", "USA", VANDAAG.minusYears(22), VANDAAG.minusDays(1));
    }

    @Test
    void lopendeDossiersGaanOverOpHetNieuweHoofdprocesEnLopenDaarOpAf() {
        String landed = deploy("landed ed5ae26 (test)", true);
        ProcessDefinition oud = repositoryService.createProcessDefinitionQuery().deploymentId(landed)
                .processDefinitionKey("inburgering").singleResult();

        Dossier inIntake = gezinsmigrant();
        gebeurtenis(inIntake, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        Dossier inTrajecten = gezinsmigrant();
        totDeTrajecten(inTrajecten);
        Dossier naTrajecten = gezinsmigrant();
        totNaDeTrajecten(naTrajecten);
        assertThat(hoofdproces(naTrajecten)).isWaitingAt(HoofdprocesMigratie.OUDE_WACHT);
        for (Dossier d : List.of(inIntake, inTrajecten, naTrajecten)) {
            assertThat(hoofdproces(d).getProcessDefinitionId()).isEqualTo(oud.getId());
            assertThat(proces(d, "voortgang")).as("the landed model has no voortgangsgesprekken").isNull();
        }

        // a new release: today's models on top, then the application starts and migrates
        String nieuw = deploy("huidige versie (test)", false);
        ProcessDefinition doel = repositoryService.createProcessDefinitionQuery().deploymentId(nieuw)
                .processDefinitionKey("inburgering").singleResult();
        assertThat(modelMigratie.migreer()).isEqualTo(3);
        assertThat(modelMigratie.migreer()).as("idempotent").isZero();

        for (Dossier d : List.of(inIntake, inTrajecten, naTrajecten)) {
            assertThat(hoofdproces(d).getProcessDefinitionId()).isEqualTo(doel.getId());
            werkAf(d);
        }
        // before the PIP: nothing added; the dossier reaches the new fork itself
        assertThat(hoofdproces(inIntake)).hasNotPassed(HoofdprocesMigratie.TERMIJN_BEWAKEN);
        assertThat(runtimeService.createExecutionQuery().processInstanceId(hoofdproces(inIntake).getId())
                .activityId("Gateway_VoorBespreken").count()).isZero();
        // in the tracks: the tracks go on, the term watch and the voortgangsgesprekken are added where it stands
        ProcessInstance trajecten = hoofdproces(inTrajecten);
        assertThat(trajecten).isWaitingAt("CallActivity_Leerroute", "CallActivity_Pvt");
        assertThat(trajecten).isWaitingAt("Gateway_VoorBespreken", "Gateway_VoorTrajectenControle",
                "Gateway_VoorEinde");
        assertThat(proces(inTrajecten, "voortgang")).as("voortgangsgesprekken started").isNotNull();
        // after the tracks: the dead wait is gone, the term watch and the voortgangsgesprekken run
        ProcessInstance na = hoofdproces(naTrajecten);
        assertThat(na).isNotWaitingAt(HoofdprocesMigratie.JOIN);
        assertThat(runtimeService.createExecutionQuery().processInstanceId(na.getId())
                .activityId(HoofdprocesMigratie.JOIN).count()).isZero();
        assertThat(na).isWaitingAt("Gateway_VoorBespreken", "Gateway_VoorTrajectenControle", "Gateway_VoorEinde");
        assertThat(proces(naTrajecten, "voortgang")).isNotNull();

        // and each finishes on the new model
        dossierService.registreer(naTrajecten, GebeurtenisType.BEEINDIGD, Tijd.vandaag(), "SS106",
                Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE, null, TestGegevens.DUO.id());
        werkAf(naTrajecten);
        assertThat(na).hasPassed("Task_BeeindigingVastleggen", "End_DossierBeeindigd").isEnded();
        assertThat(proces(naTrajecten, "voortgang")).as("interrupted with the dossier").isNull();
        assertThat(herlaad(naTrajecten).getAfsluitredenCode()).isEqualTo(Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE);

        intakeVolledig(inIntake, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        voltooi(TestGegevens.CM_HOORN, inIntake, "Task_PipOpstellen", Map.of("leerroute", "ONDERWIJS",
                "pvtAfspraken", "PVT jaar 1", "ontzorgen", "NEE", "aantalVoortgangsgesprekken", 6));
        voltooi(TestGegevens.TL_WESTFRIESLAND, inIntake, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        werkAf(inIntake);
        assertThat(hoofdproces(inIntake)).isWaitingAt("Gateway_VoorBespreken");
        assertThat(proces(inIntake, "voortgang")).isNotNull();
    }

    /**
     * Should a dossier not migrate (the migration is off, or it failed for this instance), it keeps its landed version,
     * and its dead wait is left through the one path every ending takes: BEEINDIGD with a coded reden interrupts it
     * through the old model's own DossierBeeindigd event sub-process (same bean, same variable {@code
     * beeindigingReden}), and the dossier gets its code and closing date.
     */
    @Test
    void zonderMigratieEindigtEenDossierOpHetGelandeModelMetEenGecodeerdeReden() {
        String landed = deploy("landed ed5ae26 (test)", true);
        ProcessDefinition oud = repositoryService.createProcessDefinitionQuery().deploymentId(landed)
                .processDefinitionKey("inburgering").singleResult();
        Dossier dossier = gezinsmigrant();
        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd.getProcessDefinitionId()).isEqualTo(oud.getId());
        deploy("huidige versie (test)", false); // today's models on top, no migration: the dossier stays on its version
        totNaDeTrajecten(dossier);
        assertThat(hoofd).isWaitingAt(HoofdprocesMigratie.OUDE_WACHT);

        java.time.LocalDate voldaan = Tijd.vandaag();
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
