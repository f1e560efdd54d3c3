package nl.regie.inburgering.takenlijst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.engine.TaakOnderwerp;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.handhaving.Gedraging;
import nl.regie.inburgering.handhaving.HandhavingZaak;
import nl.regie.inburgering.identiteit.IdentiteitInrichting;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Issue 10, item 3: every task in Tasklist's list says whom it is about. The shared filters name the variables
 * inburgeraar, dossiernummer and gemeenteNaam; every user task carries them (main process, a called process, a
 * handhaving case), read by a casemanager the way Tasklist reads them; they leave no history (a display copy of our
 * tables); nobody overwrites them with a task completion; tasks from before the change get them at start.
 */
class TaakOnderwerpTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_ENKHUIZEN;
    private static final String GEMEENTE = "GM0388";

    @LocalServerPort int poort;
    @Autowired HistoryService historyService;
    @Autowired Gemeenten gemeenten;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transacties;
    @Autowired ProcessEngineConfigurationImpl configuratie;
    @Autowired TaakOnderwerpAanvulling aanvulling;

    /** A dossier with a name of its own, so that finding it anywhere means it is this one's. */
    private Dossier openMetNaam(String achternaam, LocalDate geboren) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Amina", achternaam, geboren,
                "SYR", "ASIELSTATUSHOUDER", GEMEENTE.substring(2), VANDAAG.minusDays(3), true, null);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
        werkAf(dossier);
        return dossier;
    }

    private static String uniekeAchternaam() {
        StringBuilder naam = new StringBuilder("Takenlijst");
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            naam.append((char) ('a' + Character.digit(c, 26)));
        }
        return naam.toString();
    }

    private Http cm() {
        return Http.als(poort, CM.id());
    }

    /** The task's variables as Tasklist's task view reads them. */
    private JsonNode variabelen(String taakId) {
        Http.Antwoord antwoord = cm().get("/engine-rest/task/" + taakId + "/variables");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return antwoord.json();
    }

    private void draagtOnderwerp(Task taak, Dossier dossier) {
        String naam = "Amina " + dossier.getPersoon().getAchternaam();
        JsonNode v = variabelen(taak.getId());
        assertThat(v.path(TaakOnderwerp.INBURGERAAR).path("value").asText()).as(taak.getTaskDefinitionKey()).isEqualTo(naam);
        assertThat(v.path(TaakOnderwerp.DOSSIERNUMMER).path("value").asText()).isEqualTo(dossier.getDossiernummer());
        assertThat(v.path(TaakOnderwerp.GEMEENTE_NAAM).path("value").asText()).isEqualTo(gemeenten.metTenantId(GEMEENTE).naam())
                .isNotEqualTo(GEMEENTE);
        assertThat(v.toString()).doesNotContain(dossier.getPersoon().getBsn());
    }

    /**
     * The filter's list as Tasklist asks for it (HAL, the filter's {@code variables} embedded per task), narrowed to
     * one process instance: task definition key → {variable name → value}.
     */
    private Map<String, Map<String, String>> filterLijst(String procesInstantieId) {
        Filter filter = processEngine.getFilterService().createFilterQuery().filterName(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN)
                .singleResult();
        Http.Antwoord antwoord = cm().metKop("Accept", "application/hal+json").post("/engine-rest/filter/" + filter.getId()
                + "/list?firstResult=0&maxResults=50", Map.of("processInstanceId", procesInstantieId));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        JsonNode taken = antwoord.json().path("_embedded").path("task");
        assertThat(taken.isArray()).as(antwoord.body()).isTrue();
        Map<String, Map<String, String>> lijst = new java.util.LinkedHashMap<>();
        for (JsonNode taak : taken) {
            Map<String, String> waarden = new java.util.LinkedHashMap<>();
            for (JsonNode variabele : taak.path("_embedded").path("variable")) {
                waarden.put(variabele.path("name").asText(), variabele.path("value").asText());
            }
            lijst.put(taak.path("taskDefinitionKey").asText(), waarden);
        }
        return lijst;
    }

    private Map<String, String> verwacht(Dossier dossier) {
        return Map.of(TaakOnderwerp.INBURGERAAR, "Amina " + dossier.getPersoon().getAchternaam(),
                TaakOnderwerp.DOSSIERNUMMER, dossier.getDossiernummer(),
                TaakOnderwerp.GEMEENTE_NAAM, gemeenten.metTenantId(GEMEENTE).naam());
    }

    @Test
    void elkGedeeldFilterToontInburgeraarDossierEnGemeente() {
        for (String naam : List.of(IdentiteitInrichting.FILTER_MIJN_TAKEN, IdentiteitInrichting.FILTER_MIJN_GEMEENTEN,
                IdentiteitInrichting.FILTER_TERMIJN_VERLOOPT)) {
            Filter filter = processEngine.getFilterService().createFilterQuery().filterName(naam).singleResult();
            assertThat(filter.getProperties().get("variables")).as(naam).isEqualTo(List.of(
                    Map.of("name", "inburgeraar", "label", "Inburgeraar"),
                    Map.of("name", "dossiernummer", "label", "Dossier"),
                    Map.of("name", "gemeenteNaam", "label", "Gemeente")));
            // what Tasklist reads: the filter over REST, as a casemanager
            Http.Antwoord antwoord = cm().get("/engine-rest/filter/" + filter.getId());
            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
            assertThat(antwoord.json().path("properties").path("variables").toString())
                    .contains("\"name\":\"inburgeraar\"", "\"label\":\"Inburgeraar\"", "\"label\":\"Dossier\"", "\"label\":\"Gemeente\"");
        }
    }

    @Test
    void takenVanHoofdprocesAangeroepenProcesEnHandhavingDragenNaamDossierEnGemeente() {
        // the main process: a 15-year-old is not obliged yet, the casemanager confirms
        Dossier jong = openMetNaam(uniekeAchternaam(), VANDAAG.minusYears(15));
        Task hoofdtaak = taak(jong, "Task_GeenPlichtBevestigen");
        assertThat(hoofdtaak).isNotNull();
        draagtOnderwerp(hoofdtaak, jong);
        assertThat(filterLijst(hoofdproces(jong).getId())).containsEntry("Task_GeenPlichtBevestigen", verwacht(jong));

        // a called process: the brede intake's first task
        Dossier dossier = openMetNaam(uniekeAchternaam(), LocalDate.of(1990, 1, 1));
        Task oproep = taak(dossier, "Task_OproepVersturen");
        draagtOnderwerp(oproep, dossier);
        assertThat(filterLijst(proces(dossier, "brede-intake").getId())).containsEntry("Task_OproepVersturen", verwacht(dossier));

        // a handhaving case (business key: the zaaknummer)
        new TransactionTemplate(transacties).executeWithoutResult(s -> publisher.publishEvent(new HandhavingSignaalGemeld(
                dossier.getDossiernummer(), "CASEMANAGER", Gedraging.PIP_AFSPRAKEN.name(), VANDAAG.minusDays(5),
                VANDAAG.minusDays(5), "Afspraak niet nagekomen", CM.id())));
        String zaaknummer = HandhavingZaak.zaaknummer(dossier.getDossiernummer(), 1);
        werkAf(zaaknummer);
        Task voorlichting = taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer)
                .taskDefinitionKey("Task_VoorlichtingVastleggen").singleResult();
        assertThat(voorlichting).isNotNull();
        draagtOnderwerp(voorlichting, dossier);
        assertThat(filterLijst(voorlichting.getProcessInstanceId())).containsEntry("Task_VoorlichtingVastleggen", verwacht(dossier));

        // a display copy of our tables: no history at all (issue 13, the size per dossier), so the procesbeheerder
        // reading the history over REST finds neither the name nor the copy; the process's own routing variable
        // dossiernummer keeps its history
        for (String pi : List.of(hoofdtaak.getProcessInstanceId(), oproep.getProcessInstanceId(), voorlichting.getProcessInstanceId())) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
                    .variableNameIn(TaakOnderwerp.INBURGERAAR, TaakOnderwerp.GEMEENTE_NAAM).includeDeleted().list()).isEmpty();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
                    .variableName(TaakOnderwerp.DOSSIERNUMMER).includeDeleted().list()).allSatisfy(h -> assertThat(h.getTaskId()).isNull());
            assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi).variableUpdates().list())
                    .noneMatch(d -> d.getTaskId() != null && TaakOnderwerp.NAMEN.contains(
                            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()));
            for (String pad : List.of("/engine-rest/history/variable-instance?maxResults=200&includeDeleted=true&processInstanceId=" + pi,
                    "/engine-rest/history/detail?maxResults=500&processInstanceId=" + pi)) {
                Http.Antwoord antwoord = Http.als(poort, TestGegevens.PB.id()).get(pad);
                assertThat(antwoord.status()).as(pad + antwoord.body()).isEqualTo(200);
                assertThat(antwoord.body()).as(pad).doesNotContain(jong.getPersoon().getAchternaam())
                        .doesNotContain(dossier.getPersoon().getAchternaam()).doesNotContain(TaakOnderwerp.GEMEENTE_NAAM);
            }
        }
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(hoofdtaak.getProcessInstanceId())
                .variableName(TaakOnderwerp.DOSSIERNUMMER).singleResult().getValue()).isEqualTo(jong.getDossiernummer());
        // the runtime values stay, for Tasklist's list (above); after the task is done nothing of them remains
        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(oproep.getId()).includeDeleted().list()
                .stream().map(h -> h.getName()).toList()).doesNotContainAnyElementsOf(TaakOnderwerp.NAMEN);
    }

    @Test
    void eenGebruikerKanDeVariabelenNietOverschrijven() {
        Dossier dossier = openMetNaam(uniekeAchternaam(), LocalDate.of(1990, 1, 1));
        Task oproep = taak(dossier, "Task_OproepVersturen");
        Map<String, Object> formulier = new java.util.LinkedHashMap<>(Map.of(
                "oproepDatum", Map.of("value", VANDAAG.plusDays(7).toString()), "oproepLocatie", Map.of("value", "Stadhuis")));
        for (String naam : List.of(TaakOnderwerp.INBURGERAAR, TaakOnderwerp.GEMEENTE_NAAM)) {
            Map<String, Object> metExtra = new java.util.LinkedHashMap<>(formulier);
            metExtra.put(naam, Map.of("value", "Iemand Anders"));
            List<Http.Antwoord> pogingen = new ArrayList<>();
            pogingen.add(cm().post("/engine-rest/task/" + oproep.getId() + "/complete", Map.of("variables", metExtra)));
            pogingen.add(cm().post("/engine-rest/task/" + oproep.getId() + "/submit-form", Map.of("variables", metExtra)));
            pogingen.add(cm().post("/engine-rest/task/" + oproep.getId() + "/localVariables",
                    Map.of("modifications", Map.of(naam, Map.of("value", "Iemand Anders")))));
            pogingen.add(cm().post("/engine-rest/task/" + oproep.getId() + "/localVariables",
                    Map.of("deletions", List.of(naam))));
            for (Http.Antwoord antwoord : pogingen) {
                assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
                assertThat(antwoord.body()).contains(naam);
            }
        }
        assertThat(taskService.createTaskQuery().taskId(oproep.getId()).count()).as("still open").isEqualTo(1);
        draagtOnderwerp(oproep, dossier);
        // the form alone completes; the next task carries the values again
        Http.Antwoord goed = cm().post("/engine-rest/task/" + oproep.getId() + "/complete", Map.of("variables", formulier));
        assertThat(goed.status()).as(goed.body()).isEqualTo(204);
        werkAf(dossier);
        draagtOnderwerp(taak(dossier, "Task_VerschijningVastleggen"), dossier);
    }

    /**
     * The filter list's reading of the three values (engine/TaakOnderwerpLezen) answers only for tasks the reader may
     * read, and only task-local values: another gemeente's casemanager and another role get nothing, and a query for
     * any other variable keeps the engine's own rule.
     */
    @Test
    void alleenWieDeTaakMagLezenLeestHaarOnderwerp() {
        Dossier dossier = openMetNaam(uniekeAchternaam(), LocalDate.of(1990, 1, 1));
        Task oproep = taak(dossier, "Task_OproepVersturen");
        String[] scope = {oproep.getId(), oproep.getExecutionId(), oproep.getProcessInstanceId()};
        java.util.function.Supplier<List<String>> onderwerp = () -> runtimeService.createVariableInstanceQuery()
                .variableNameIn(TaakOnderwerp.INBURGERAAR, TaakOnderwerp.DOSSIERNUMMER, TaakOnderwerp.GEMEENTE_NAAM)
                .variableScopeIdIn(scope).list().stream().map(v -> v.getName() + "=" + v.getValue()).toList();

        assertThat(als(CM, onderwerp)).containsExactlyInAnyOrder("inburgeraar=Amina " + dossier.getPersoon().getAchternaam(),
                "dossiernummer=" + dossier.getDossiernummer(), "gemeenteNaam=" + gemeenten.metTenantId(GEMEENTE).naam());
        assertThat(als(TestGegevens.CM_HOORN, onderwerp)).as("another gemeente").isEmpty();
        assertThat(als(TestGegevens.TL_ZOETERMEER, onderwerp)).as("another role and gemeente").isEmpty();
        // the process's own variables stay out of reach, also when asked for beside ours
        assertThat(als(CM, () -> runtimeService.createVariableInstanceQuery()
                .variableNameIn(TaakOnderwerp.INBURGERAAR, "gemeente").variableScopeIdIn(scope).listPage(0, 100))).isEmpty();
        assertThat(als(CM, () -> runtimeService.createVariableInstanceQuery().variableNameIn("gemeente", "doelgroep")
                .variableScopeIdIn(scope).listPage(0, 100))).isEmpty();
    }

    @Test
    void takenVanVoorDezeWijzigingKrijgenDeVariabelenBijDeStart() {
        Dossier dossier = openMetNaam(uniekeAchternaam(), LocalDate.of(1990, 1, 1));
        Task oproep = taak(dossier, "Task_OproepVersturen");
        // as a task created before this change: without the variables
        configuratie.getCommandExecutorTxRequired().execute(context -> {
            context.getTaskManager().findTaskById(oproep.getId()).removeVariablesLocal(List.of(TaakOnderwerp.INBURGERAAR,
                    TaakOnderwerp.DOSSIERNUMMER, TaakOnderwerp.GEMEENTE_NAAM));
            return null;
        });
        assertThat(taskService.getVariableLocal(oproep.getId(), TaakOnderwerp.INBURGERAAR)).isNull();

        assertThat(aanvulling.vulAan()).isGreaterThanOrEqualTo(1);
        draagtOnderwerp(oproep, dossier);
        // a second run finds nothing of this task to do
        assertThat(aanvulling.vulAan()).isZero();
    }
}
