package nl.regie.inburgering.verhuizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.dossier.GebeurtenisRepository;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.dossier.PipWijzigingGevraagd;
import nl.regie.inburgering.partner.PartnerAfmelding;
import nl.regie.inburgering.partner.PartnerAfmeldingRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.web.ConflictException;

/**
 * Moving between gemeenten and reopening (issue 9, item 5), walked with the engine clock: moving in with the PIP of
 * a previous gemeente (SS121) or without one (SS120), moving out to a gemeente on the installation, the same move
 * twice, and reopening; the audit rows of a move and a reopening (and of the follow-up dossier) in their transaction.
 */
@RecordApplicationEvents
class VerhuizingProcessTest extends ProcesTestBasis {

    /** Amsterdam: not on this installation. */
    static final String AMSTERDAM = "0363";

    @Autowired VerhuizingService verhuizing;
    @Autowired PipOvernameRepository overnames;
    @Autowired DossierOvergangRepository overgangen;
    @Autowired PartnerAfmeldingRepository afmeldingen;
    @Autowired ApplicationEvents gebeurtenissen;
    @Autowired InzageRepository inzagelog;
    @Autowired GebeurtenisRepository gebeurtenisRegels;
    @Autowired JdbcTemplate jdbc;

    /** The dossier's audit rows (who, actie) in order, those whose actie starts with {@code actie}. */
    private List<Tuple> auditregels(Dossier dossier, String actie) {
        return inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()).stream()
                .filter(i -> i.getActie().startsWith(actie)).map(i -> tuple(i.getGebruiker(), i.getActie())).toList();
    }

    private List<Tuple> auditregels(Dossier dossier) {
        return auditregels(dossier, "");
    }

    /** A user id of this test alone (the database may keep the rows of an earlier run). */
    private static String eigenGebruiker(String naam) {
        return "test." + naam + "." + Long.toString(System.nanoTime(), 36);
    }

    /**
     * Runs {@code wijziging} while the database refuses the audit rows of {@code door} whose actie starts with
     * {@code actie} (a check constraint for that user alone, dropped afterwards): it must fail on that insert.
     */
    private void zonderAuditregel(String door, String actie, Runnable wijziging) {
        jdbc.execute("alter table dossier_inzage add constraint ck_test_overgang_audit_faalt check (gebruiker <> '" + door
                + "' or actie not like '" + actie + "%')");
        try {
            assertThatThrownBy(wijziging::run).isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("alter table dossier_inzage drop constraint ck_test_overgang_audit_faalt");
        }
    }

    private long aantalHoofdprocessen() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DossierService.PROCES_INBURGERING).count();
    }

    private long aantalHoofdprocessenInHistorie() {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DossierService.PROCES_INBURGERING).count();
    }

    private long auditregelsVan(String door) {
        return jdbc.queryForObject("select count(*) from dossier_inzage where gebruiker = ?", Long.class, door);
    }

    private Dossier openMetVorigePip(String cbs, VorigePip pip) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Verhuisd",
                LocalDate.of(1992, 6, 1), "SYR", "ASIELSTATUSHOUDER", cbs, VANDAAG.minusDays(3), false, VANDAAG.minusDays(2), pip);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "duo.koppeling").dossier();
        werkAf(dossier);
        return dossier;
    }

    @Test
    void intrekkenMetPipVanEenGemeenteBuitenDeInstallatieNeemtPipRouteEnTermijnOver() {
        LocalDate dagtekening = VANDAAG.minusMonths(8);
        LocalDate start = dagtekening.plusDays(1);
        LocalDate einde = start.plusYears(3);
        Dossier dossier = openMetVorigePip("0441", new VorigePip(AMSTERDAM, dagtekening, "B1", start, einde));

        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd).hasPassed("Gateway_PipOvergenomen", "Task_OvernameVoorbereiden")
                .hasNotPassed("SubProcess_IntakeEnPip").isWaitingAt("Task_OvergenomenGegevensBevestigen");
        assertThat(proces(dossier, "brede-intake")).isNull();
        assertThat(proces(dossier, "pip")).isNull();
        assertThat(managementService.createJobQuery().processInstanceId(hoofd.getId()).timers().count())
                .as("geen tienwekentermijn").isZero();
        assertThat(taak(dossier, "Task_OvergenomenGegevensBevestigen").getTenantId()).isEqualTo("GM0441");
        assertThat(runtimeService.getVariables(hoofd.getId())).containsEntry("leerroute", "B1")
                .containsEntry("inburgeringstermijnStart", start.toString())
                .containsEntry("inburgeringstermijnEinde", einde.toString()).containsEntry("vorigeGemeente", AMSTERDAM);
        PipVersie pip = pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow();
        assertThat(pip.getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);
        assertThat(pip.getLeerroute()).isEqualTo(Leerroute.B1);
        assertThat(pip.getDagtekening()).isEqualTo(dagtekening);

        // the taken-over facts are read-only, the decision one of the form's choices; nothing else is written
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_OvergenomenGegevensBevestigen",
                Map.of("overnameBesluit", "BEVESTIGEN", "leerroute", "Z"))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_OvergenomenGegevensBevestigen",
                Map.of("overnameBesluit", "ZOMAAR"))).isInstanceOf(RuntimeException.class);
        assertThat(hoofd).isWaitingAt("Task_OvergenomenGegevensBevestigen");
        assertThat(overnames.findByDossierId(dossier.getId()).orElseThrow().getBesluit()).isNull();

        // the casemanager confirms and asks for a PIP change: the tracks start on the same route and term
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_OvergenomenGegevensBevestigen", Map.of("overnameBesluit", "PIP_WIJZIGEN"));

        assertThat(hoofd).hasPassed("Task_OvergenomenGegevensBevestigen", "Gateway_TrajectenStarten")
                .isWaitingAt("CallActivity_Leerroute", "CallActivity_Pvt", "CallActivity_Map");
        assertThat(runtimeService.getVariable(proces(dossier, "leerroute").getId(), "leerroute")).isEqualTo("B1");
        assertThat(runtimeService.getVariable(proces(dossier, "leerroute").getId(), "inburgeringstermijnStart"))
                .isEqualTo(start.toString());
        assertThat(partnertaak(dossier, "taalaanbieder-aanmelding").getVariables()).containsEntry("partner", "taalschool-westfriesland");
        Dossier na = herlaad(dossier);
        assertThat(na.getStatus()).isEqualTo(DossierStatus.PIP_VASTGESTELD);
        assertThat(na.getInburgeringstermijnStart()).isEqualTo(start);
        assertThat(na.getInburgeringstermijnEinde()).isEqualTo(einde);
        assertThat(na.getPipTermijnStart()).isNull();
        PipOvername overname = overnames.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(overname.getBesluit()).isEqualTo(PipOvername.Besluit.PIP_WIJZIGEN);
        assertThat(overname.getBevestigdDoor()).isEqualTo(TestGegevens.CM_HOORN.id());
        assertThat(gebeurtenissen.stream(PipWijzigingGevraagd.class))
                .containsExactly(new PipWijzigingGevraagd(dossier.getDossiernummer(), OvernameBevestigenListener.AANLEIDING,
                        TestGegevens.CM_HOORN.id()));
        // a later DUO event does not start a ten-week clock on a taken-over dossier
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        assertThat(herlaad(dossier).getPipTermijnStart()).isNull();
    }

    @Test
    void verhuizenZonderPipNaarEenGemeenteOpDeInstallatieStartTienWekenVanafDeInschrijving() {
        // a gezinsmigrant: elsewhere the clock starts at DUO's kennisgeving; after a move, at the registration
        Dossier oud = open("0441", "GEZINSMIGRANT", "BRA", LocalDate.of(1988, 11, 20), null);
        LocalDate ingeschreven = VANDAAG.minusDays(7);

        VerhuizingService.Overgang overgang = verhuizing.verhuis(oud, "0439", ingeschreven, "duo.koppeling");
        Dossier nieuw = overgang.nieuw();
        // the service's audit rows, for every caller: the move on the old dossier, the opening of the new one
        assertThat(auditregels(oud, VerhuizingService.AUDIT_VERHUIZING)).containsExactly(tuple("duo.koppeling", "VERHUIZING naar 0439"));
        assertThat(auditregels(nieuw)).containsExactly(tuple("duo.koppeling", DossierService.AUDIT_GEOPEND));
        werkAf(oud);
        werkAf(nieuw);

        Dossier gesloten = herlaad(oud);
        assertThat(gesloten.getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(gesloten.getAfsluitreden()).startsWith(Beeindigingsreden.VERHUISD.omschrijving()).contains("Purmerend");
        assertThat(gesloten.getAfgeslotenOp()).isEqualTo(ingeschreven);
        assertThat(overgangen.findByDossierId(oud.getId()).orElseThrow().getReden()).isEqualTo("VERHUISD");
        assertThat(hoofdproces(oud)).isNull(); // nothing to tell partners: the route ended

        nieuw = herlaad(nieuw);
        assertThat(nieuw.getGemeente()).isEqualTo("GM0439");
        assertThat(nieuw.getDossiernummer()).isNotEqualTo(oud.getDossiernummer());
        assertThat(nieuw.getVorigDossierId()).isEqualTo(oud.getId());
        assertThat(nieuw.isVerhuisdZonderPip()).isTrue();
        assertThat(nieuw.getPipTermijnStart()).isEqualTo(ingeschreven);
        assertThat(nieuw.getPipUiterlijkeDatum()).isEqualTo(ingeschreven.plusWeeks(10));
        ProcessInstance hoofd = hoofdproces(nieuw);
        assertThat(hoofd.getTenantId()).isEqualTo("GM0439");
        assertThat(hoofd).hasNotPassed("Task_OvernameVoorbereiden").isWaitingAt("CallActivity_BredeIntake");
        assertThat(overnames.findByDossierId(nieuw.getId())).isEmpty();
        assertThat(pipVersies.findByDossierIdOrderByVersie(nieuw.getId())).isEmpty();
        // the ten weeks run from the registration: the teamleider escalates the day after the limit
        verstrijkTot(nieuw, ingeschreven.plusWeeks(10).plusDays(1));
        assertThat(taak(nieuw, "Task_PipTermijnEscaleren")).isNotNull();
        assertThat(taak(nieuw, "Task_PipTermijnEscaleren").getTenantId()).isEqualTo("GM0439");
    }

    @Test
    void verhuizenMetPipNaarEenGemeenteOpDeInstallatieGeeftEenGekoppeldVervolgdossierOpDeJuisteStap() {
        Dossier oud = open("0388", /* the begeleiding partner is told: not Hoorn */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1980, 1, 1), VANDAAG.minusDays(1));
        gebeurtenis(oud, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        beantwoord(partnertaak(oud, "mb-uitvoering"), Map.of("startdatum", VANDAAG.toString()));
        intakeVolledig(oud, TestGegevens.CM_ENKHUIZEN, "HAALBAAR", 60);
        voltooi(TestGegevens.CM_ENKHUIZEN, oud, "Task_PipOpstellen", pip("B1"));
        voltooi(TestGegevens.TL_WESTFRIESLAND, oud, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        beantwoord(partnertaak(oud, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));
        Dossier metPip = herlaad(oud);
        zetKlok(VANDAAG.plusMonths(2));
        LocalDate verhuisd = VANDAAG.plusMonths(2);

        VerhuizingService.Overgang overgang = verhuizing.verhuis(oud, "0439", verhuisd, "cm.hoorn");
        assertThat(auditregels(overgang.nieuw())).containsExactly(tuple("cm.hoorn", DossierService.AUDIT_GEOPEND));
        werkAf(oud);
        Dossier nieuw = herlaad(overgang.nieuw());
        werkAf(nieuw);

        // the old dossier ends VERHUISD; its partners are told and confirm; its trail stays
        Dossier gesloten = herlaad(oud);
        assertThat(gesloten.getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(gesloten.getAfsluitreden()).contains(Beeindigingsreden.VERHUISD.omschrijving());
        assertThat(afmeldingen.findByDossierIdOrderById(oud.getId())).extracting(PartnerAfmelding::getPartner)
                .contains("taalschool-westfriesland", "vluchtelingenwerk");
        assertThat(hoofdproces(oud)).isWaitingAt("CallActivity_PartnersAfmelden");
        assertThat(partnertaak(oud, "taalaanbieder-aanmelding").getVariables()).containsEntry("actie", "AFMELDEN")
                .containsEntry("reden", nl.regie.inburgering.dossier.Beeindigingsreden.VERHUISD.omschrijving());

        // the new dossier: Purmerend's own, linked, the PIP versions and the term copied, waiting for confirmation
        assertThat(nieuw.getGemeente()).isEqualTo("GM0439");
        assertThat(nieuw.getVorigDossierId()).isEqualTo(oud.getId());
        assertThat(nieuw.getPersoon().getId()).isEqualTo(oud.getPersoon().getId());
        assertThat(nieuw.getInburgeringstermijnStart()).isEqualTo(metPip.getInburgeringstermijnStart());
        assertThat(nieuw.getInburgeringstermijnEinde()).isEqualTo(metPip.getInburgeringstermijnEinde());
        assertThat(pipVersies.findByDossierIdOrderByVersie(nieuw.getId())).singleElement().satisfies(v -> {
            assertThat(v.getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);
            assertThat(v.getLeerroute()).isEqualTo(Leerroute.B1);
            assertThat(v.getDagtekening()).isEqualTo(VANDAAG);
        });
        ProcessInstance hoofd = hoofdproces(nieuw);
        assertThat(hoofd.getTenantId()).isEqualTo("GM0439");
        assertThat(hoofd).isWaitingAt("Task_OvergenomenGegevensBevestigen");
        // the old gemeente's casemanager cannot work Purmerend's task (tenant)
        String taakId = taak(nieuw, "Task_OvergenomenGegevensBevestigen").getId();
        assertThatThrownBy(() -> als(TestGegevens.CM_ENKHUIZEN, () -> {
            taskService.complete(taakId, Map.of("overnameBesluit", "BEVESTIGEN"));
            return null;
        })).isInstanceOf(RuntimeException.class);
        voltooi(TestGegevens.CM_PURMEREND, nieuw, "Task_OvergenomenGegevensBevestigen", Map.of("overnameBesluit", "BEVESTIGEN"));
        assertThat(hoofd).isWaitingAt("CallActivity_Leerroute", "CallActivity_Pvt", "CallActivity_Map");
        // enrolled at Purmerend's taalaanbieder for the same route
        assertThat(partnertaak(nieuw, "taalaanbieder-aanmelding").getVariables()).containsEntry("partner", "taalhuis-zaanstreek");
        assertThat(herlaad(nieuw).getInburgeringstermijnEinde()).isEqualTo(metPip.getInburgeringstermijnEinde());

        // the same move again: the same new dossier; another one: refused
        VerhuizingService.Overgang nogmaals = verhuizing.verhuis(oud, "0439", verhuisd, "duo.koppeling");
        assertThat(nogmaals.vastgelegd()).isFalse();
        assertThat(nogmaals.nieuw().getId()).isEqualTo(nieuw.getId());
        assertThat(dossiers.findByPersoonId(oud.getPersoon().getId())).hasSize(2);
        assertThatThrownBy(() -> verhuizing.verhuis(oud, "0637", verhuisd, "duo.koppeling"))
                .isInstanceOf(ConflictException.class);
        // exactly one move on the old dossier and one opening of the new one: neither the repeat nor the refusal adds any
        assertThat(auditregels(oud, VerhuizingService.AUDIT_VERHUIZING)).containsExactly(tuple("cm.hoorn", "VERHUIZING naar 0439"));
        assertThat(auditregels(nieuw, DossierService.AUDIT_GEOPEND)).containsExactly(tuple("cm.hoorn", DossierService.AUDIT_GEOPEND));
    }

    @Test
    void heropenenGeeftEenNieuwGekoppeldDossierEnWeigertEenLopendDossier() {
        Dossier oud = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        assertThatThrownBy(() -> verhuizing.heropen(oud, Heropeningsreden.VRIJSTELLING_INGETROKKEN_ZONDER_PIP, VANDAAG, "duo.koppeling"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("loopt nog");
        dossierService.registreer(oud, GebeurtenisType.BEEINDIGD, VANDAAG, "Tijdelijke vrijstelling (DUO)", nl.regie.inburgering.dossier.Beeindigingsreden.VRIJSTELLING, null, "test");
        werkAf(oud);
        zetKlok(VANDAAG.plusMonths(3));
        LocalDate hervat = VANDAAG.plusMonths(3);

        VerhuizingService.Overgang overgang = verhuizing.heropen(oud, Heropeningsreden.VRIJSTELLING_INGETROKKEN_ZONDER_PIP,
                hervat, "duo.koppeling");
        Dossier nieuw = herlaad(overgang.nieuw());
        werkAf(nieuw);

        assertThat(nieuw.getGemeente()).isEqualTo(oud.getGemeente());
        assertThat(nieuw.getDossiernummer()).isNotEqualTo(oud.getDossiernummer());
        assertThat(nieuw.getVorigDossierId()).isEqualTo(oud.getId());
        assertThat(nieuw.getVolgnummer()).isEqualTo(1);
        assertThat(nieuw.getPersoon().getId()).isEqualTo(oud.getPersoon().getId());
        assertThat(herlaad(oud).getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        // a fresh start: brede intake and ten weeks from DUO's notice that the plicht resumes
        assertThat(hoofdproces(nieuw)).isWaitingAt("CallActivity_BredeIntake");
        assertThat(nieuw.getPipTermijnStart()).isEqualTo(hervat);
        // the same reopening again: the same dossier; opening for the person in this gemeente finds the new one
        assertThat(verhuizing.heropen(oud, Heropeningsreden.VRIJSTELLING_INGETROKKEN_ZONDER_PIP, hervat, "duo.koppeling")
                .nieuw().getId()).isEqualTo(nieuw.getId());
        assertThat(dossierService.bestaand(oud.getPersoon().getBsn(), dossierService.valideer(new DossierOpenenVerzoek(
                oud.getPersoon().getBsn(), "Test", "Inburgeraar", LocalDate.of(1990, 1, 1), "SYR", "ASIELSTATUSHOUDER",
                "0441", VANDAAG, true, null))).orElseThrow().getId()).isEqualTo(nieuw.getId());
        assertThatThrownBy(() -> verhuizing.heropen(oud, Heropeningsreden.TERUGGEKEERD, hervat, "duo.koppeling"))
                .isInstanceOf(ConflictException.class);
        // exactly one reopening on the old dossier and one opening of the new one, whatever was repeated or refused
        assertThat(auditregels(oud, VerhuizingService.AUDIT_HEROPENING)).containsExactly(
                tuple("duo.koppeling", "HEROPENING VRIJSTELLING_INGETROKKEN_ZONDER_PIP"));
        assertThat(auditregels(nieuw, DossierService.AUDIT_GEOPEND)).containsExactly(
                tuple("duo.koppeling", DossierService.AUDIT_GEOPEND));
    }

    @Test
    void heropenenMetEenPipDatNogGeldtNeemtPipEnTermijnOver() {
        LocalDate dagtekening = VANDAAG.minusMonths(6);
        Dossier oud = openMetVorigePip("0441", new VorigePip(AMSTERDAM, dagtekening, "Z", dagtekening.plusDays(1),
                dagtekening.plusDays(1).plusYears(3)));
        voltooi(TestGegevens.CM_HOORN, oud, "Task_OvergenomenGegevensBevestigen", Map.of("overnameBesluit", "BEVESTIGEN"));
        dossierService.registreer(oud, GebeurtenisType.BEEINDIGD, VANDAAG, "Tijdelijke vrijstelling (DUO)", nl.regie.inburgering.dossier.Beeindigingsreden.VRIJSTELLING, null, "test");

        Dossier nieuw = herlaad(verhuizing.heropen(oud, Heropeningsreden.VRIJSTELLING_INGETROKKEN_MET_PIP, VANDAAG,
                "duo.koppeling").nieuw());
        werkAf(nieuw);

        assertThat(hoofdproces(nieuw)).hasNotPassed("SubProcess_IntakeEnPip").isWaitingAt("Task_OvergenomenGegevensBevestigen");
        assertThat(nieuw.getInburgeringstermijnStart()).isEqualTo(dagtekening.plusDays(1));
        assertThat(overnames.findByDossierId(nieuw.getId()).orElseThrow().getBron()).isEqualTo(PipOvername.Bron.HEROPENING);
        assertThat(runtimeService.getVariable(hoofdproces(nieuw).getId(), "leerroute")).isEqualTo("Z");
    }

    /**
     * The audit row of the move (on the old dossier) or of the follow-up's opening cannot be written: the move, the
     * ending of the old dossier, the follow-up dossier, its main process and every audit row are one transaction, so
     * none of them may remain. Once the rows can be written the same move is recorded, with exactly one of each.
     */
    @ParameterizedTest
    @ValueSource(strings = {VerhuizingService.AUDIT_VERHUIZING, DossierService.AUDIT_GEOPEND})
    void kanEenAuditregelVanDeVerhuizingNietWordenGeschrevenDanBlijftErNietsVanDeVerhuizing(String falendeActie) {
        Dossier oud = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG.minusDays(1));
        String door = eigenGebruiker("verhuizing-audit-faalt");
        ProcessInstance hoofd = hoofdproces(oud);
        List<String> stappenVooraf = runtimeService.getActiveActivityIds(hoofd.getId());
        List<Tuple> auditVooraf = auditregels(oud);
        long processenVooraf = aantalHoofdprocessen();
        long historieVooraf = aantalHoofdprocessenInHistorie();

        zonderAuditregel(door, falendeActie, () -> verhuizing.verhuis(oud, "0439", VANDAAG, door));

        Dossier na = herlaad(oud);
        assertThat(na.getStatus()).isEqualTo(oud.getStatus());
        assertThat(na.isLopend()).isTrue();
        assertThat(na.getAfgeslotenOp()).isNull();
        assertThat(overgangen.findByDossierId(oud.getId())).isEmpty();
        assertThat(gebeurtenisRegels.findByDossierIdAndTypeOrderByDatumAscIdAsc(oud.getId(), GebeurtenisType.BEEINDIGD)).isEmpty();
        assertThat(afmeldingen.findByDossierIdOrderById(oud.getId())).isEmpty();
        assertThat(dossiers.findByPersoonId(oud.getPersoon().getId())).extracting(Dossier::getId).containsExactly(oud.getId());
        assertThat(runtimeService.getActiveActivityIds(hoofd.getId())).containsExactlyInAnyOrderElementsOf(stappenVooraf);
        assertThat(aantalHoofdprocessen()).isEqualTo(processenVooraf);
        assertThat(aantalHoofdprocessenInHistorie()).isEqualTo(historieVooraf);
        assertThat(auditregels(oud)).isEqualTo(auditVooraf);
        assertThat(auditregelsVan(door)).isZero();

        VerhuizingService.Overgang overgang = verhuizing.verhuis(oud, "0439", VANDAAG, door);
        assertThat(overgang.vastgelegd()).isTrue();
        assertThat(herlaad(oud).getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(auditregels(oud, VerhuizingService.AUDIT_VERHUIZING)).containsExactly(tuple(door, "VERHUIZING naar 0439"));
        assertThat(auditregels(overgang.nieuw())).containsExactly(tuple(door, DossierService.AUDIT_GEOPEND));
        assertThat(auditregelsVan(door)).isEqualTo(2);
        assertThat(hoofdproces(overgang.nieuw())).isNotNull();
        assertThat(aantalHoofdprocessenInHistorie()).as("the follow-up's main process").isEqualTo(historieVooraf + 1);
    }

    /** The same for a reopening: its audit row, or the new dossier's opening, fails; nothing of the reopening remains. */
    @ParameterizedTest
    @ValueSource(strings = {VerhuizingService.AUDIT_HEROPENING, DossierService.AUDIT_GEOPEND})
    void kanEenAuditregelVanDeHeropeningNietWordenGeschrevenDanBlijftErNietsVanDeHeropening(String falendeActie) {
        Dossier oud = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        dossierService.registreer(oud, GebeurtenisType.BEEINDIGD, VANDAAG, "Tijdelijke vrijstelling (DUO)",
                Beeindigingsreden.VRIJSTELLING, null, "test");
        werkAf(oud);
        String door = eigenGebruiker("heropening-audit-faalt");
        List<Tuple> auditVooraf = auditregels(oud);
        long processenVooraf = aantalHoofdprocessen();
        long historieVooraf = aantalHoofdprocessenInHistorie();

        zonderAuditregel(door, falendeActie, () -> verhuizing.heropen(oud,
                Heropeningsreden.VRIJSTELLING_INGETROKKEN_ZONDER_PIP, VANDAAG, door));

        assertThat(herlaad(oud).getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(overgangen.findByDossierId(oud.getId())).isEmpty();
        assertThat(dossiers.findByPersoonId(oud.getPersoon().getId())).extracting(Dossier::getId).containsExactly(oud.getId());
        assertThat(aantalHoofdprocessen()).isEqualTo(processenVooraf);
        assertThat(aantalHoofdprocessenInHistorie()).isEqualTo(historieVooraf);
        assertThat(auditregels(oud)).isEqualTo(auditVooraf);
        assertThat(auditregelsVan(door)).isZero();

        VerhuizingService.Overgang overgang = verhuizing.heropen(oud, Heropeningsreden.VRIJSTELLING_INGETROKKEN_ZONDER_PIP,
                VANDAAG, door);
        assertThat(overgang.vastgelegd()).isTrue();
        assertThat(auditregels(oud, VerhuizingService.AUDIT_HEROPENING)).containsExactly(
                tuple(door, "HEROPENING VRIJSTELLING_INGETROKKEN_ZONDER_PIP"));
        assertThat(auditregels(overgang.nieuw())).containsExactly(tuple(door, DossierService.AUDIT_GEOPEND));
        assertThat(aantalHoofdprocessen()).isEqualTo(processenVooraf + 1);
    }
}
