package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Aanval.Toegang;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Due and follow-up dates (issue 10, item 8). Tasklist sets either by sending the whole task back
 * ({@code PUT /task/{id}}); for a task with a Camunda Form that failed on Camunda's {@code camundaFormRef}
 * (web/EngineRestJson). The casemanager who may work a task now sets and clears its follow-up date, through the
 * engine REST API and the webapps' engine API, and it is stored; moving or removing its due date (a legal or policy
 * term), or changing any other property of the task, is refused (403) in every path and body spelling and nothing
 * changes (identiteit/TaakWijzigingControle). The application's own rules still re-date tasks, also after the
 * casemanager planned a follow-up.
 */
class TaakDatumAanvalTest extends ProcesTestBasis {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    /** The engine REST API's date format (JacksonConfigurator), as Tasklist sends dates. */
    private static String restDatum(Date datum) {
        return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(datum);
    }

    private static Date om(LocalDate dag, int uur) {
        return Date.from(dag.atTime(uur, 0).atZone(Tijd.ZONE).toInstant());
    }

    /** The snapshot without H2's per-read CLOB labels, which differ on every read of an unchanged row. */
    private Map<String, List<String>> momentopname() {
        Map<String, List<String>> opname = new java.util.TreeMap<>();
        Aanval.momentopname(jdbc).forEach((tabel, rijen) ->
                opname.put(tabel, rijen.stream().map(r -> r.replaceAll("clob\\d+: ", "")).sorted().toList()));
        return opname;
    }

    /** The task as Tasklist holds it: read through the entry point, without the HAL parts Tasklist strips. */
    private ObjectNode taakAlsTasklist(Aanval.Client cm, Toegang toegang, String taakId) {
        Aanval.Antwoord antwoord = cm.get(toegang.basis() + "/task/" + taakId);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        try {
            ObjectNode taak = (ObjectNode) JSON.readTree(antwoord.body());
            taak.remove("_links");
            taak.remove("_embedded");
            return taak;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private Task verschijningMetVervaldatum(Dossier dossier) {
        oproepVersturen(dossier, TestGegevens.CM_HOORN);
        Task taak = taak(dossier, "Task_VerschijningVastleggen");
        assertThat(taak.getDueDate()).as("the appointment is the task's due date").isNotNull();
        return taak;
    }

    @Test
    void deCasemanagerZetEnWistDeVervolgdatumLangsBeideIngangen() {
        Dossier dossier = openStatushouder("0441");
        Task taak = verschijningMetVervaldatum(dossier);
        Date vervaldatum = taak.getDueDate();

        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
            ObjectNode body = taakAlsTasklist(cm, toegang, taak.getId());
            assertThat(body.path("camundaFormRef").path("key").asText()).as("the defect's trigger is in the body")
                    .isEqualTo("verschijning-vastleggen");
            Date vervolg = om(VANDAAG.plusDays(toegang == Toegang.ENGINE_REST ? 3 : 4), 9);
            body.put("followUp", restDatum(vervolg));

            Aanval.Antwoord antwoord = cm.stuur("PUT", toegang.basis() + "/task/" + taak.getId(), "application/json",
                    body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(antwoord.status()).as(toegang + ": " + antwoord.body()).isEqualTo(204);
            Task opgeslagen = taskService.createTaskQuery().taskId(taak.getId()).singleResult();
            assertThat(opgeslagen.getFollowUpDate()).as(toegang.toString()).isEqualTo(vervolg);
            assertThat(opgeslagen.getDueDate()).as("the due date stays").isEqualTo(vervaldatum);
            assertThat(opgeslagen.getAssignee()).isNull();
        }

        // cleared again, as Tasklist's "remove" does; and through the Java API as the casemanager
        Aanval.Client cm = Aanval.als(poort, Toegang.WEBAPP, TestGegevens.CM_HOORN.id());
        ObjectNode body = taakAlsTasklist(cm, Toegang.WEBAPP, taak.getId());
        body.putNull("followUp");
        assertThat(cm.stuur("PUT", Toegang.WEBAPP.basis() + "/task/" + taak.getId(), "application/json",
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).singleResult().getFollowUpDate()).isNull();
        Date vervolg = om(VANDAAG.plusDays(2), 8);
        als(TestGegevens.CM_HOORN, () -> {
            taskService.setFollowUpDate(taak.getId(), vervolg);
            return null;
        });
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).singleResult().getFollowUpDate()).isEqualTo(vervolg);
        // who the follow-up date was set by is in the user operation log
        assertThat(processEngine.getHistoryService().createUserOperationLogQuery().taskId(taak.getId())
                .property("followUpDate").list()).extracting(e -> e.getUserId()).contains(TestGegevens.CM_HOORN.id());
    }

