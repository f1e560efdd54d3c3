package nl.regie.inburgering.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * What a partner task carries besides its question (dossiernummer, naam, gemeente, contact, partner) is made when
 * the partner fetches it ({@link PartnerEnveloppe}), not stored per task: the partner receives exactly what a task
 * of an older model version, which stores it as input parameters, gives — for every way of asking.
 */
class PartnerEnveloppeTest extends ProcesTestBasis {

    private static final String TOPIC = "taalaanbieder-aanmelding";

    @LocalServerPort int poort;
    @Autowired Gemeenten gemeenten;

    /** A partner task as the older model versions built it: the envelope stored as input parameters. */
    private static final String OUD = """
            <camunda:inputOutput>
              <camunda:inputParameter name="dossiernummer">${dossiernummer}</camunda:inputParameter>
              <camunda:inputParameter name="gemeente">${partnerGegevens.gemeenteNaam(execution)}</camunda:inputParameter>
              <camunda:inputParameter name="naam">${partnerGegevens.naam(execution)}</camunda:inputParameter>
              <camunda:inputParameter name="contact">${partnerGegevens.contact(execution)}</camunda:inputParameter>
              <camunda:inputParameter name="partner">${partnerGegevens.partner(execution, 'taalaanbieder-aanmelding')}</camunda:inputParameter>
              <camunda:inputParameter name="actie">START</camunda:inputParameter>
            </camunda:inputOutput>""";
    /** The same task as the models build it now: the partner set at the start, the envelope named, not stored. */
    private static final String NIEUW = """
            <camunda:properties><camunda:property name="partnerEnveloppe" value="dossiernummer,gemeente,naam,contact,partner" /></camunda:properties>
            <camunda:executionListener expression="${partnerGegevens.partner(execution, 'taalaanbieder-aanmelding')}" event="start" />
            <camunda:inputOutput>
              <camunda:inputParameter name="actie">START</camunda:inputParameter>
            </camunda:inputOutput>""";

    private void deploy(String sleutel, String uitbreiding) {
        if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(sleutel).count() > 0) {
            return;
        }
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:serviceTask id="Task_Partner" camunda:type="external" camunda:topic="%s">
                      <bpmn:extensionElements>%s</bpmn:extensionElements>
                      <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Partner" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Task_Partner" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>""".formatted(sleutel, TOPIC, uitbreiding);
        processEngine.getRepositoryService().createDeployment().addString(sleutel + ".bpmn", xml).deploy();
    }

    /** Starts the model for the dossier (as a track is started: its business key, dossiernummer and gemeente). */
    private String start(String sleutel, Dossier dossier) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("dossiernummer", dossier.getDossiernummer());
        variabelen.put("gemeente", dossier.getGemeente());
        variabelen.put("leerroute", "B1");
        return runtimeService.startProcessInstanceByKey(sleutel, dossier.getDossiernummer(), variabelen).getId();
    }

    /** The variables of the one task fetched for the dossier, asked as given. */
    private JsonNode haalOp(Dossier dossier, Map<String, Object> vraag) {
        Map<String, Object> topic = new HashMap<>(vraag);
        topic.put("topicName", TOPIC);
        topic.put("lockDuration", 1);
        topic.put("businessKey", dossier.getDossiernummer());
        Http.Antwoord antwoord = Http.als(poort, TestGegevens.TAALSCHOOL_WESTFRIESLAND.id()).post(
                "/partner-api/external-task/fetchAndLock", Map.of("workerId", "w", "maxTasks", 5, "topics", List.of(topic)));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json()).as(antwoord.body()).hasSize(1);
        return antwoord.json().get(0);
    }

    @Test
    void dePartnerKrijgtWatEenOpgeslagenEnveloppeGafZonderDatDeTaakHemOpslaat() throws Exception {
        deploy("enveloppe-oud-test", OUD);
        deploy("enveloppe-nieuw-test", NIEUW);
        List<Map<String, Object>> vragen = List.of(
                Map.of("localVariables", true),
                Map.of(), // every variable the task sees: the process's gemeente (tenant) is shadowed by the name
                Map.of("variables", List.of("naam", "actie", "gemeente")),
                Map.of("variables", List.of("actie"), "localVariables", true),
                Map.of("variables", List.of(), "includeExtensionProperties", true));
        Dossier dossier = openStatushouder("0441");
        String oud = start("enveloppe-oud-test", dossier);
        for (Map<String, Object> vraag : vragen) {
            JsonNode opgeslagen = haalOp(dossier, vraag);
            runtimeService.deleteProcessInstance(oud, "test");
            String nieuw = start("enveloppe-nieuw-test", dossier);
            JsonNode gemaakt = haalOp(dossier, vraag);
            assertThat(gemaakt.get("variables")).as(vraag.toString()).isEqualTo(opgeslagen.get("variables"));
            assertThat(gemaakt.get("extensionProperties")).as(vraag.toString()).isEqualTo(opgeslagen.get("extensionProperties"));
            runtimeService.deleteProcessInstance(nieuw, "test");
            oud = start("enveloppe-oud-test", dossier);
        }

        JsonNode lokaal = haalOp(dossier, Map.of("localVariables", true)).get("variables");
        assertThat(lokaal.path("naam").path("value").asText()).isEqualTo(dossier.getPersoon().volledigeNaam());
        assertThat(lokaal.path("gemeente").path("value").asText()).isEqualTo(gemeenten.metTenantId("GM0441").naam());
        assertThat(lokaal.path("partner").path("value").asText()).isEqualTo(TestGegevens.TAALSCHOOL_WESTFRIESLAND.id());
        assertThat(lokaal.path("dossiernummer").path("value").asText()).isEqualTo(dossier.getDossiernummer());
        assertThat(lokaal.path("naam").path("type").asText()).isEqualTo("String");
    }

    @Test
    void eenTaakVanDeModellenSlaatDeEnveloppeNietOpEnDePartnerKrijgtHemToch() {
        Dossier dossier = openStatushouder("0441");
        String leerroute = startNaPip(dossier, "leerroute", "B1", VANDAAG).getId();
        var taak = processEngine.getExternalTaskService().createExternalTaskQuery().processInstanceId(leerroute)
                .topicName(TOPIC).singleResult();
        assertThat(runtimeService.getVariablesLocal(taak.getExecutionId()).keySet())
                .doesNotContainAnyElementsOf(PartnerEnveloppe.VELDEN).contains("leerroute");
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(leerroute).list())
                .noneMatch(v -> List.of("naam", "contact").contains(v.getName()));
        // who may fetch it is still the track's process variable
        assertThat(runtimeService.getVariable(leerroute, PartnerGegevens.PARTNER)).isEqualTo(TestGegevens.TAALSCHOOL_WESTFRIESLAND.id());

        JsonNode variabelen = haalOp(dossier, Map.of("localVariables", true)).get("variables");
        assertThat(variabelen.path("naam").path("value").asText()).isEqualTo(dossier.getPersoon().volledigeNaam());
        assertThat(variabelen.path("contact").path("value").asText()).isEqualTo(gemeenten.metTenantId("GM0441").contact());
        assertThat(variabelen.path("leerroute").path("value").asText()).isEqualTo("B1");
    }
}
