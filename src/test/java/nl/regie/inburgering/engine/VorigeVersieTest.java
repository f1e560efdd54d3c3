package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Dossiers run three years, so instances started on the models as they were before the save points and partner
 * error paths (commit 4294ec6, copied to {@code src/test/resources/vorige-versie/}) keep running on that version:
 * same delegate beans, same variables, call activities bound to their own deployment. The test deploys the old
 * models, starts instances on them, deploys today's models again on top (so the old ones are an older version, as
 * in production), walks the old instances through steps that call our Java code to their end, and removes both
 * test deployments afterwards so the shared engine keeps today's models as the latest version.
 */
class VorigeVersieTest extends ProcesTestBasis {

    @Autowired RepositoryService repositoryService;

    private final List<String> testDeployments = new ArrayList<>();

    @AfterEach
    void deploymentsOpruimen() {
        testDeployments.forEach(id -> repositoryService.deleteDeployment(id, true, true));
    }

    private String deploy(String naam, String... patronen) throws IOException {
        DeploymentBuilder builder = repositoryService.createDeployment().name(naam);
        for (String patroon : patronen) {
            for (Resource bron : new PathMatchingResourcePatternResolver().getResources(patroon)) {
                builder.addInputStream(bron.getFilename(), bron.getInputStream());
            }
        }
        Deployment deployment = builder.deploy();
        testDeployments.add(deployment.getId());
        return deployment.getId();
    }

    private ProcessDefinition definitie(String deploymentId, String key) {
        return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey(key)
                .singleResult();
    }

    @Test
    void lopendeDossiersOpDeVorigeVersieLopenDoorTotHetEinde() throws IOException {
        // the landed models with the landed forms, as a running dossier of three years ago has them
        String vorige = deploy("vorige-versie (test)", "classpath:vorige-versie/*.bpmn", "classpath:vorige-versie/forms/*.form");
        ProcessDefinition oudePvt = definitie(vorige, "pvt");
        ProcessDefinition oudeMap = definitie(vorige, "map");
        ProcessDefinition oudeLeerroute = definitie(vorige, "leerroute");
        Object foutgrens = repositoryService.getBpmnModelInstance(oudePvt.getId())
                .getModelElementById("BoundaryEvent_PvtUitvoerenKanNiet");
        assertThat(foutgrens).as("the old model really is the old one").isNull();

        Dossier pvtDossier = openStatushouder("0441");
        ProcessInstance pvt = startNaPip(pvtDossier, "pvt", "B1", VANDAAG, oudePvt.getId());
        Dossier leerrouteDossier = openStatushouder("0441");
        ProcessInstance leerroute = startNaPip(leerrouteDossier, "leerroute", "B1", VANDAAG, oudeLeerroute.getId());

        // today's models are deployed again on top: the old instances are now on an older version
        String huidige = deploy("huidige versie (test)", "classpath:processes/*.bpmn", "classpath:forms/*.form");
        assertThat(definitie(huidige, "pvt").getVersion()).isGreaterThan(oudePvt.getVersion());
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("pvt").latestVersion()
                .singleResult().getDeploymentId()).isEqualTo(huidige);

        // the old PVT: planned by our Java code, the partner answers, our Java code records it, the track ends
        LockedExternalTask pvtTaak = partnertaak(pvtDossier, "pvt-uitvoering");
        assertThat(pvtTaak.getProcessDefinitionId()).isEqualTo(oudePvt.getId());
        beantwoord(pvtTaak, Map.of("ondertekend", VANDAAG.toString(), "uren", 12));
        assertThat(pvt).hasPassed("Task_PvtPlannen", "Task_PvtVastleggen", "End_PvtAfgerond").isEnded();

        // the old leerroute: enrolment and a progress report, both recorded by our Java code
        beantwoord(partnertaak(leerrouteDossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));
        assertThat(leerroute).hasPassed("Task_AanmeldingVastleggen").isWaitingAt("Timer_VolgendeVoortgang");
        laatVerlopen(managementService.createJobQuery().processInstanceId(leerroute.getId()).timers().singleResult());
        LockedExternalTask voortgang = partnertaak(leerrouteDossier, "taalaanbieder-voortgang");
        assertThat(voortgang.getProcessDefinitionId()).isEqualTo(oudeLeerroute.getId());
        beantwoord(voortgang, Map.of("lezen", "A2", "luisteren", "B1", "schrijven", "A2", "spreken", "A2",
                "aanwezigheid", 92));
        assertThat(leerroute).hasPassed("Task_VoortgangVastleggen").isWaitingAt("Timer_VolgendeVoortgang");

        // an old MAP's user task: its form (deployed without maxLength) still keeps the column's limit, so a too-long
        // reason is refused with 400 naming the field instead of failing in the database; a right one completes
        Dossier mapDossier = openStatushouder("0441");
        ProcessInstance map = startNaPip(mapDossier, "map", "Z", VANDAAG, oudeMap.getId());
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, mapDossier, "Task_MapVrijstellingBeoordelen",
                Map.of("mapBesluit", "VRIJSTELLING", "mapVrijstellingReden", "x".repeat(2001))))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("mapVrijstellingReden");
        voltooi(TestGegevens.CM_HOORN, mapDossier, "Task_MapVrijstellingBeoordelen",
                Map.of("mapBesluit", "VRIJSTELLING", "mapVrijstellingReden", "Werkt 32 uur per week"));
        assertThat(map).hasPassed("End_MapVrijstelling").isEnded();

        // a new track starts on today's models
        Dossier nieuw = openStatushouder("0441");
        ProcessInstance nieuwePvt = startNaPip(nieuw, "pvt", "B1", VANDAAG);
        assertThat(nieuwePvt.getProcessDefinitionId()).isEqualTo(definitie(huidige, "pvt").getId());
    }
}