    @Test
    void eenVervolgdatumIsVoorDeRolVanDeTaakEnHaarGemeente() {
        Dossier dossier = openStatushouder("0441");
        Task taak = verschijningMetVervaldatum(dossier);
        ObjectNode body = taakAlsTasklist(Aanval.als(poort, Toegang.ENGINE_REST, TestGegevens.CM_HOORN.id()),
                Toegang.ENGINE_REST, taak.getId());
        body.put("followUp", restDatum(om(VANDAAG.plusDays(3), 9)));
        byte[] json = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var voor = momentopname();

        // a teamleider of the same gemeente (another role) and a casemanager of another gemeente
        Aanval.Antwoord teamleider = Aanval.als(poort, Toegang.ENGINE_REST, TestGegevens.TL_WESTFRIESLAND.id())
                .stuur("PUT", "/engine-rest/task/" + taak.getId(), "application/json", json);
        assertThat(teamleider.status()).as(teamleider.body()).isIn(403, 404);
        Aanval.Antwoord andereGemeente = Aanval.als(poort, Toegang.ENGINE_REST, TestGegevens.CM_PURMEREND.id())
                .stuur("PUT", "/engine-rest/task/" + taak.getId(), "application/json", json);
        assertThat(andereGemeente.status()).as(andereGemeente.body()).isIn(403, 404);
        assertThatThrownBy(() -> als(TestGegevens.CM_PURMEREND, () -> {
            taskService.setFollowUpDate(taak.getId(), om(VANDAAG.plusDays(3), 9));
            return null;
        })).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
        assertThat(momentopname()).isEqualTo(voor);
    }

    @Test
    void deVervaldatumVerplaatsenOfWissenWordtGeweigerdLangsElkeIngangEnSpelling() {
        Dossier dossier = openStatushouder("0441");
        Task taak = verschijningMetVervaldatum(dossier);
        String pad = "/task/" + taak.getId();
        var voor = momentopname();
        int verstuurd = 0;

        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
            ObjectNode later = taakAlsTasklist(cm, toegang, taak.getId());
            later.put("due", restDatum(om(VANDAAG.plusMonths(3), 10)));
            ObjectNode gewist = taakAlsTasklist(cm, toegang, taak.getId());
            gewist.putNull("due");
            ObjectNode metVervolg = taakAlsTasklist(cm, toegang, taak.getId());
            metVervolg.put("due", restDatum(om(VANDAAG.plusYears(1), 10)));
            metVervolg.put("followUp", restDatum(om(VANDAAG.plusDays(1), 10)));
            for (ObjectNode poging : List.of(later, gewist, metVervolg)) {
                for (Aanval.Variant variant : Aanval.varianten(toegang, pad, poging.toString())) {
                    Aanval.Antwoord antwoord = cm.stuur("PUT", variant);
                    verstuurd++;
                    String wat = toegang + " " + variant + ": " + antwoord.body();
                    if (variant.pad().contains("%")) {
                        assertThat(antwoord.status()).as(wat).isIn(400, 404);
                        continue;
                    }
                    assertThat(antwoord.status()).as(wat).isEqualTo(403);
                    assertThat(antwoord.body()).as(wat).contains("vervaldatum").doesNotContain("Exception");
                }
            }
        }
        assertThat(verstuurd).isGreaterThan(50);

        // the Java API as the casemanager: setDueDate, and saveTask with a moved date
        assertThatThrownBy(() -> als(TestGegevens.CM_HOORN, () -> {
            taskService.setDueDate(taak.getId(), om(VANDAAG.plusMonths(3), 10));
            return null;
        })).isInstanceOf(AuthorizationException.class).hasMessageContaining("vervaldatum");
        assertThatThrownBy(() -> als(TestGegevens.CM_HOORN, () -> {
            Task geladen = taskService.createTaskQuery().taskId(taak.getId()).singleResult();
            geladen.setDueDate(null);
            taskService.saveTask(geladen);
            return null;
        })).isInstanceOf(AuthorizationException.class).hasMessageContaining("vervaldatum");

