package nl.regie.inburgering.bewaartermijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisRepository;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.intake.BredeIntakeRepository;
import nl.regie.inburgering.intake.OproepRepository;
import nl.regie.inburgering.partner.PartnerAfmeldingRepository;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** Five years after a dossier closed its details are deleted; the core identity and the audit trail stay. */
class BewaartermijnTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired Bewaartermijn bewaartermijn;
    @Autowired GebeurtenisRepository gebeurtenissen;
    @Autowired OproepRepository oproepen;
    @Autowired BredeIntakeRepository intakes;
    @Autowired InzageRepository inzagelog;
    @Autowired PartnerAfmeldingRepository afmeldingen;
    @Autowired nl.regie.inburgering.verhuizing.PipOvernameRepository overnames;
    @Autowired nl.regie.inburgering.verhuizing.DossierOvergangRepository overgangen;

    @Test
    void vijfJaarNaHetSluitenBlijvenAlleenDeKerngegevens() {
        Dossier gesloten = open("0388", /* the begeleiding partner is told: not Hoorn, which gives it itself */ "ASIELSTATUSHOUDER", "USA", LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(gesloten, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        intakeVolledig(gesloten, TestGegevens.CM_ENKHUIZEN, "HAALBAAR", 60);
        dossierService.registreer(gesloten, GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd naar Utrecht", nl.regie.inburgering.dossier.Beeindigingsreden.VERHUISD, null, "test");
        // the maatschappelijke begeleiding (started at the BRP registration) confirms its afmelding
        beantwoord(partnertaak(gesloten, "mb-uitvoering"), Map.of("bevestigd", true, "toelichting", "Dossier overgedragen"));
        Dossier lopend = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1991, 2, 2), VANDAAG);
        gebeurtenis(lopend, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        assertThat(intakes.findByDossierId(gesloten.getId()).orElseThrow().getDomeinGezondheid()).isEqualTo("Geen bijzonderheden");
        // verhuizing's records: the PIP it took over from a previous gemeente, the link to where it moved
        overnames.save(new nl.regie.inburgering.verhuizing.PipOvername(gesloten.getId(),
                nl.regie.inburgering.verhuizing.PipOvername.Bron.DUO_SS121, "0439", null, nl.regie.inburgering.pip.Leerroute.B1,
                VANDAAG.minusMonths(6), VANDAAG.minusMonths(6).plusDays(1), VANDAAG.plusYears(2), "test", java.time.Instant.now()));
        overgangen.save(new nl.regie.inburgering.verhuizing.DossierOvergang(gesloten.getId(),
                nl.regie.inburgering.verhuizing.DossierOvergang.Soort.VERHUIZING, "VERHUISD", "0344", VANDAAG, "test",
                java.time.Instant.now()));

        // the engine's history of the dossier goes five years after its end, in the cleanup window
        HistoricProcessInstance hoofd = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("inburgering").processInstanceBusinessKey(gesloten.getDossiernummer()).singleResult();
        assertThat(Tijd.alsDatum(hoofd.getRemovalTime())).isEqualTo(VANDAAG.plusDays(1825));
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("brede-intake")
                .processInstanceBusinessKey(gesloten.getDossiernummer()).singleResult().getRemovalTime())
                .as("called processes inherit the removal time of the dossier's main process").isEqualTo(hoofd.getRemovalTime());

        bewaartermijn.schoonOp(VANDAAG.plusYears(5).minusDays(1));
        assertThat(herlaad(gesloten).getOpgeschoondOp()).isNull();
        assertThat(oproepen.countByDossierId(gesloten.getId())).isEqualTo(1);
        assertThat(overnames.findByDossierId(gesloten.getId())).isPresent();

        bewaartermijn.schoonOp(VANDAAG.plusYears(5));
        Dossier kern = herlaad(gesloten);
        assertThat(kern.getOpgeschoondOp()).isEqualTo(VANDAAG.plusYears(5));
        assertThat(kern.getPersoon().getAchternaam()).isEqualTo("Inburgeraar");
        assertThat(kern.getAfsluitreden()).contains("Verhuisd");
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(gesloten.getId())).isEmpty();
        assertThat(oproepen.countByDossierId(gesloten.getId())).isZero();
        assertThat(intakes.findByDossierId(gesloten.getId())).isEmpty();
        assertThat(overnames.findByDossierId(gesloten.getId())).as("the taken-over PIP goes").isEmpty();
        assertThat(overgangen.findByDossierId(gesloten.getId())).as("the link between the dossiers stays, coded")
                .hasValueSatisfying(o -> assertThat(o.getReden()).isEqualTo("VERHUISD"));
        assertThat(afmeldingen.findByDossierIdOrderById(gesloten.getId())).singleElement().satisfies(a -> {
            assertThat(a.getPartner()).isEqualTo("vluchtelingenwerk");
            assertThat(a.getBevestigdOp()).isNotNull();
            assertThat(a.getReden()).doesNotContain("Utrecht");
            assertThat(a.getToelichting()).isNull();
        });
        assertThat(inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(gesloten.getId()))
                .anySatisfy(i -> assertThat(i.getActie()).isEqualTo("OPGESCHOOND"));
        // a running dossier is never touched, and a second run changes nothing
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(lopend.getId())).hasSize(1);
        assertThat(herlaad(lopend).getOpgeschoondOp()).isNull();
        bewaartermijn.schoonOp(VANDAAG.plusYears(6));
        assertThat(herlaad(gesloten).getOpgeschoondOp()).isEqualTo(VANDAAG.plusYears(5));

        // the casemanager still finds who it was and why it closed
        JsonNode getoond = Http.als(poort, TestGegevens.CM_ENKHUIZEN.id()).get("/api/dossiers/" + gesloten.getDossiernummer()).json();
        assertThat(getoond.path("status").asText()).isEqualTo("BEEINDIGD");
        assertThat(getoond.path("opgeschoondOp").asText()).isEqualTo(VANDAAG.plusYears(5).toString());
        assertThat(getoond.path("gebeurtenissen")).isEmpty();
    }
}
