package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.handhaving.Gedraging;
import nl.regie.inburgering.handhaving.HandhavingSignaal;
import nl.regie.inburgering.handhaving.HandhavingSignaalRepository;
import nl.regie.inburgering.handhaving.HandhavingZaak;
import nl.regie.inburgering.handhaving.HandhavingZaakRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Aanval.Toegang;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.test.TestGegevens.TestGebruiker;

/**
 * A hostile handhaving user, casemanager, teamleider and partner attack the handhaving case (issue 11): the preparer
 * co-signs the boetebeschikking, routing variables are sent with a completion or written on the task, the execution
 * or the instance, a casemanager works a handhaving task, Westfriesland's handhaving user reaches a Zoetermeer case
 * (engine REST, history, our API, the bezwaar endpoint), the financial system widens its partner access, and the
 * procesbeheerder reads the zienswijze in the history. Each attack goes through every entry point and spelling that
 * applies; each is refused and the database (engine runtime and our handhaving tables) is unchanged. The gateways
 * are shown to decide on {@code handhaving_zaak}, not on a variable of the opposite value.
 */
class HandhavingAanvalTest extends ProcesTestBasis {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WESTFRIESLAND = List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532");
    private static final TestGebruiker HH = new TestGebruiker("hh.westfriesland", Rollen.HANDHAVING, WESTFRIESLAND);
    private static final TestGebruiker HH_TL = new TestGebruiker("hhtl.westfriesland", Rollen.TEAMLEIDER, WESTFRIESLAND);
    private static final TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;
    private static final TestGebruiker CM = TestGegevens.CM_ENKHUIZEN;
    private static final TestGebruiker FINANCIEN = new TestGebruiker("financien-regio", Rollen.PARTNER,
            List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532", "GM0439", "GM0637", "GM1904"));
    private static final Set<Integer> GEWEIGERD = Set.of(400, 401, 403, 404, 405);
    private static final String ZIENSWIJZE = "Was opgenomen in het ziekenhuis wegens hartklachten";
    private static final String VERWIJTBAARHEID_REDEN = "Geen reden gegeven behalve de zorg voor moeder";
    private static final String BESLUIT_REDEN = "Geen rechtvaardiging ondanks psychische klachten";

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transacties;
    @Autowired HandhavingZaakRepository zaken;
    @Autowired HandhavingSignaalRepository signalen;

    @BeforeEach
    void gebruikers() {
        TestGegevens.zorgVoor(identityService, HH);
        TestGegevens.zorgVoor(identityService, HH_TL);
        TestGegevens.zorgVoor(identityService, FINANCIEN);
        if (identityService.createGroupQuery().groupId(Rollen.HANDHAVING).groupMember(HH_TL.id()).count() == 0) {
            identityService.createMembership(HH_TL.id(), Rollen.HANDHAVING);
        }
    }

    private record Poging(String methode, String pad, String body, String naam) {
    }

    // ------------------------------------------------------------------------------------------------ 1. four eyes

    @Test
    void deVoorbereiderOndertekentNietMeeLangsElkeIngangEnSpelling() {
        String nr = zaak(openStatushouder("0388"), Gedraging.PIP_AFSPRAKEN);
        totBesluit(nr, "VOLLEDIG");
        voltooi(HH_TL, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", BESLUIT_REDEN));
        assertThat(zaak(nr).getBesluitDoor()).isEqualTo(HH_TL.id());
        String taak = taak(nr, "Task_BoetebeschikkingMedeondertekenen").getId();
        String t = "/task/" + taak;
        String vandaag = Tijd.vandaag().toString();
        Map<String, Object> formulier = Map.of("medeondertekening", waarde("ONDERTEKENEN"), "dagtekening", waarde(vandaag));
        List<Poging> pogingen = List.of(
                new Poging("POST", t + "/complete", json(Map.of("variables", formulier)), "medeondertekening"),
                new Poging("POST", t + "/submit-form", json(Map.of("variables", formulier)), "medeondertekening"),
                new Poging("POST", t + "/complete", json(Map.of("variables", met(formulier, "besluitDoor", TL.id()))), "besluitDoor"),
                new Poging("POST", t + "/complete", json(Map.of("variables", met(formulier, "medeondertekendDoor", TL.id()))),
                        "medeondertekendDoor"),
                new Poging("POST", t + "/submit-form", json(Map.of("variables", met(formulier, "vierOgen", false))), "vierOgen"),
                new Poging("PUT", t + "/variables/besluitDoor", json(Map.of("value", TL.id(), "type", "String")), "besluitDoor"),
                new Poging("POST", t + "/localVariables", json(Map.of("modifications",
                        Map.of("medeondertekendDoor", waarde(TL.id())))), "medeondertekendDoor"),
                new Poging("POST", t + "/bpmnError", json(Map.of("errorCode", "Fout")), "errorCode"));
        var voor = momentopname();
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client voorbereider = Aanval.als(poort, toegang, HH_TL.id());
            for (Poging poging : pogingen) {
                stuurOveral(voorbereider, toegang, poging);
            }
        }
        assertThat(taak(nr, "Task_BoetebeschikkingMedeondertekenen")).as("the task is still open").isNotNull();
        assertThat(zaak(nr).getMedeondertekendDoor()).isNull();
        assertThat(zaak(nr).getDagtekening()).isNull();
        ongewijzigd(voor);

        // another teamleider signs with the form's fields only: the refusals were about who and what
        Aanval.Antwoord goed = Aanval.als(poort, Toegang.WEBAPP, TL.id()).post(Toegang.WEBAPP.basis() + t + "/complete",
                json(Map.of("variables", formulier)));
        assertThat(goed.status()).as(goed.body()).isEqualTo(204);
        werkAf(nr);
        assertThat(zaak(nr).getMedeondertekendDoor()).isEqualTo(TL.id());
        assertThat(zaak(nr).getBesluitDoor()).isEqualTo(HH_TL.id());
    }

    // ------------------------------------------------------------------------------------------------ 2. routing

    @Test
    void routeringsvariabelenWordenGeweigerdLangsElkeIngangEnSpelling() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaak(dossier, Gedraging.PIP_AFSPRAKEN);
        voorlichting(nr);
        String pi = zaak(nr).getProcesInstantieId();
        String taak = taak(nr, "Task_VerwijtbaarheidBeoordelen").getId();
        String uitvoering = runtimeService.createExecutionQuery().processInstanceId(pi).activityId("Task_VerwijtbaarheidBeoordelen")
                .singleResult().getId();
        String t = "/task/" + taak;
        Map<String, Object> formulier = Map.of("verwijtbaarheid", waarde("NIET"), "verwijtbaarheidReden", waarde("Ziek"));
        List<Poging> opDeTaak = List.of(
                new Poging("POST", t + "/complete", json(Map.of("variables", met(formulier, "doorDuo", true))), "doorDuo"),
                new Poging("POST", t + "/complete", json(Map.of("variables", met(formulier, "dubbeleSanctie", "GEEN"))), "dubbeleSanctie"),
                new Poging("POST", t + "/submit-form", json(Map.of("variables", met(formulier, "nageleefd", "JA"))), "nageleefd"),
                new Poging("POST", t + "/complete", json(Map.of("variables", Map.of("verwijtbaarheid", waarde("HALF"),
                        "verwijtbaarheidReden", waarde("Ziek")))), "verwijtbaarheid"),
                new Poging("PUT", t + "/variables/doorDuo", json(Map.of("value", true, "type", "Boolean")), "doorDuo"),
                new Poging("PUT", t + "/localVariables/dubbeleSanctie", json(Map.of("value", "AL_BEBOET", "type", "String")), "dubbeleSanctie"),
                new Poging("POST", t + "/variables", json(Map.of("modifications", Map.of("doorDuo", waarde(true)))), "doorDuo"),
                new Poging("POST", t + "/variables", json(Map.of("deletions", List.of("doorDuo"))), "doorDuo"));
        var voor = momentopname();
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client hh = Aanval.als(poort, toegang, HH.id());
            for (Poging poging : opDeTaak) {
                stuurOveral(hh, toegang, poging);
            }
            // the execution and the instance are no place for a user to write: 403 in every spelling
            for (String[] poging : new String[][] {
                    {"PUT", "/process-instance/" + pi + "/variables/doorDuo", "{\"value\":true,\"type\":\"Boolean\"}"},
                    {"POST", "/process-instance/" + pi + "/variables", "{\"modifications\":{\"nageleefd\":{\"value\":\"JA\"}}}"},
                    {"POST", "/execution/" + uitvoering + "/localVariables", "{\"modifications\":{\"doorDuo\":{\"value\":true}}}"},
                    {"PUT", "/execution/" + uitvoering + "/localVariables/dubbeleSanctie", "{\"value\":\"AL_BEBOET\",\"type\":\"String\"}"},
                    {"POST", "/process-instance/" + pi + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\","
                            + "\"activityId\":\"Task_DuoVerwijtbaarheidDoorgeven\"}],\"skipCustomListeners\":true}"},
                    {"POST", "/process-instance/" + pi + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\","
                            + "\"activityId\":\"End_NietVerwijtbaar\",\"variables\":{\"doorDuo\":{\"value\":false}}}]}"}}) {
                for (Aanval.Variant variant : Aanval.varianten(toegang, poging[1], poging[2])) {
                    Aanval.Antwoord antwoord = hh.stuur(poging[0], variant);
                    assertThat(antwoord.status()).as(toegang + " " + poging[0] + " " + variant + ": " + antwoord.body()).isIn(GEWEIGERD);
                    assertThat(antwoord.status()).as(variant.toString()).isNotEqualTo(200).isNotEqualTo(204);
                }
            }
        }
        assertThat(taak(nr, "Task_VerwijtbaarheidBeoordelen")).as("the task is still open").isNotNull();
        ongewijzigd(voor);
    }

    /**
     * The gateways read {@code handhaving_zaak}: a variable with the opposite value (here written by the engine itself,
     * as a slip in a later model might) does not route the case.
     */
    @Test
    void deGatewaysBeslissenOpDeZaakNietOpEenVariabele() {
        // a conduct the gemeente enforces, with doorDuo = true on the instance: still the gemeente's route
        String nr = zaak(openStatushouder("0388"), Gedraging.PIP_AFSPRAKEN);
        voorlichting(nr);
        String pi = zaak(nr).getProcesInstantieId();
        runtimeService.setVariable(pi, "doorDuo", true);
        runtimeService.setVariable(pi, "dubbeleSanctie", "PW_MAATREGEL");
        voltooi(HH, nr, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "VOLLEDIG", "verwijtbaarheidReden", "Geen"));
        assertThat(zaak(nr).getAfsluitreden()).as("not passed to DUO, no Pw maatregel in our tables").isNull();
        assertThat(taak(nr, "Task_WaarschuwingVersturen")).isNotNull();
        voltooi(HH, nr, "Task_WaarschuwingVersturen", Map.of("waarschuwingDatum", Tijd.vandaag().toString()));
        laatVerlopen(timer(nr, "Timer_NalevingstermijnVerstreken"));
        // on the naleving task: another type or value of the choice, or a routing variable next to it, in every spelling
        String naleving = "/task/" + taak(nr, "Task_NalevingBeoordelen").getId();
        var voorNaleving = momentopname();
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client hh = Aanval.als(poort, toegang, HH.id());
            stuurOveral(hh, toegang, new Poging("POST", naleving + "/complete", json(Map.of("variables", Map.of(
                    "nageleefd", Map.of("value", true, "type", "Boolean"), "nalevingToelichting", waarde("x")))), "nageleefd"));
            stuurOveral(hh, toegang, new Poging("POST", naleving + "/complete", json(Map.of("variables", Map.of(
                    "nageleefd", waarde("NEE"), "nalevingToelichting", waarde("x"), "doorDuo", waarde(true)))), "doorDuo"));
            stuurOveral(hh, toegang, new Poging("PUT", naleving + "/variables/nageleefd",
                    json(Map.of("value", "MISSCHIEN", "type", "String")), "nageleefd"));
        }
        ongewijzigd(voorNaleving);
        // the instance says nageleefd, the handhaving user chose NEE: the table's NEE decides
        runtimeService.setVariable(pi, "nageleefd", true);
        voltooi(HH, nr, "Task_NalevingBeoordelen", Map.of("nageleefd", "NEE", "nalevingToelichting", "Nog afwezig"));
        assertThat(zaak(nr).getNageleefd()).isFalse();
        assertThat(zaak(nr).getAfsluitreden()).isNull();
        assertThat(taak(nr, "Task_VoornemenVersturen")).isNotNull();

        // a conduct DUO enforces, with doorDuo = false on the instance: still passed to DUO
        String duo = zaak(openStatushouder("0388"), Gedraging.PVT_NIET_VOLTOOID);
        voorlichting(duo);
        runtimeService.setVariable(zaak(duo).getProcesInstantieId(), "doorDuo", false);
        voltooi(HH, duo, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "NIET", "verwijtbaarheidReden", "Opgenomen"));
        assertThat(zaak(duo).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.DOORGEGEVEN_AAN_DUO);
    }

    // ------------------------------------------------------------------------------------------------ 3. roles, tenants

    @Test
    void eenCasemanagerWerktGeenHandhavingstaak() {
        String nr = zaak(openStatushouder("0388"), Gedraging.PIP_AFSPRAKEN);
        voorlichting(nr);
        String taak = taak(nr, "Task_VerwijtbaarheidBeoordelen").getId();
        String body = json(Map.of("variables", Map.of("verwijtbaarheid", waarde("NIET"), "verwijtbaarheidReden", waarde("Ziek"))));
        var voor = momentopname();
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, CM.id());
            for (String actie : List.of("/complete", "/submit-form")) {
                for (Aanval.Variant variant : Aanval.varianten(toegang, "/task/" + taak + actie, body)) {
                    Aanval.Antwoord antwoord = cm.stuur("POST", variant);
                    assertThat(antwoord.status()).as(toegang + " " + variant + ": " + antwoord.body()).isIn(GEWEIGERD);
                }
            }
            for (String[] poging : new String[][] {{"POST", "/task/" + taak + "/claim", "{\"userId\":\"" + CM.id() + "\"}"},
                    {"POST", "/task/" + taak + "/identity-links", "{\"groupId\":\"casemanager\",\"type\":\"candidate\"}"},
                    {"POST", "/task/" + taak + "/assignee", "{\"userId\":\"" + CM.id() + "\"}"}}) {
                Aanval.Antwoord antwoord = cm.post(toegang.basis() + poging[1], poging[2]);
                assertThat(antwoord.status()).as(toegang + " " + poging[1] + ": " + antwoord.body()).isIn(GEWEIGERD);
            }
        }
        assertThat(taak(nr, "Task_VerwijtbaarheidBeoordelen")).isNotNull();
        ongewijzigd(voor);
    }

    @Test
    void westfrieslandZietEnWerktGeenZoetermeerseZaak() {
        Dossier zoetermeer = openStatushouder("0637");
        String nr = zaak(zoetermeer, Gedraging.PIP_AFSPRAKEN);
        voltooi(TestGegevens.CM_ZOETERMEER, nr, "Task_VoorlichtingVastleggen", voorlichtingVelden());
        String taak = taak(nr, "Task_VerwijtbaarheidBeoordelen").getId();
        String pi = zaak(nr).getProcesInstantieId();
        Dossier eigen = openStatushouder("0388");
        String eigenNr = zaak(eigen, Gedraging.PIP_AFSPRAKEN);
        voorlichting(eigenNr);
        String eigenTaak = taak(eigenNr, "Task_VerwijtbaarheidBeoordelen").getId();
        Dossier ander = openStatushouder("0388");

        var voor = momentopname();
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client hh = Aanval.als(poort, toegang, HH.id());
            String b = toegang.basis();
            Aanval.Antwoord lijst = hh.get(b + "/task?processInstanceBusinessKeyLike=INB-%25-H%25&maxResults=500");
            assertThat(lijst.status()).as(lijst.body()).isEqualTo(200);
            assertThat(lijst.body()).as("its own gemeente's task is listed").contains(eigenTaak);
            assertThat(lijst.body()).doesNotContain(taak).doesNotContain(nr);
            for (String pad : List.of("/history/task?processInstanceBusinessKeyLike=INB-%25-H%25&maxResults=500",
                    "/history/process-instance?processInstanceBusinessKeyLike=INB-%25-H%25&maxResults=500",
                    "/history/variable-instance?maxResults=100&processInstanceId=" + pi, "/history/detail?maxResults=100&processInstanceId=" + pi,
                    "/process-instance?maxResults=100&businessKey=" + nr, "/variable-instance?maxResults=100&processInstanceIdIn=" + pi)) {
                Aanval.Antwoord antwoord = hh.get(b + pad);
                assertThat(antwoord.status()).as(pad).isIn(200, 403);
                assertThat(antwoord.body()).as(toegang + " " + pad).doesNotContain(nr).doesNotContain(pi);
            }
            assertThat(hh.get(b + "/task/" + taak).status()).isIn(403, 404);
            assertThat(hh.get(b + "/task/" + taak + "/variables").status()).isIn(403, 404);
            for (Aanval.Variant variant : Aanval.varianten(toegang, "/task/" + taak + "/complete", json(Map.of("variables",
                    Map.of("verwijtbaarheid", waarde("NIET"), "verwijtbaarheidReden", waarde("Ziek")))))) {
                Aanval.Antwoord antwoord = hh.stuur("POST", variant);
                assertThat(antwoord.status()).as(toegang + " " + variant + ": " + antwoord.body()).isIn(GEWEIGERD);
            }
        }
        // our API: the Zoetermeer dossier is not Westfriesland's; its case is not a bezwaar of another dossier
        Http hh = Http.als(poort, HH.id());
        assertThat(hh.get("/api/dossiers/" + zoetermeer.getDossiernummer() + "/handhaving").status()).isIn(403, 404);
        Map<String, Object> datum = Map.of("datum", Tijd.vandaag().toString());
        assertThat(hh.post("/api/dossiers/" + zoetermeer.getDossiernummer() + "/handhaving/zaken/" + nr + "/bezwaar", datum)
                .status()).isIn(403, 404);
        assertThat(hh.post("/api/dossiers/" + eigen.getDossiernummer() + "/handhaving/zaken/" + nr + "/bezwaar", datum)
                .status()).as("a Zoetermeer case under a Westfriesland dossier").isEqualTo(404);
        assertThat(hh.post("/api/dossiers/" + eigen.getDossiernummer() + "/handhaving/zaken/" + eigenNr.replace("-H1", "-H9")
                + "/bezwaar", datum).status()).isEqualTo(404);
        assertThat(hh.post("/api/dossiers/" + ander.getDossiernummer() + "/handhaving/zaken/" + eigenNr + "/bezwaar", datum)
                .status()).as("a case of another dossier of the same gemeente").isEqualTo(404);
        assertThat(hh.get("/api/dossiers/" + eigen.getDossiernummer() + "/handhaving").status()).isEqualTo(200);
        ongewijzigd(voor);
    }

    // ------------------------------------------------------------------------------------------------ 4. partner

    @Test
    void deFinancieleAdministratieBlijftBinnenHaarTaak() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaak(dossier, Gedraging.LESVERZUIM);
        totBesluit(nr, "VOLLEDIG");
        voltooi(HH, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", BESLUIT_REDEN));
        voltooi(TL, nr, "Task_BoetebeschikkingMedeondertekenen", Map.of("medeondertekening", "ONDERTEKENEN",
                "dagtekening", Tijd.vandaag().toString()));
        laatVerlopen(timer(nr, "Timer_BezwaartermijnVerstreken"));
        assertThat(zaak(nr).getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.GEVRAAGD);
        // another partner's open task (the taalschool's enrolment in Hoorn)
        Dossier hoorn = openStatushouder("0441");
        startNaPip(hoorn, "leerroute", "B1", VANDAAG);
        String taalschoolTaak = processEngine.getExternalTaskService().createExternalTaskQuery()
                .processInstanceId(proces(hoorn, "leerroute").getId()).singleResult().getId();

        Aanval.Client fin = Aanval.als(poort, Toegang.PARTNER_API, FINANCIEN.id());
        Aanval.Client vwn = Aanval.als(poort, Toegang.PARTNER_API, TestGegevens.VLUCHTELINGENWERK.id());
        // another partner cannot fetch it (before the financial system locks it)
        String ophalen = "{\"workerId\":\"x-1\",\"maxTasks\":5,\"topics\":[{\"topicName\":\"boete-invordering\",\"lockDuration\":60000}]}";
        Aanval.zonderGevolg(jdbc, () -> partnerOveral(vwn, "POST", "/external-task/fetchAndLock", ophalen, 403));
        Aanval.Antwoord opgehaald = fin.post("/partner-api/external-task/fetchAndLock", "{\"workerId\":\"fin-1\",\"maxTasks\":5,"
                + "\"topics\":[{\"topicName\":\"boete-invordering\",\"lockDuration\":60000,\"businessKey\":\"" + nr + "\"}]}");
        assertThat(opgehaald.status()).as(opgehaald.body()).isEqualTo(200);
        String id = json(opgehaald.body()).get(0).path("id").asText();
        String e = "/external-task/" + id;

        var voor = momentopname();
        // another topic, the engine itself
        partnerOveral(fin, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"fin-1\",\"maxTasks\":5,\"topics\":[{\"topicName\":"
                + "\"taalaanbieder-aanmelding\",\"lockDuration\":1000}]}", 403);
        Aanval.Antwoord engine = Aanval.als(poort, Toegang.ENGINE_REST, FINANCIEN.id()).post("/engine-rest" + e + "/complete",
                "{\"workerId\":\"fin-1\",\"variables\":{\"kenmerk\":{\"value\":\"F\"},\"bevestigd\":{\"value\":true}}}");
        assertThat(engine.status()).isEqualTo(403);
        // failure with variables, an uncaught BPMN error, a BPMN error with variables
        partnerOveral(fin, "POST", e + "/failure", "{\"workerId\":\"fin-1\",\"errorMessage\":\"x\",\"retries\":1,\"retryTimeout\":0,"
                + "\"variables\":{\"boeteBedrag\":{\"value\":\"0\"}}}", 400);
        partnerOveral(fin, "POST", e + "/failure", "{\"workerId\":\"fin-1\",\"errorMessage\":\"x\",\"retries\":1,\"retryTimeout\":0,"
                + "\"localVariables\":{\"bevestigd\":{\"value\":true}}}", 400);
        for (String code : List.of("BETAALD", "partner_kan_niet_uitvoeren", "x")) {
            partnerOveral(fin, "POST", e + "/bpmnError", "{\"workerId\":\"fin-1\",\"errorCode\":\"" + code + "\"}", 400);
        }
        partnerOveral(fin, "POST", e + "/bpmnError", "{\"workerId\":\"fin-1\",\"errorCode\":\"PARTNER_KAN_NIET_UITVOEREN\","
                + "\"variables\":{\"invorderingStatus\":{\"value\":\"BEVESTIGD\"}}}", 400);
        // another partner's task, and the other partner on this one
        partnerOveral(fin, "POST", "/external-task/" + taalschoolTaak + "/complete", "{\"workerId\":\"fin-1\","
                + "\"variables\":{\"startdatum\":{\"value\":\"2026-03-02\"}}}", 404);
        partnerOveral(vwn, "POST", e + "/complete", "{\"workerId\":\"fin-1\",\"variables\":{\"kenmerk\":{\"value\":\"F\"},"
                + "\"bevestigd\":{\"value\":true}}}", 404);
        partnerOveral(vwn, "POST", e + "/bpmnError", "{\"workerId\":\"fin-1\",\"errorCode\":\"PARTNER_KAN_NIET_UITVOEREN\"}", 404);
        ongewijzigd(voor);

        // a wrong answer to its own task: refused; by design only that task fails (an incident), the case is untouched
        Aanval.Antwoord fout = fin.post("/partner-api" + e + "/complete", "{\"workerId\":\"fin-1\",\"variables\":{"
                + "\"bevestigd\":{\"value\":true,\"type\":\"Boolean\"},\"kenmerk\":{\"value\":\"F-1\",\"type\":\"String\"},"
                + "\"invorderingStatus\":{\"value\":\"BEVESTIGD\"}}}");
        assertThat(fout.status()).as(fout.body()).isEqualTo(400);
        assertThat(fout.body()).contains("invorderingStatus");
        werkAf(nr);
        HandhavingZaak zaak = zaak(nr);
        assertThat(zaak.getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.GEVRAAGD);
        assertThat(zaak.getInvorderingKenmerk()).isNull();
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(id).count()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------ 5. privacy

    @Test
    void deZienswijzeEnDeRedenenStaanNietInDeGeschiedenisNochInHetOverzicht() {
        Dossier hoorn = openStatushouder("0441");
        String nr = zaak(hoorn, Gedraging.PIP_AFSPRAKEN);
        totBesluit(nr, "VOLLEDIG");
        voltooi(HH, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", BESLUIT_REDEN));
        assertThat(zaak(nr).getZienswijzeInhoud()).isEqualTo(ZIENSWIJZE);
        String pi = zaak(nr).getProcesInstantieId();

        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client pb = toegang == Toegang.WEBAPP
                    ? Aanval.WebappSessie.aanmelden(poort, "cockpit", TestGegevens.PB.id(), TestGegevens.PB.id())
                    : Aanval.als(poort, toegang, TestGegevens.PB.id());
            String b = toegang.basis();
            for (String pad : List.of("/history/variable-instance?maxResults=200&includeDeleted=true&processInstanceId=" + pi,
                    "/history/variable-instance?maxResults=200&deserializeValues=false&processInstanceId=" + pi,
                    "/history/detail?maxResults=500&processInstanceId=" + pi,
                    "/history/detail?maxResults=500&variableUpdates=true&processInstanceId=" + pi,
                    "/history/user-operation?maxResults=200&processInstanceId=" + pi)) {
                Aanval.Antwoord antwoord = pb.get(b + pad);
                assertThat(antwoord.status()).as(toegang + " " + pad + ": " + antwoord.body()).isEqualTo(200);
                assertThat(antwoord.body()).as(toegang + " " + pad).doesNotContain("ziekenhuis").doesNotContain("hartklachten")
                        .doesNotContain("moeder").doesNotContain("psychische");
            }
            // the running instance: the open medeondertekening task shows the reasons read-only to its teamleider, but
            // the zienswijze is not among its fields
            Aanval.Antwoord lopend = pb.get(b + "/variable-instance?maxResults=200&processInstanceIdIn=" + pi);
            assertThat(lopend.status()).isEqualTo(200);
            assertThat(lopend.body()).doesNotContain("ziekenhuis").doesNotContain("hartklachten");
            Aanval.Antwoord detail = pb.get(b + "/history/detail?maxResults=500&processInstanceId=" + pi);
            assertThat(detail.body()).as("the procesbeheerder does see the variable was set").contains("zienswijzeInhoud");
        }
        Aanval.Antwoord overzicht = Aanval.als(poort, Toegang.ENGINE_REST, HH.id()).get("/api/dossiers/" + hoorn.getDossiernummer() + "/handhaving");
        assertThat(overzicht.status()).as(overzicht.body()).isEqualTo(200);
        assertThat(overzicht.body()).contains(nr).doesNotContain("ziekenhuis").doesNotContain("hartklachten");
        Aanval.Antwoord pbOverzicht = Aanval.als(poort, Toegang.ENGINE_REST, TestGegevens.PB.id())
                .get("/api/dossiers/" + hoorn.getDossiernummer() + "/handhaving");
        assertThat(pbOverzicht.body()).doesNotContain("ziekenhuis").doesNotContain("hartklachten");
    }

    // ------------------------------------------------------------------------------------------------ senders

    /** Every path and body spelling; the plain spelling must answer 400 naming the variable, the rest a refusal. */
    private void stuurOveral(Aanval.Client client, Toegang toegang, Poging poging) {
        for (Aanval.Variant variant : Aanval.varianten(toegang, poging.pad(), poging.body())) {
            Aanval.Antwoord antwoord = client.stuur(poging.methode(), variant);
            String wat = toegang + " " + poging.methode() + " " + variant + ": " + antwoord.body();
            assertThat(antwoord.body()).as(wat).doesNotContain(TL.id()).doesNotContainIgnoringCase("select ")
                    .doesNotContain("Exception");
            if (variant.pad().contains("%")) {
                assertThat(antwoord.status()).as(wat).isIn(400, 404);
                continue;
            }
            assertThat(antwoord.status()).as(wat).isEqualTo(400);
            assertThat(antwoord.body()).as(wat).contains(poging.naam());
        }
    }

    private void partnerOveral(Aanval.Client client, String methode, String pad, String json, int status) {
        for (Aanval.Variant variant : Aanval.varianten(Toegang.PARTNER_API, pad, json)) {
            Aanval.Antwoord antwoord = client.stuur(methode, variant);
            String wat = variant + " " + methode + ": " + antwoord.body();
            if (variant.pad().equals(Toegang.PARTNER_API.basis() + pad)) {
                assertThat(antwoord.status()).as(wat).isEqualTo(status);
            } else {
                assertThat(antwoord.status()).as(wat).isIn(GEWEIGERD);
            }
            assertThat(antwoord.body()).as(wat).doesNotContain("Exception", "org.camunda", "select ");
        }
    }

    /** Asserts the database equals the snapshot, listing the rows that differ. */
    private void ongewijzigd(Map<String, List<String>> voor) {
        Map<String, List<String>> na = momentopname();
        List<String> verschil = new java.util.ArrayList<>();
        voor.forEach((tabel, rijen) -> {
            rijen.stream().filter(r -> !na.get(tabel).contains(r)).forEach(r -> verschil.add("- " + tabel + ": " + r));
            na.get(tabel).stream().filter(r -> !rijen.contains(r)).forEach(r -> verschil.add("+ " + tabel + ": " + r));
        });
        assertThat(verschil).as("nothing was written").isEmpty();
    }

    /** The harness's snapshot plus our handhaving tables, without H2's per-read CLOB labels. */
    private Map<String, List<String>> momentopname() {
        Map<String, List<String>> opname = new java.util.TreeMap<>();
        Aanval.momentopname(jdbc).forEach((tabel, rijen) ->
                opname.put(tabel, rijen.stream().map(r -> r.replaceAll("clob\\d+: ", "")).sorted().toList()));
        for (String tabel : List.of("handhaving_zaak", "handhaving_signaal", "duo_verwijtbaarheid", "pw_maatregel",
                "handhaving_eerdere_boete")) {
            opname.put(tabel, jdbc.queryForList("SELECT * FROM " + tabel).stream().map(Object::toString)
                    .map(r -> r.replaceAll("clob\\d+: ", "")).sorted().toList());
        }
        return opname;
    }

    private static String json(Object waarde) {
        try {
            return JSON.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String tekst) {
        try {
            return JSON.readTree(tekst);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> waarde(Object waarde) {
        return Map.of("value", waarde);
    }

    private static Map<String, Object> met(Map<String, Object> formulier, String naam, Object extra) {
        Map<String, Object> variabelen = new LinkedHashMap<>(formulier);
        variabelen.put(naam, waarde(extra));
        return variabelen;
    }

    // ------------------------------------------------------------------------------------------------ the case

    /** Reports the conduct as a signal source does; returns the case's zaaknummer. */
    private String zaak(Dossier dossier, Gedraging gedraging) {
        LocalDate dag = VANDAAG.minusDays(10);
        Long id = new TransactionTemplate(transacties).execute(s -> {
            publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(), "CASEMANAGER", gedraging.name(),
                    dag, dag, "Afspraak niet nagekomen", CM.id()));
            List<HandhavingSignaal> na = signalen.findByDossierIdOrderById(dossier.getId());
            return na.get(na.size() - 1).getId();
        });
        HandhavingSignaal signaal = signalen.findById(id).orElseThrow();
        assertThat(signaal.getStatus()).isEqualTo(HandhavingSignaal.Status.ZAAK);
        String nr = zaken.findById(signaal.getZaakId()).orElseThrow().getZaaknummer();
        werkAf(nr);
        return nr;
    }

    private HandhavingZaak zaak(String nr) {
        return zaken.findByZaaknummer(nr).orElseThrow();
    }

    private static Map<String, Object> voorlichtingVelden() {
        return Map.of("verplichtingUitgelegd", "JA", "verplichtingBegrepen", "JA", "voorlichtingToelichting", "Uitgelegd");
    }

    private void voorlichting(String nr) {
        String tenant = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult().getTenantId();
        voltooi("GM0441".equals(tenant) ? TestGegevens.CM_HOORN : CM, nr, "Task_VoorlichtingVastleggen", voorlichtingVelden());
    }

    private void totBesluit(String nr, String oordeel) {
        voorlichting(nr);
        voltooi(HH, nr, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", oordeel, "verwijtbaarheidReden", VERWIJTBAARHEID_REDEN));
        voltooi(HH, nr, "Task_WaarschuwingVersturen", Map.of("waarschuwingDatum", Tijd.vandaag().toString()));
        laatVerlopen(timer(nr, "Timer_NalevingstermijnVerstreken"));
        voltooi(HH, nr, "Task_NalevingBeoordelen", Map.of("nageleefd", "NEE", "nalevingToelichting", "Nog steeds afwezig"));
        voltooi(HH, nr, "Task_VoornemenVersturen", Map.of("voornemenDatum", Tijd.vandaag().toString()));
        voltooi(HH, nr, "Task_ZienswijzeVastleggen", Map.of("zienswijzeOntvangenOp", Tijd.vandaag().toString(),
                "zienswijzeVorm", "HOORGESPREK", "zienswijzeInhoud", ZIENSWIJZE));
    }

    private Task taak(String nr, String definitie) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nr).taskDefinitionKey(definitie).singleResult();
    }

    private Job timer(String nr, String activiteit) {
        Job job = managementService.createJobQuery().timers().activityId(activiteit)
                .processInstanceId(zaak(nr).getProcesInstantieId()).singleResult();
        assertThat(job).as("timer " + activiteit).isNotNull();
        return job;
    }

    private void voltooi(TestGebruiker gebruiker, String nr, String definitie, Map<String, Object> variabelen) {
        Task taak = taak(nr, definitie);
        assertThat(taak).as("open task " + definitie + " in " + nr).isNotNull();
        als(gebruiker, () -> {
            taskService.complete(taak.getId(), new HashMap<>(variabelen));
            return null;
        });
        werkAf(nr);
    }
}