        assertThat(momentopname()).as("nothing was written").isEqualTo(voor);
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).singleResult().getDueDate()).isEqualTo(taak.getDueDate());
    }

    @Test
    void andereEigenschappenVanEenTaakWijzigtDeCasemanagerNiet() {
        Dossier dossier = openStatushouder("0441");
        Task taak = verschijningMetVervaldatum(dossier);
        String pad = "/task/" + taak.getId();
        var voor = momentopname();

        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
            Map<String, Object> wijzigingen = Map.of("name", "Iets anders", "description", "Andere omschrijving",
                    "priority", 99, "assignee", TestGegevens.CM_HOORN_2.id(), "owner", TestGegevens.CM_HOORN.id(),
                    "tenantId", "GM0439");
            for (var wijziging : wijzigingen.entrySet()) {
                ObjectNode body = taakAlsTasklist(cm, toegang, taak.getId());
                body.set(wijziging.getKey(), JSON.valueToTree(wijziging.getValue()));
                body.put("followUp", restDatum(om(VANDAAG.plusDays(1), 10)));
                for (Aanval.Variant variant : Aanval.varianten(toegang, pad, body.toString())) {
                    Aanval.Antwoord antwoord = cm.stuur("PUT", variant);
                    String wat = toegang + " " + wijziging.getKey() + " " + variant + ": " + antwoord.body();
                    if (variant.pad().contains("%")) {
                        assertThat(antwoord.status()).as(wat).isIn(400, 404);
                        continue;
                    }
                    assertThat(antwoord.status()).as(wat).isIn(400, 403);
                    assertThat(antwoord.body()).as(wat).doesNotContain("Exception").doesNotContain("GM0439");
                }
            }
        }
        assertThat(momentopname()).as("nothing was written").isEqualTo(voor);
    }

    /**
     * The casemanager planned a follow-up and cannot move the legal due date; the rules can: a third party's late
     * information, recorded by the casemanager through our API, moves the PIP limit, and the open intake task gets the
     * new limit as its due date (termijn/PipTermijnService, as the application), its follow-up date untouched.
     */
    @Test
    void onzeRegelsVerzettenDeVervaldatumWelOokNaEenVervolgdatum() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        oproepVersturen(dossier, TestGegevens.CM_HOORN);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        Task intake = taak(dossier, "Task_BredeIntakeGesprekVoeren");
        LocalDate limiet = herlaad(dossier).getPipUiterlijkeDatum();
        assertThat(Tijd.alsDatum(intake.getDueDate())).isEqualTo(limiet);

        Aanval.Client cm = Aanval.als(poort, Toegang.WEBAPP, TestGegevens.CM_HOORN.id());
        Date vervolg = om(VANDAAG.plusWeeks(9).plusDays(1), 9);
        ObjectNode body = taakAlsTasklist(cm, Toegang.WEBAPP, intake.getId());
        body.put("followUp", restDatum(vervolg));
        assertThat(cm.stuur("PUT", Toegang.WEBAPP.basis() + "/task/" + intake.getId(), "application/json",
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(204);
        body = taakAlsTasklist(cm, Toegang.WEBAPP, intake.getId());
        body.put("due", restDatum(om(limiet.plusWeeks(4), 0)));
        assertThat(cm.stuur("PUT", Toegang.WEBAPP.basis() + "/task/" + intake.getId(), "application/json",
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(403);

        nl.regie.inburgering.test.Http api = nl.regie.inburgering.test.Http.als(poort, TestGegevens.CM_HOORN.id());
        String gebeurtenissen = "/api/dossiers/" + dossier.getDossiernummer() + "/gebeurtenissen";
        verstrijkTot(dossier, VANDAAG.plusWeeks(9));
        var wachten = api.post(gebeurtenissen, Map.of("type", "WACHTEN_OP_DERDE", "datum", VANDAAG.plusWeeks(9).toString()));
        assertThat(wachten.status()).as(wachten.body()).isIn(200, 201);
        werkAf(dossier);
        verstrijkTot(dossier, VANDAAG.plusWeeks(9).plusDays(3));
        var ontvangen = api.post(gebeurtenissen, Map.of("type", "INFORMATIE_DERDE_ONTVANGEN",
                "datum", VANDAAG.plusWeeks(9).plusDays(3).toString()));
        assertThat(ontvangen.status()).as(ontvangen.body()).isIn(200, 201);
        werkAf(dossier);

        LocalDate nieuweLimiet = herlaad(dossier).getPipUiterlijkeDatum();
        assertThat(nieuweLimiet).isAfter(limiet);
        Task na = taskService.createTaskQuery().taskId(intake.getId()).singleResult();
        assertThat(Tijd.alsDatum(na.getDueDate())).as("the rules moved the due date").isEqualTo(nieuweLimiet);
        assertThat(na.getFollowUpDate()).as("the casemanager's planning stays").isEqualTo(vervolg);
    }
}
