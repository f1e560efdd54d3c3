package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * What a task accepts is read from the deployment its process definition belongs to: an old version keeps its own
 * form (fields and limits), whatever a newer deployment or today's classpath says. Shown with two versions of a small
 * process whose form differs.
 */
class FormulierUitDeploymentTest extends ProcesTestBasis {

    @Autowired RepositoryService repositoryService;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void opruimen() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    private String deploy(String veld, int maxLengte) {
        String formulier = """
                {"id": "formversie-test", "type": "default", "schemaVersion": 16, "components": [
                  {"type": "textfield", "key": "%s", "label": "Veld", "validate": {"required": true, "maxLength": %d}},
                  {"type": "textfield", "key": "kenmerk", "label": "Kenmerk", "readonly": true}
                ]}""".formatted(veld, maxLengte);
        Deployment deployment = repositoryService.createDeployment().name("formversie-test")
                .addModelInstance("formversie.bpmn", Bpmn.createExecutableProcess("formversie")
                        .camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Taak").camundaFormRef("formversie-test").camundaFormRefBinding("deployment")
                        .endEvent().done())
                .addString("formversie-test.form", formulier)
                .deploy();
        deployments.add(deployment.getId());
        return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getId();
    }

    private String taakVan(String procesdefinitie) {
        String pi = runtimeService.startProcessInstanceById(procesdefinitie, Map.of("kenmerk", "K-1")).getId();
        return taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
    }

    @Test
    void eenOudeVersieHoudtHaarEigenFormulier() {
        String versie1 = deploy("eerste", 5);
        String taakOud = taakVan(versie1);
        String versie2 = deploy("tweede", 10);
        String taakNieuw = taakVan(versie2);

        // the old version's task: its own field and limit, not the newer form's
        assertThatThrownBy(() -> taskService.complete(taakOud, Map.of("tweede", "ja")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("tweede");
        assertThatThrownBy(() -> taskService.complete(taakOud, Map.of("eerste", "zeslang")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("eerste").hasMessageContaining("5");
        assertThatThrownBy(() -> taskService.complete(taakOud, Map.of()))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("eerste");
        // a read-only field: only unchanged, and then not written
        assertThatThrownBy(() -> taskService.complete(taakOud, Map.of("eerste", "ja", "kenmerk", "K-2")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("kenmerk");
        assertThatThrownBy(() -> taskService.setVariableLocal(taakOud, "onbekend", "x"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("onbekend");
        assertThatThrownBy(() -> taskService.removeVariable(taakOud, "kenmerk"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("kenmerk");
        taskService.complete(taakOud, Map.of("eerste", "ja", "kenmerk", "K-1"));
        assertThat(taskService.createTaskQuery().taskId(taakOud).count()).isZero();

        // the new version's task: the new form
        assertThatThrownBy(() -> taskService.complete(taakNieuw, Map.of("eerste", "ja")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("eerste");
        taskService.setVariable(taakNieuw, "tweede", "zeslang");
        taskService.complete(taakNieuw, Map.of("tweede", "tienletter"));
        assertThat(taskService.createTaskQuery().taskId(taakNieuw).count()).isZero();
    }

    @Test
    void elkInvoerTekstveldHeeftEenMaxLengthDieInZijnKolomPast() throws java.io.IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> zonder = new ArrayList<>();
        int gezien = 0;
        try (var formulieren = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            for (var pad : formulieren.filter(p -> p.toString().endsWith(".form")).toList()) {
                for (var veld : json.readTree(pad.toFile()).findParents("type")) {
                    String type = veld.path("type").asText();
                    if ((type.equals("textfield") || type.equals("textarea")) && !veld.path("readonly").asBoolean(false)) {
                        gezien++;
                        int max = veld.path("validate").path("maxLength").asInt(0);
                        if (max < 1 || max > FormulierSchemas.STANDAARD_MAX_LENGTE) {
                            zonder.add(pad.getFileName() + ":" + veld.path("key").asText());
                        }
                    }
                }
            }
        }
        assertThat(gezien).isGreaterThan(30);
        assertThat(zonder).as("text fields without a fitting maxLength").isEmpty();
    }

    @Test
    void eenTaakZonderFormulierAccepteertGeenVariabelen() {
        Deployment deployment = repositoryService.createDeployment().name("zonder-formulier-test")
                .addModelInstance("zonderformulier.bpmn", Bpmn.createExecutableProcess("zonderformulier")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("Taak").endEvent().done())
                .deploy();
        deployments.add(deployment.getId());
        String pi = runtimeService.startProcessInstanceByKey("zonderformulier").getId();
        String taak = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
        assertThatThrownBy(() -> taskService.complete(taak, Map.of("iets", "x")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("iets");
        taskService.complete(taak);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    }
}
