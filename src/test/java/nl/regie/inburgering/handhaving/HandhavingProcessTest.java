package nl.regie.inburgering.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.termijn.Wettermijnen;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.test.TestGegevens.TestGebruiker;
import nl.regie.inburgering.web.ConflictException;

/**
 * The handhaving case walked path by path with the engine clock, in Enkhuizen (Westfriesland): started by the dossier
 * event, each step by the role that owns it (the handhaving user hh.westfriesland sees and completes its own tasks),
 * the four eyes on the boetebeschikking, bezwaar, the financial system answering and staying silent, and the dossier
 * ending during a case.
 */
class HandhavingProcessTest extends ProcesTestBasis {

    private static final List<String> WESTFRIESLAND = List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532");
    static final TestGebruiker HH = new TestGebruiker("hh.westfriesland", Rollen.HANDHAVING, WESTFRIESLAND);
    /** A teamleider who also works in handhaving: may prepare a besluit, then not co-sign it. */
    static final TestGebruiker HH_TL = new TestGebruiker("hhtl.westfriesland", Rollen.TEAMLEIDER, WESTFRIESLAND);
    static final TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;
    static final TestGebruiker CM = TestGegevens.CM_ENKHUIZEN;
    static final TestGebruiker FINANCIEN = new TestGebruiker("financien-regio", Rollen.PARTNER,
            List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532", "GM0439", "GM0637", "GM1904"));

    @LocalServerPort int poort;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transacties;
    @Autowired HandhavingZaakRepository zaken;
    @Autowired HandhavingSignaalRepository signalen;
    @Autowired DuoVerwijtbaarheidRepository duoIndicaties;
    @Autowired PwMaatregelRepository pwMaatregelen;
    @Autowired InzageRepository auditlog;
    @Autowired nl.regie.inburgering.brieven.BriefRepository brieven;
    @Autowired HandhavingZaken handhavingZaken;

    @BeforeEach
    void gebruikers() {
        TestGegevens.zorgVoor(identityService, HH);
        TestGegevens.zorgVoor(identityService, HH_TL);
        TestGegevens.zorgVoor(identityService, FINANCIEN);
        if (identityService.createGroupQuery().groupId(Rollen.HANDHAVING).groupMember(HH_TL.id()).count() == 0) {
            identityService.createMembership(HH_TL.id(), Rollen.HANDHAVING);
        }
    }

    // ------------------------------------------------------------------------------------------------ paths

    @Test
    void nietVerwijtbaarSluitDeZaakEnHetzelfdeFeitGeeftGeenTweedeZaak() {
        Dossier dossier = openStatushouder("0388");
        HandhavingSignaal eerste = meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(10), VANDAAG.minusDays(3));
        HandhavingSignaal tweede = meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(10), VANDAAG.minusDays(3));
        assertThat(eerste.getStatus()).isEqualTo(HandhavingSignaal.Status.ZAAK);
        assertThat(tweede.getStatus()).isEqualTo(HandhavingSignaal.Status.DUBBEL);
        assertThat(tweede.getZaakId()).isEqualTo(eerste.getZaakId());
        assertThat(zaken.findByDossierIdOrderById(dossier.getId())).hasSize(1);
        HandhavingZaak zaak = zaken.findById(eerste.getZaakId()).orElseThrow();
        assertThat(zaak.getZaaknummer()).isEqualTo(dossier.getDossiernummer() + "-H1");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("handhaving")
                .processInstanceBusinessKey(zaak.getZaaknummer()).singleResult().getTenantId()).isEqualTo("GM0388");
        // another fact (another period) is another case
        HandhavingSignaal ander = meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(2), VANDAAG.minusDays(1));
        assertThat(zaken.findById(ander.getZaakId()).orElseThrow().getZaaknummer()).isEqualTo(dossier.getDossiernummer() + "-H2");

        String nr = zaak.getZaaknummer();
        voorlichting(nr);
        // the handhaving user sees its task (candidate group handhaving) and completes it
        assertThat(als(HH, () -> taskService.createTaskQuery().processInstanceBusinessKey(nr).listPage(0, 10)))
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_VerwijtbaarheidBeoordelen");
        assertThatThrownBy(() -> voltooi(CM, nr, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "NIET",
                "verwijtbaarheidReden", "x"))).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> voltooi(HH, nr, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "NIET")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("verwijtbaarheidReden");
        voltooi(HH, nr, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "NIET",
                "verwijtbaarheidReden", "Was ziek, verklaring huisarts"));

        HandhavingZaak gesloten = zaak(nr);
        assertThat(gesloten.getStatus()).isEqualTo(HandhavingZaak.Status.AFGESLOTEN);
        assertThat(gesloten.getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.NIET_VERWIJTBAAR);
        assertThat(gesloten.getVerwijtbaarheidDoor()).isEqualTo(HH.id());
        assertThat(gesloten.getVerwijtbaarheidReden()).isEqualTo("Was ziek, verklaring huisarts");
        assertThat(gesloten.getVoorlichtingDoor()).isEqualTo(CM.id());
        assertThat(gesloten.getAfgeslotenOp()).isEqualTo(VANDAAG);
        assertThat(procesLoopt(nr)).isFalse();
        assertThat(acties(dossier)).contains("HANDHAVING_VOORLICHTING", "HANDHAVING_VERWIJTBAARHEID",
                "HANDHAVING_AFGESLOTEN_NIET_VERWIJTBAAR");
        // the reason stays out of the engine's history (handhaving/HandhavingAfgeschermdeVelden)
        assertThat(geschiedenis(gesloten.getProcesInstantieId(), "verwijtbaarheidReden"))
                .contains(nl.regie.inburgering.engine.AfgeschermdeHistorie.AFGESCHERMD)
                .doesNotContain("Was ziek, verklaring huisarts");
    }

    @Test
    void pvtNietVoltooidGaatAlsVerwijtbaarheidNaarDuo() {
        Dossier dossier = openStatushouder("0388");
        String verwijtbaar = zaaknummer(meld(dossier, Gedraging.PVT_NIET_VOLTOOID, VANDAAG.minusYears(1), VANDAAG.minusDays(1)));
        voorlichting(verwijtbaar);
        voltooi(HH, verwijtbaar, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "VOLLEDIG",
                "verwijtbaarheidReden", "Geen enkele bijeenkomst bezocht"));
        String niet = zaaknummer(meld(dossier, Gedraging.MAP_NIET_VOLTOOID, VANDAAG.minusYears(1), VANDAAG.minusDays(1)));
        voorlichting(niet);
        voltooi(HH, niet, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "NIET", "verwijtbaarheidReden", "Opgenomen"));

        assertThat(zaak(verwijtbaar).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.DOORGEGEVEN_AAN_DUO);
        assertThat(zaak(niet).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.DOORGEGEVEN_AAN_DUO);
        assertThat(duoIndicaties.findByDossierIdOrderById(dossier.getId()))
                .extracting(DuoVerwijtbaarheid::getOnderdeel, DuoVerwijtbaarheid::getVerwijtbaar, DuoVerwijtbaarheid::getVastgesteldDoor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PVT", true, HH.id()),
                        org.assertj.core.groups.Tuple.tuple("MAP", false, HH.id()));
        assertThat(zaak(verwijtbaar).getWaarschuwingDatum()).isNull();
        assertThat(zaak(verwijtbaar).getBoeteBedrag()).isNull();
    }

    @Test
    void eenPwMaatregelVoorHetzelfdeGedragSluitDeZaakZonderSanctie() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.LESVERZUIM, VANDAAG.minusDays(30), VANDAAG.minusDays(1)));
        pwMaatregelen.save(new PwMaatregel(dossier.getId(), Gedraging.LESVERZUIM, VANDAAG.minusDays(20), VANDAAG.minusDays(5),
                VANDAAG, 20, "Bijstand verlaagd wegens verzuim", "ik.enkhuizen", Instant.now()));
        voorlichting(nr);
        verwijtbaar(nr, "VOLLEDIG");
        assertThat(zaak(nr).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.PW_MAATREGEL);
        assertThat(procesLoopt(nr)).isFalse();
    }

    @Test
    void nageleefdNaDeWaarschuwing() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(10), VANDAAG.minusDays(10)));
        voorlichting(nr);
        verwijtbaar(nr, "VOLLEDIG");
        assertThatThrownBy(() -> voltooi(HH, nr, "Task_WaarschuwingVersturen", Map.of("waarschuwingDatum", VANDAAG.plusDays(1).toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("waarschuwingDatum");
        voltooi(HH, nr, "Task_WaarschuwingVersturen", Map.of("waarschuwingDatum", VANDAAG.toString()));
        HandhavingZaak zaak = zaak(nr);
        assertThat(zaak.getNalevenVoor()).isEqualTo(VANDAAG.plusWeeks(4)); // regie.handhaving.standaard P4W
        assertThat(zaak.getWaarschuwingDoor()).isEqualTo(HH.id());
        Job termijn = timer(nr, "Timer_NalevingstermijnVerstreken");
        assertThat(termijn.getDuedate()).isEqualTo(Tijd.beginVan(VANDAAG.plusWeeks(4).plusDays(1)));
        assertThat(taak(nr, "Task_NalevingBeoordelen")).isNull();
        laatVerlopen(termijn);
        voltooi(HH, nr, "Task_NalevingBeoordelen", Map.of("nageleefd", "JA", "nalevingToelichting", "Alle lessen bijgewoond"));
        assertThat(zaak(nr).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.NAGELEEFD);
        assertThat(zaak(nr).getNageleefd()).isTrue();
    }

    @Test
    void geenZienswijzeEnAfzien() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.BREDE_INTAKE_NIET_VERSCHENEN, VANDAAG.minusDays(3), VANDAAG.minusDays(3)));
        totVoornemen(nr, "VERMINDERD_50");
        LocalDate voornemen = Tijd.vandaag();
        voltooi(HH, nr, "Task_VoornemenVersturen", Map.of("voornemenDatum", voornemen.toString()));
        assertThat(zaak(nr).getZienswijzeVoor()).isEqualTo(voornemen.plusWeeks(2));
        Task zienswijze = taak(nr, "Task_ZienswijzeVastleggen");
        assertThat(zienswijze.getDueDate()).isEqualTo(Tijd.beginVan(voornemen.plusWeeks(2).plusDays(1)));
        laatVerlopen(timer(nr, "BoundaryEvent_ZienswijzetermijnVerstreken"));

        assertThat(taak(nr, "Task_ZienswijzeVastleggen")).isNull();
        HandhavingZaak zaak = zaak(nr);
        assertThat(zaak.getZienswijzeOntvangenOp()).isNull();
        assertThat(acties(dossier)).contains("HANDHAVING_GEEN_ZIENSWIJZE");
        assertThat(zaak.getBoeteBedrag()).isPositive();
        Task besluit = taak(nr, "Task_BesluitNemen");
        assertThat(taskService.getVariableLocal(besluit.getId(), "boeteBedrag")).isEqualTo(zaak.getBoeteBedrag().toPlainString());
        assertThat(taskService.getVariableLocal(besluit.getId(), "zienswijzeOntvangen")).isEqualTo("Geen zienswijze ontvangen");
        voltooi(HH, nr, "Task_BesluitNemen", Map.of("besluit", "AFZIEN", "besluitReden", "Eerste keer, inmiddels aanwezig"));
        assertThat(zaak(nr).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.AFGEZIEN);
        assertThat(zaak(nr).getBesluitDoor()).isEqualTo(HH.id());
        assertThat(procesLoopt(nr)).isFalse();
    }

    /**
     * Zienswijze received, boete; the preparer may not co-sign (400 naming the field, nothing changed); returned once;
     * another teamleider signs; the bezwaar period passes; the financial system answers over the partner API.
     */
    @Test
    void boeteMetVierOgenBezwaartermijnEnInvordering() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(20), VANDAAG.minusDays(20)));
        totBesluit(nr, "VERMINDERD_75");
        HandhavingZaak berekend = zaak(nr);
        assertThat(berekend.getZienswijzeVorm()).isEqualTo(HandhavingZaak.ZienswijzeVorm.HOORGESPREK);
        assertThat(berekend.getZienswijzeInhoud()).isEqualTo("Was opgenomen in het ziekenhuis");
        assertThat(berekend.getBoeteBedrag()).isPositive();
        // the zienswijze (health data) is in our table only; the engine's history says it was set
        assertThat(geschiedenis(berekend.getProcesInstantieId(), "zienswijzeInhoud"))
                .contains(nl.regie.inburgering.engine.AfgeschermdeHistorie.AFGESCHERMD)
                .doesNotContain("Was opgenomen in het ziekenhuis");

        voltooi(HH_TL, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", "Geen rechtvaardiging"));
        assertThat(zaak(nr).getBesluitDoor()).isEqualTo(HH_TL.id());
        // four eyes: the preparer (also teamleider) is refused, nothing changes
        assertThatThrownBy(() -> voltooi(HH_TL, nr, "Task_BoetebeschikkingMedeondertekenen",
                Map.of("medeondertekening", "ONDERTEKENEN", "dagtekening", Tijd.vandaag().toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("medeondertekening")
                .hasMessageContaining("vier ogen");
        assertThat(zaak(nr).getMedeondertekendDoor()).isNull();
        assertThat(zaak(nr).getDagtekening()).isNull();
        assertThat(taak(nr, "Task_BoetebeschikkingMedeondertekenen")).isNotNull();
        // returned with a remark: the besluit again
        voltooi(TL, nr, "Task_BoetebeschikkingMedeondertekenen", Map.of("medeondertekening", "TERUGGEVEN",
                "medeondertekeningOpmerking", "Motiveer de verlaging"));
        Task opnieuw = taak(nr, "Task_BesluitNemen");
        assertThat(taskService.getVariableLocal(opnieuw.getId(), "teruggaveOpmerking")).isEqualTo("Motiveer de verlaging");
        voltooi(HH_TL, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", "Verlaagd: 75% verwijtbaar"));
        assertThatThrownBy(() -> voltooi(TL, nr, "Task_BoetebeschikkingMedeondertekenen",
                Map.of("medeondertekening", "ONDERTEKENEN", "dagtekening", Tijd.vandaag().minusDays(1).toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("dagtekening");
        LocalDate dagtekening = Tijd.vandaag();
        voltooi(TL, nr, "Task_BoetebeschikkingMedeondertekenen", Map.of("medeondertekening", "ONDERTEKENEN",
                "dagtekening", dagtekening.toString()));
        HandhavingZaak ondertekend = zaak(nr);
        assertThat(ondertekend.getMedeondertekendDoor()).isEqualTo(TL.id());
        assertThat(ondertekend.getDagtekening()).isEqualTo(dagtekening);
        assertThat(ondertekend.getBezwaarVoor()).isEqualTo(Wettermijnen.bezwaarUiterlijk(dagtekening));
        assertThat(ondertekend.getBezwaarVoor()).isAfterOrEqualTo(dagtekening.plusWeeks(6));
        assertThat(acties(dossier)).contains("HANDHAVING_BOETEBESCHIKKING", "HANDHAVING_BOETEBESCHIKKING_TERUGGEGEVEN",
                "HANDHAVING_BESLUIT_BOETE");
        // the letters of the case (brieven): warning, intention with the zienswijze period, the signed beschikking
        assertThat(brieven.findByDossierIdOrderByIdAsc(dossier.getId())).extracting(nl.regie.inburgering.brieven.Brief::getSoort)
                .contains(nl.regie.inburgering.brieven.BriefSoort.HANDHAVING_WAARSCHUWING,
                        nl.regie.inburgering.brieven.BriefSoort.HANDHAVING_VOORNEMEN_BOETE,
                        nl.regie.inburgering.brieven.BriefSoort.BOETEBESCHIKKING)
                .filteredOn(nl.regie.inburgering.brieven.BriefSoort.BOETEBESCHIKKING::equals).hasSize(1);
        nl.regie.inburgering.brieven.Brief beschikking = brieven.findByDossierIdOrderByIdAsc(dossier.getId()).stream()
                .filter(b -> b.getSoort() == nl.regie.inburgering.brieven.BriefSoort.BOETEBESCHIKKING).findFirst().orElseThrow();
        assertThat(beschikking.getVerzondenOp()).isEqualTo(dagtekening);
        assertThat(beschikking.getAangemaaktDoor()).isEqualTo(TL.id());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(beschikking.getInhoud())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(pdf).replaceAll("[\\s\\u00a0]+", " ")).contains("een boete op van € ")
                    .contains(ondertekend.getZaaknummer()).contains("zes weken").contains("6:7")
                    .contains(nl.regie.inburgering.brieven.Brieven.voluit(ondertekend.getBezwaarVoor()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        Job bezwaartermijn = timer(nr, "Timer_BezwaartermijnVerstreken");
        assertThat(bezwaartermijn.getDuedate()).isEqualTo(Tijd.beginVan(ondertekend.getBezwaarVoor().plusDays(1)));
        laatVerlopen(bezwaartermijn);
        assertThat(zaak(nr).getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.GEVRAAGD);

        // the financial system, over the partner API: what it gets, a wrong answer refused, the right one recorded
        Http financien = Http.als(poort, FINANCIEN.id());
        Http.Antwoord opgehaald = financien.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "fin-1", "maxTasks", 5,
                "topics", List.of(Map.of("topicName", "boete-invordering", "lockDuration", 60_000, "businessKey", nr,
                        "localVariables", true))));
        assertThat(opgehaald.status()).as(opgehaald.body()).isEqualTo(200);
        assertThat(opgehaald.json()).hasSize(1);
        var taak = opgehaald.json().get(0);
        var variabelen = taak.path("variables");
        assertThat(variabelen.path("actie").path("value").asText()).isEqualTo("INVORDEREN");
        assertThat(variabelen.path("referentie").path("value").asText()).isEqualTo(nr);
        assertThat(new BigDecimal(variabelen.path("bedrag").path("value").asText())).isEqualByComparingTo(ondertekend.getBoeteBedrag());
        assertThat(variabelen.path("dagtekening").path("value").asText()).isEqualTo(dagtekening.toString());
        assertThat(variabelen.has("naam")).isFalse();
        String id = taak.path("id").asText();
        assertThat(financien.post("/partner-api/external-task/" + id + "/complete", Map.of("workerId", "fin-1",
                "variables", Map.of("bevestigd", Map.of("value", true, "type", "Boolean")))).status()).isEqualTo(400);
        assertThat(financien.post("/partner-api/external-task/" + id + "/complete", Map.of("workerId", "fin-1",
                "variables", Map.of("bevestigd", Map.of("value", true, "type", "Boolean"),
                        "kenmerk", Map.of("value", "FIN-2026-77", "type", "String")))).status()).isEqualTo(204);
        werkAf(nr);

        HandhavingZaak ingevorderd = zaak(nr);
        assertThat(ingevorderd.getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.BEVESTIGD);
        assertThat(ingevorderd.getInvorderingKenmerk()).isEqualTo("FIN-2026-77");
        assertThat(ingevorderd.getInvorderingBevestigdOp()).isNotNull();
        assertThat(ingevorderd.getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.BOETE_INGEVORDERD);
        assertThat(ingevorderd.getStatus()).isEqualTo(HandhavingZaak.Status.AFGESLOTEN);
        assertThat(procesLoopt(nr)).isFalse();

        // Awb 5:42: the inburgeraar dies; the collected fine is withdrawn at the financial system, the case lapses
        dossierService.registreer(dossiers.getByDossiernummer(dossier.getDossiernummer()), GebeurtenisType.BEEINDIGD,
                Tijd.vandaag(), "SS111", Beeindigingsreden.OVERLEDEN, null, "test");
        werkAf(dossier);
        werkAf(nr);
        HandhavingZaak vervallen = zaak(nr);
        assertThat(vervallen.getStatus()).isEqualTo(HandhavingZaak.Status.VERVALLEN);
        assertThat(vervallen.getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.INTREKKING_GEVRAAGD);
        var intrekking = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult();
        assertThat(intrekking.getTenantId()).isEqualTo("GM0388");
        assertThat(vervallen.getProcesInstantieId()).isEqualTo(intrekking.getId());
        Http.Antwoord intrekken = financien.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "fin-1", "maxTasks", 5,
                "topics", List.of(Map.of("topicName", "boete-invordering", "lockDuration", 60_000, "businessKey", nr,
                        "localVariables", true))));
        assertThat(intrekken.json()).hasSize(1);
        assertThat(intrekken.json().get(0).path("variables").path("actie").path("value").asText()).isEqualTo("INTREKKEN");
        assertThat(financien.post("/partner-api/external-task/" + intrekken.json().get(0).path("id").asText() + "/complete",
                Map.of("workerId", "fin-1", "variables", Map.of("bevestigd", Map.of("value", true, "type", "Boolean"),
                        "kenmerk", Map.of("value", "FIN-2026-77", "type", "String")))).status()).isEqualTo(204);
        werkAf(nr);
        assertThat(zaak(nr).getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.INGETROKKEN);
        assertThat(zaak(nr).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.DOSSIER_BEEINDIGD);
        assertThat(procesLoopt(nr)).isFalse();
    }

    /** A Pw maatregel recorded while the case ran: the second check before the beschikking stops it. */
    @Test
    void eenPwMaatregelTijdensDeZaakVoorkomtDeBeschikking() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.LESVERZUIM, VANDAAG.minusDays(30), VANDAAG.minusDays(1)));
        totBesluit(nr, "VOLLEDIG");
        pwMaatregelen.save(new PwMaatregel(dossier.getId(), Gedraging.LESVERZUIM, VANDAAG.minusDays(10), VANDAAG.minusDays(2),
                Tijd.vandaag(), 20, "Bijstand verlaagd wegens verzuim", "ik.enkhuizen", Instant.now()));
        voltooi(HH, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", "Geen rechtvaardiging"));
        assertThat(zaak(nr).getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.PW_MAATREGEL);
        assertThat(taak(nr, "Task_BoetebeschikkingMedeondertekenen")).isNull();
        assertThat(procesLoopt(nr)).isFalse();
    }

    @Test
    void bezwaarGegrondVernietigtDeBoeteZonderInvordering() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.LESVERZUIM, VANDAAG.minusDays(40), VANDAAG.minusDays(10)));
        totOndertekend(nr);
        // a signed beschikking does not lapse by a move: the case goes on
        dossierService.registreer(dossiers.getByDossiernummer(dossier.getDossiernummer()), GebeurtenisType.BEEINDIGD,
                Tijd.vandaag(), "Verhuisd naar Zwolle", Beeindigingsreden.VERHUISD, null, "test");
        werkAf(dossier);
        assertThat(zaak(nr).getStatus()).isEqualTo(HandhavingZaak.Status.BEZWAARTERMIJN);
        assertThat(procesLoopt(nr)).isTrue();
        // the bezwaar through our API (also after the move): only handhaving, the dossier's own case, a date in range
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/handhaving/zaken/" + nr + "/bezwaar";
        Map<String, Object> vandaag = Map.of("datum", Tijd.vandaag().toString());
        assertThat(Http.als(poort, CM.id()).post(pad, vandaag).status()).as("the casemanager records no bezwaar").isEqualTo(403);
        Http hh = Http.als(poort, HH.id());
        Http.Antwoord toekomst = hh.post(pad, Map.of("datum", Tijd.vandaag().plusDays(1).toString()));
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.body()).contains("datum");
        Dossier ander = openStatushouder("0388");
        assertThat(hh.post("/api/dossiers/" + ander.getDossiernummer() + "/handhaving/zaken/" + nr + "/bezwaar", vandaag)
                .status()).as("a case of another dossier").isEqualTo(404);
        assertThat(zaak(nr).getStatus()).as("nothing changed").isEqualTo(HandhavingZaak.Status.BEZWAARTERMIJN);
        Http.Antwoord ontvangen = hh.post(pad, vandaag);
        assertThat(ontvangen.status()).as(ontvangen.body()).isEqualTo(200);
        assertThat(ontvangen.json().path("status").asText()).isEqualTo("BEZWAAR");
        werkAf(nr);
        assertThat(zaak(nr).getBezwaarOntvangenDoor()).isEqualTo(HH.id());
        assertThat(hh.post(pad, vandaag).status()).as("a second bezwaar").isEqualTo(409);
        // due: six weeks after the bezwaar period's last day (Awb 7:10 lid 1, with the Atw), at that day's end
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(nr)
                .taskDefinitionKey("Task_BeslissenOpBezwaar").singleResult().getDueDate())
                .isEqualTo(Tijd.beginVan(nl.regie.inburgering.termijn.Wettermijnen.beslissenOpBezwaarUiterlijk(
                        zaak(nr).getDagtekening()).plusDays(1)));
        assertThatThrownBy(() -> handhavingZaken.bezwaarOntvangen(nr, Tijd.vandaag(), CM.id())).isInstanceOf(ConflictException.class);
        voltooi(HH, nr, "Task_BeslissenOpBezwaar", Map.of("bezwaarUitkomst", "GEGROND", "bezwaarReden", "Verzuim was gemeld"));

        HandhavingZaak zaak = zaak(nr);
        assertThat(zaak.getBezwaarUitkomst()).isEqualTo(HandhavingZaak.BezwaarUitkomst.GEGROND);
        assertThat(zaak.getBezwaarBeslotenDoor()).isEqualTo(HH.id());
        assertThat(zaak.getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.BOETE_VERNIETIGD);
        assertThat(zaak.getInvorderingStatus()).isNull();
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().topicName("boete-invordering")
                .processInstanceId(zaak.getProcesInstantieId()).count()).isZero();
        assertThat(procesLoopt(nr)).isFalse();
    }

    /**
     * Bezwaar ongegrond: the invordering follows; the financial system stays silent (the handhaving role gets a task,
     * the partner task stays open); then the inburgeraar dies: the case lapses and the fine is withdrawn (INTREKKEN).
     */
    @Test
    void bezwaarOngegrondPartnerStiltEnOverlijdenTrektDeBoeteIn() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(15), VANDAAG.minusDays(15)));
        totOndertekend(nr);
        handhavingZaken.bezwaarOntvangen(nr, Tijd.vandaag(), CM.id());
        werkAf(nr);
        voltooi(HH, nr, "Task_BeslissenOpBezwaar", Map.of("bezwaarUitkomst", "ONGEGROND", "bezwaarReden", "Geen nieuwe feiten"));
        assertThat(zaak(nr).getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.GEVRAAGD);
        // the partner says it cannot: the handhaving role gets a task, then the work is offered again
        var eerste = processEngine.getExternalTaskService().fetchAndLock(5, "fin").topic("boete-invordering", 60_000L)
                .businessKey(nr).execute();
        assertThat(eerste).hasSize(1);
        processEngine.getExternalTaskService().handleBpmnError(eerste.get(0).getId(), "fin",
                nl.regie.inburgering.partner.PartnerAntwoordtermijn.KAN_NIET_UITVOEREN, "Debiteur onbekend");
        werkAf(nr);
        assertThat(partnertaak(nr)).isNull();
        voltooi(HH, nr, "Task_BoeteInvorderenKanNiet", Map.of("partnerKanNietActie", "Debiteur aangemaakt na telefoon"));
        ExternalTask invorderen = partnertaak(nr);
        assertThat(invorderen.getActivityId()).isEqualTo("Task_BoeteInvorderen");

        laatVerlopen(timer(nr, "BoundaryEvent_BoeteInvorderenGeenAntwoord"));
        assertThat(als(HH, () -> taskService.createTaskQuery().processInstanceBusinessKey(nr).listPage(0, 10)))
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_BoeteInvorderenGeenAntwoord");
        assertThat(partnertaak(nr).getId()).isEqualTo(invorderen.getId());

        dossierService.registreer(dossiers.getByDossiernummer(dossier.getDossiernummer()), GebeurtenisType.BEEINDIGD,
                Tijd.vandaag(), "SS111", Beeindigingsreden.OVERLEDEN, null, "test");
        werkAf(dossier);
        werkAf(nr);
        HandhavingZaak vervallen = zaak(nr);
        assertThat(vervallen.getStatus()).isEqualTo(HandhavingZaak.Status.VERVALLEN);
        assertThat(vervallen.getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.DOSSIER_BEEINDIGD);
        assertThat(vervallen.getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.INTREKKING_GEVRAAGD);
        var intrekken = processEngine.getExternalTaskService().fetchAndLock(5, "fin").topic("boete-invordering", 60_000L)
                .businessKey(nr).enableCustomObjectDeserialization().execute();
        assertThat(intrekken).hasSize(1);
        assertThat(intrekken.get(0).getActivityId()).isEqualTo("Task_BoeteIntrekken");
        assertThat(intrekken.get(0).getVariables().get("actie")).isEqualTo("INTREKKEN");
        assertThat(intrekken.get(0).getVariables().get("referentie")).isEqualTo(nr);
        assertThat(intrekken.get(0).getVariables().get("partner")).isEqualTo(FINANCIEN.id());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nr).taskDefinitionKey("Task_BoeteInvorderenGeenAntwoord").count()).isZero();
        processEngine.getExternalTaskService().complete(intrekken.get(0).getId(), "fin",
                Map.of("kenmerk", "FIN-2026-78", "bevestigd", true));
        werkAf(nr);
        assertThat(zaak(nr).getInvorderingStatus()).isEqualTo(HandhavingZaak.InvorderingStatus.INGETROKKEN);
        assertThat(zaak(nr).getStatus()).isEqualTo(HandhavingZaak.Status.VERVALLEN);
        assertThat(procesLoopt(nr)).isFalse();
    }

    @Test
    void dossierEindigtVoorDeBeschikkingDeZaakVervalt() {
        Dossier dossier = openStatushouder("0388");
        String nr = zaaknummer(meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(5), VANDAAG.minusDays(5)));
        voorlichting(nr);
        dossierService.registreer(dossiers.getByDossiernummer(dossier.getDossiernummer()), GebeurtenisType.BEEINDIGD,
                VANDAAG, "Verhuisd naar Zwolle", Beeindigingsreden.VERHUISD, null, "test");
        werkAf(dossier);
        HandhavingZaak zaak = zaak(nr);
        assertThat(zaak.getStatus()).isEqualTo(HandhavingZaak.Status.VERVALLEN);
        assertThat(zaak.getAfsluitreden()).isEqualTo(HandhavingZaak.Afsluitreden.DOSSIER_BEEINDIGD);
        assertThat(procesLoopt(nr)).isFalse();
        // a closed dossier gets no new case: the signal is recorded only
        HandhavingSignaal laat = meld(dossier, Gedraging.PIP_AFSPRAKEN, VANDAAG.minusDays(1), VANDAAG.minusDays(1));
        assertThat(laat.getStatus()).isEqualTo(HandhavingSignaal.Status.OPEN);
        assertThat(zaken.findByDossierIdOrderById(dossier.getId())).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------ steps

    private HandhavingSignaal meld(Dossier dossier, Gedraging gedraging, LocalDate van, LocalDate tot) {
        Long id = new TransactionTemplate(transacties).execute(s -> {
            List<HandhavingSignaal> voor = signalen.findByDossierIdOrderById(dossier.getId());
            publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(), "CASEMANAGER", gedraging.name(),
                    van, tot, "Afspraak niet nagekomen", CM.id()));
            List<HandhavingSignaal> na = signalen.findByDossierIdOrderById(dossier.getId());
            return na.get(na.size() - 1).getId();
        });
        HandhavingSignaal signaal = signalen.findById(id).orElseThrow();
        if (signaal.getZaakId() != null) {
            werkAf(zaken.findById(signaal.getZaakId()).orElseThrow().getZaaknummer());
        }
        return signaal;
    }

    private String zaaknummer(HandhavingSignaal signaal) {
        assertThat(signaal.getStatus()).isEqualTo(HandhavingSignaal.Status.ZAAK);
        return zaken.findById(signaal.getZaakId()).orElseThrow().getZaaknummer();
    }

    private void voorlichting(String nr) {
        voltooi(CM, nr, "Task_VoorlichtingVastleggen", Map.of("verplichtingUitgelegd", "JA", "verplichtingBegrepen", "ONBEKEND",
                "voorlichtingToelichting", "Uitgelegd met tolk"));
    }

    private void verwijtbaar(String nr, String oordeel) {
        voltooi(HH, nr, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", oordeel, "verwijtbaarheidReden", "Geen reden gegeven"));
    }

    private void totVoornemen(String nr, String oordeel) {
        voorlichting(nr);
        verwijtbaar(nr, oordeel);
        voltooi(HH, nr, "Task_WaarschuwingVersturen", Map.of("waarschuwingDatum", Tijd.vandaag().toString()));
        laatVerlopen(timer(nr, "Timer_NalevingstermijnVerstreken"));
        voltooi(HH, nr, "Task_NalevingBeoordelen", Map.of("nageleefd", "NEE", "nalevingToelichting", "Nog steeds afwezig"));
    }

    private void totBesluit(String nr, String oordeel) {
        totVoornemen(nr, oordeel);
        voltooi(HH, nr, "Task_VoornemenVersturen", Map.of("voornemenDatum", Tijd.vandaag().toString()));
        voltooi(HH, nr, "Task_ZienswijzeVastleggen", Map.of("zienswijzeOntvangenOp", Tijd.vandaag().toString(),
                "zienswijzeVorm", "HOORGESPREK", "zienswijzeInhoud", "Was opgenomen in het ziekenhuis"));
    }

    private void totOndertekend(String nr) {
        totBesluit(nr, "VOLLEDIG");
        voltooi(HH, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", "Geen rechtvaardiging"));
        voltooi(TL, nr, "Task_BoetebeschikkingMedeondertekenen", Map.of("medeondertekening", "ONDERTEKENEN",
                "dagtekening", Tijd.vandaag().toString()));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Every value the engine's history kept of this variable in this process instance (task-local ones included). */
    private List<Object> geschiedenis(String procesInstantieId, String variabele) {
        return processEngine.getHistoryService().createHistoricDetailQuery().variableUpdates()
                .processInstanceId(procesInstantieId).listPage(0, 1000).stream()
                .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                .filter(u -> u.getVariableName().equals(variabele)).map(u -> u.getValue()).toList();
    }

    private HandhavingZaak zaak(String nr) {
        return zaken.findByZaaknummer(nr).orElseThrow();
    }

    private boolean procesLoopt(String nr) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).count() > 0;
    }

    private List<String> acties(Dossier dossier) {
        return auditlog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()).stream().map(Inzage::getActie).toList();
    }

    private Task taak(String nr, String definitie) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nr).taskDefinitionKey(definitie).singleResult();
    }

    private Job timer(String nr, String activiteit) {
        Job job = managementService.createJobQuery().timers().activityId(activiteit)
                .processInstanceId(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult().getId())
                .singleResult();
        assertThat(job).as("timer " + activiteit).isNotNull();
        return job;
    }

    private ExternalTask partnertaak(String nr) {
        return processEngine.getExternalTaskService().createExternalTaskQuery().topicName("boete-invordering")
                .processInstanceId(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult().getId())
                .singleResult();
    }

    /** Completes the case's open task as the user (their groups and gemeenten, as Tasklist would), then its async steps. */
    private void voltooi(TestGebruiker gebruiker, String nr, String definitie, Map<String, Object> variabelen) {
        Task taak = taak(nr, definitie);
        if (taak == null) {
            throw new AssertionError("Geen open taak " + definitie + " in zaak " + nr);
        }
        als(gebruiker, () -> {
            taskService.complete(taak.getId(), new HashMap<>(variabelen));
            return null;
        });
        werkAf(nr);
    }
}
