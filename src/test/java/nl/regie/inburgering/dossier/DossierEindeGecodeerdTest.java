package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.begeleiding.BegeleidingTraject;
import nl.regie.inburgering.begeleiding.BegeleidingTrajectRepository;
import nl.regie.inburgering.partner.PartnerAfmelding;
import nl.regie.inburgering.partner.PartnerAfmeldingRepository;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Every ending is coded (Beeindigingsreden): one per categorie closes the tracks, tells the partners the reason's
 * omschrijving, sets the closing date and the code, and is countable by reason; our API refuses an ending without
 * a known reden (400 naming {@code reden}) and writes nothing.
 */
class DossierEindeGecodeerdTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired PartnerAfmeldingRepository afmeldingen;
    @Autowired BegeleidingTrajectRepository begeleiding;
    @Autowired GebeurtenisRepository gebeurtenissen;

    @Test
    void elkeRedenSluitTrajectenMeldtPartnersAfEnIsTelbaar() {
        // every coded reason, each on a dossier of its own (all categories are among them)
        List<Beeindigingsreden> redenen = List.of(Beeindigingsreden.values());
        assertThat(redenen.stream().map(Beeindigingsreden::categorie).distinct())
                .hasSize(Beeindigingsreden.Categorie.values().length);
        Map<Beeindigingsreden, Long> voor = new HashMap<>();
        redenen.forEach(r -> voor.put(r, dossiers.countByGemeenteAndAfsluitredenCode("GM0388", r)));

        LocalDate einddag = VANDAAG.minusDays(1);
        for (Beeindigingsreden reden : redenen) {
            Dossier dossier = open("0388", /* a partner gives the begeleiding (Hoorn gives it itself) */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG.minusDays(2));
            ProcessInstance hoofd = hoofdproces(dossier);
            assertThat(hoofd).as(reden.name()).isWaitingAt("CallActivity_Begeleiding", "CallActivity_BredeIntake");

            dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, einddag, "SS-bericht van DUO", reden, null,
                    TestGegevens.DUO.id());
            werkAf(dossier);

            Dossier einde = herlaad(dossier);
            assertThat(einde.getStatus()).as(reden.name()).isEqualTo(DossierStatus.BEEINDIGD);
            assertThat(einde.getAfsluitredenCode()).isEqualTo(reden);
            assertThat(einde.getAfgeslotenOp()).as("the retention period counts from the event's date").isEqualTo(einddag);
            assertThat(einde.getAfsluitreden()).startsWith(reden.omschrijving());
            assertThat(begeleiding.findByDossierId(dossier.getId()).orElseThrow().getStatus())
                    .isEqualTo(BegeleidingTraject.Status.BEEINDIGD);
            assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).singleElement().satisfies(a -> {
                assertThat(a.getPartner()).isEqualTo("vluchtelingenwerk");
                assertThat(a.getReden()).isEqualTo(reden.omschrijving());
            });
            assertThat(proces(dossier, "brede-intake")).isNull();
            assertThat(hoofd).hasPassed("Task_BeeindigingVastleggen").isWaitingAt("CallActivity_PartnersAfmelden");
            assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId())).last()
                    .satisfies(g -> assertThat(g.getReden()).isEqualTo(reden));
        }
        redenen.forEach(r -> assertThat(dossiers.countByGemeenteAndAfsluitredenCode("GM0388", r))
                .as(r.name()).isEqualTo(voor.get(r) + 1));
        assertThat(dossiers.telAfgeslotenPerReden("GM0388")).anySatisfy(rij -> {
            assertThat(rij[0]).isEqualTo(Beeindigingsreden.VERHUISD);
            assertThat((Long) rij[1]).isGreaterThanOrEqualTo(1L);
        });
    }

    @Test
    void deApiWeigertEenOntbrekendeOfOnbekendeRedenEnToontDeCode() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 1, 1), VANDAAG);
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/gebeurtenissen";
        Http duo = Http.als(poort, TestGegevens.DUO.id());

        Http.Antwoord zonder = duo.post(pad, Map.of("type", "BEEINDIGD", "datum", VANDAAG.toString(), "toelichting", "Diploma behaald"));
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().path("velden").has("reden")).isTrue();
        Http.Antwoord onbekend = duo.post(pad, Map.of("type", "BEEINDIGD", "datum", VANDAAG.toString(), "reden", "GESLAAGD"));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.json().path("velden").has("reden")).isTrue();
        Http.Antwoord verkeerdType = duo.post(pad, Map.of("type", "START_BIJSTAND", "datum", VANDAAG.toString(), "reden", "OVERLEDEN"));
        assertThat(verkeerdType.status()).isEqualTo(400);
        assertThat(verkeerdType.json().path("velden").has("reden")).isTrue();
        Http.Antwoord zonderEinddatum = duo.post(pad, Map.of("type", "VERLENGING_OP_AANVRAAG", "datum", VANDAAG.toString()));
        assertThat(zonderEinddatum.status()).isEqualTo(400);
        assertThat(zonderEinddatum.json().path("velden").has("einddatum")).isTrue();
        // nothing written
        assertThat(herlaad(dossier).isLopend()).isTrue();
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId())).isEmpty();
        assertThat(hoofdproces(dossier)).isNotNull();

        Http.Antwoord voldaan = duo.post(pad, Map.of("type", "BEEINDIGD", "datum", VANDAAG.toString(),
                "reden", "VOLDAAN_DIPLOMA", "toelichting", "SS106"));
        assertThat(voldaan.status()).isEqualTo(201);
        JsonNode getoond = Http.als(poort, TestGegevens.CM_HOORN.id()).get("/api/dossiers/" + dossier.getDossiernummer()).json();
        assertThat(getoond.path("status").asText()).isEqualTo("BEEINDIGD");
        assertThat(getoond.path("afsluitreden").path("code").asText()).isEqualTo("VOLDAAN_DIPLOMA");
        assertThat(getoond.path("afsluitreden").path("omschrijving").asText()).isEqualTo(Beeindigingsreden.VOLDAAN_DIPLOMA.omschrijving());
        assertThat(getoond.path("afsluitreden").path("categorie").asText()).isEqualTo("VOLDAAN");
        assertThat(getoond.path("afgeslotenOp").asText()).isEqualTo(VANDAAG.toString());
        assertThat(getoond.path("gebeurtenissen").get(0).path("reden").asText()).isEqualTo("VOLDAAN_DIPLOMA");
        assertThat(hoofdproces(dossier)).isNull();
    }

    @Test
    void geenPlichtSluitMetDeCodeGeenPlicht() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "DEU", LocalDate.of(1980, 5, 1), null);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "BEVESTIGEN", "geenPlichtToelichting", "Duitse nationaliteit"));
        assertThat(herlaad(dossier).getAfsluitredenCode()).isEqualTo(Beeindigingsreden.GEEN_PLICHT);
        assertThat(herlaad(dossier).getAfgeslotenOp()).isEqualTo(VANDAAG);
    }
}
