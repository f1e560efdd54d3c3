package nl.regie.inburgering.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.ModelMigratie;
import nl.regie.inburgering.test.ModelVersies;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A financieel ontzorgen that runs on the version whose evaluation form had no consent field (as landed at ed5ae26)
 * moves to today's version at start ({@link OntzorgenMigratie}), so the inkomensconsulent can record the
 * inburgeraar's consent and continue as voluntary budget management (Pw 57).
 */
class OntzorgenMigratieTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker IC = new TestGegevens.TestGebruiker("ic.migratie", "inkomensconsulent",
            List.of("GM0439"));

    @Autowired RepositoryService repositoryService;
    @Autowired ModelMigratie modelMigratie;
    @Autowired OntzorgenTrajectRepository trajecten;

    private ModelVersies deployments;

    @AfterEach
    void opruimen() {
        if (deployments != null) {
            deployments.opruimen();
        }
    }

    @Test
    void eenLopendeEvaluatieKrijgtHetFormulierMetToestemming() {
        deployments = new ModelVersies(repositoryService);
        String oud = deployments.deploy("ontzorgen zonder toestemming (test)", "forms/ontzorgen-evalueren.form");
        TestGegevens.zorgVoor(identityService, IC);
        Dossier dossier = openStatushouder("0439");
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        werkAf(dossier);
        ProcessInstance pi = proces(dossier, "ontzorgen");
        assertThat(pi.getProcessDefinitionId()).isEqualTo(deployments.definitie(oud, "ontzorgen").getId());
        beantwoord(partnertaak(dossier, "ontzorgen-inhouding"), Map.of("bevestigd", true));
        als(IC, () -> {
            taskService.complete(taak(dossier, "Task_BudgettrainingVastleggen").getId(),
                    Map.of("budgettrainingDatum", VANDAAG.plusDays(7).toString(), "budgettrainingAanbieder", "Schuldhulp"));
            return null;
        });
        werkAf(dossier);
        laatVerlopen(timerIn(pi));
        assertThat(taak(dossier, "Task_OntzorgenEvalueren")).isNotNull();

        String nieuw = deployments.deploy("huidige versie (test)");
        assertThat(modelMigratie.migreer()).isGreaterThanOrEqualTo(1);
        assertThat(proces(dossier, "ontzorgen").getProcessDefinitionId())
                .isEqualTo(deployments.definitie(nieuw, "ontzorgen").getId());

        als(IC, () -> {
            taskService.complete(taak(dossier, "Task_OntzorgenEvalueren").getId(), Map.of(
                    "ontzorgenBesluit", "VRIJWILLIG_BUDGETBEHEER", "ontzorgenReden", "Nog achterstand",
                    "budgetbeheerToestemming", "JA"));
            return null;
        });
        werkAf(dossier);
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getStatus())
                .isEqualTo(OntzorgenTraject.Status.VRIJWILLIG_BUDGETBEHEER);
    }
}
