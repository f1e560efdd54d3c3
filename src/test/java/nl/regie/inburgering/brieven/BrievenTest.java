package nl.regie.inburgering.brieven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.dossier.PipVersieVastgesteld;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Letters: the PIP beschikking generated when the PIP is fixed and downloaded as PDF over HTTP (dagtekening, route,
 * bezwaar clause in its text), the oproep, who may read them, the audit trail, and a failing letter failing its step.
 */
class BrievenTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort int poort;
    @Autowired BriefRepository brieven;
    @Autowired InzageRepository auditlog;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transacties;
    @Autowired nl.regie.inburgering.pipwijziging.PipWijzigingService wijzigingen;

    private record Pdf(int status, String contentType, byte[] inhoud, String checksum) {
        String tekst() {
            try (PDDocument document = Loader.loadPDF(inhoud)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true); // reading order, as a person reads the page
                return stripper.getText(document).replaceAll("[\\s\\u00a0]+", " ");
            } catch (IOException e) {
                throw new AssertionError("Geen leesbare PDF", e);
            }
        }
    }

    private Pdf download(TestGegevens.TestGebruiker gebruiker, String pad) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (gebruiker.id() + ":" + gebruiker.id()).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<byte[]> antwoord = CLIENT.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
        return new Pdf(antwoord.statusCode(), antwoord.headers().firstValue("Content-Type").orElse(""),
                antwoord.body(), antwoord.headers().firstValue("X-Checksum-SHA256").orElse(null));
    }

    private Dossier dossierMetVastgesteldPip(LocalDate dagtekening) {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1980, 1, 1), VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, CM, "HAALBAAR", 60);
        voltooi(CM, dossier, "Task_PipOpstellen", pip("B1"));
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", dagtekening.toString()));
        return herlaad(dossier);
    }

    private JsonNode lijst(Dossier dossier) {
        Http.Antwoord antwoord = Http.als(poort, CM.id()).get("/api/dossiers/" + dossier.getDossiernummer() + "/brieven");
        assertThat(antwoord.status()).isEqualTo(200);
        return antwoord.json();
    }

    private long brief(JsonNode lijst, String soort) {
        for (JsonNode regel : lijst) {
            if (soort.equals(regel.get("soort").asText())) {
                return regel.get("id").asLong();
            }
        }
        throw new AssertionError("Geen brief " + soort + " in " + lijst);
    }

    @Test
    void dePipBeschikkingWordtBijHetVaststellenGemaaktEnIsAlsPdfTeDownloaden() throws Exception {
        LocalDate dagtekening = VANDAAG;
        Dossier dossier = dossierMetVastgesteldPip(dagtekening);

        JsonNode lijst = lijst(dossier);
        assertThat(lijst).hasSize(2); // the oproep for the intake and the PIP beschikking
        long pipBrief = brief(lijst, "PIP_BESCHIKKING");
        JsonNode regel = java.util.stream.StreamSupport.stream(lijst.spliterator(), false)
                .filter(r -> r.get("id").asLong() == pipBrief).findFirst().orElseThrow();
        assertThat(regel.get("titel").asText()).isEqualTo("Beschikking Plan Inburgering en Participatie");
        // the bekendmaking of the PIP: the letter's date is the dagtekening, recorded with the version it announces
        assertThat(regel.get("verzondenOp").asText()).isEqualTo(dagtekening.toString());
        assertThat(regel.get("pipVersie").asInt()).isEqualTo(1);

        Pdf pdf = download(CM, "/api/dossiers/" + dossier.getDossiernummer() + "/brieven/" + pipBrief);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.inhoud().length).isBetween(1_000, 100_000); // built-in fonts: nothing big embedded
        assertThat(pdf.checksum()).isEqualTo(Brieven.checksum(pdf.inhoud()));
        String tekst = pdf.tekst();
        assertThat(tekst).contains("02-03-2026").contains("2 maart 2026")
                .contains("de B1-route")
                .contains("Gemeente Hoorn")
                .contains("Test Inburgeraar").contains(dossier.getDossiernummer())
                .contains("PVT jaar 1").contains("MAP jaar 2")
                .contains("12 voortgangsgesprekken")
                // the inburgeringstermijn: from the day after the dagtekening, three years
                .contains("3 maart 2026").contains("2 maart 2029")
                .contains("zes weken").contains("6:7")
                .contains("college van burgemeester en wethouders van de gemeente Hoorn")
                .doesNotContain(dossier.getPersoon().getBsn());

        // the audit trail: the letters' sending (oproep by the step, the PIP by the teamleider who fixed it) and the download
        List<Inzage> audit = auditlog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId());
        assertThat(audit).filteredOn(i -> Brieven.AUDIT_VERZONDEN.equals(i.getActie()))
                .extracting(Inzage::getGebruiker).containsExactly(DossierBrieven.SYSTEEM, TL.id());
        assertThat(audit).filteredOn(i -> Brieven.AUDIT_GEDOWNLOAD.equals(i.getActie()))
                .extracting(Inzage::getGebruiker).containsExactly(CM.id());
    }

    @Test
    void deOproepNoemtDatumEnPlaatsVanDeBredeIntake() throws Exception {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1985, 5, 5), VANDAAG.minusDays(1));
        oproepVersturen(dossier, CM, VANDAAG.plusWeeks(1)); // a week ahead: the letter names that day, not its own

        List<Brief> opgeslagen = brieven.findByDossierIdOrderByIdAsc(dossier.getId());
        assertThat(opgeslagen).extracting(Brief::getSoort).containsExactly(BriefSoort.OPROEP_BREDE_INTAKE);
        assertThat(opgeslagen.get(0).getVerzondenOp()).isEqualTo(VANDAAG);
        Pdf pdf = download(TL, "/api/dossiers/" + dossier.getDossiernummer() + "/brieven/" + opgeslagen.get(0).getId());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.tekst()).contains("Uitnodiging voor de brede intake").contains("maandag 9 maart 2026")
                .contains("Stadhuis").contains("schriftelijke waarschuwing");
    }

    @Test
    void naNietVerschijnenVolgtDeSchriftelijkeWaarschuwing() throws Exception {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1987, 7, 7), VANDAAG.minusDays(1));
        oproepVersturen(dossier, CM, VANDAAG.plusWeeks(1));
        // "verschenen" only once the appointment has passed: the clock moves to it
        verstrijkTot(dossier, VANDAAG.plusWeeks(1));
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE", "redenNietVerschenen", "GEEN_GELDIGE_REDEN"));
        voltooi(CM, dossier, "Task_SchriftelijkeWaarschuwingVersturen",
                Map.of("waarschuwingVerzonden", VANDAAG.plusWeeks(1).toString()));

        Brief waarschuwing = brieven.findByDossierIdOrderByIdAsc(dossier.getId()).stream()
                .filter(b -> b.getSoort() == BriefSoort.WAARSCHUWING_BREDE_INTAKE).findFirst().orElseThrow();
        assertThat(waarschuwing.getVerzondenOp()).isEqualTo(VANDAAG.plusWeeks(1));
        assertThat(waarschuwing.getAangemaaktDoor()).isEqualTo(CM.id());
        Pdf pdf = download(CM, "/api/dossiers/" + dossier.getDossiernummer() + "/brieven/" + waarschuwing.getId());
        assertThat(pdf.tekst()).contains("Schriftelijke waarschuwing").contains("9 maart 2026").contains("Stadhuis")
                .contains("boete");
    }

    /** The casemanager asks for and drafts a change of the begeleiding; a teamleider decides next. */
    private void begeleidingWijzigen(Dossier dossier, String reden, String afspraken) {
        wijzigingen.vraagAan(dossier.getDossiernummer(), java.util.EnumSet.of(
                nl.regie.inburgering.pipwijziging.PipWijzigingSoort.BEGELEIDING), reden,
                nl.regie.inburgering.pipwijziging.PipWijzigingService.AANLEIDING_CASEMANAGER, CM.id());
        werkAf(dossier);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", Map.of("wijzigingReden", reden,
                "wijzigBegeleiding", true, "begeleidingAfspraken", afspraken));
    }

    @Test
    void eenPipWijzigingIsEenNieuweBeschikkingEnEenAfwijzingEenBesluitMetBezwaar() throws Exception {
        Dossier dossier = dossierMetVastgesteldPip(VANDAAG);
        begeleidingWijzigen(dossier, "Afgesproken in het voortgangsgesprek", "Hulp bij de inschrijving bij de huisarts");
        voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "VASTSTELLEN",
                "dagtekening", VANDAAG.toString()));

        Brief tweede = brieven.findFirstByDossierIdAndSoortAndPipVersieOrderByIdDesc(dossier.getId(),
                BriefSoort.PIP_BESCHIKKING, 2).orElseThrow();
        assertThat(tweede.getTitel()).contains("wijziging").contains("versie 2");
        assertThat(download(CM, "/api/dossiers/" + dossier.getDossiernummer() + "/brieven/" + tweede.getId()).tekst())
                .contains("versie 2").contains("Hulp bij de inschrijving bij de huisarts").contains("zes weken");

        begeleidingWijzigen(dossier, "Gevraagd door de inburgeraar", "Wekelijkse begeleiding");
        voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "AFWIJZEN",
                "teamleiderOpmerking", "Valt al onder de lopende begeleiding"));

        Brief afwijzing = brieven.findByDossierIdOrderByIdAsc(dossier.getId()).stream()
                .filter(b -> b.getSoort() == BriefSoort.PIP_WIJZIGING_AFGEWEZEN).findFirst().orElseThrow();
        assertThat(afwijzing.getAangemaaktDoor()).isEqualTo(TL.id());
        assertThat(download(CM, "/api/dossiers/" + dossier.getDossiernummer() + "/brieven/" + afwijzing.getId()).tekst())
                .contains("niet te wijzigen").contains("Valt al onder de lopende begeleiding").contains("zes weken")
                .contains("6:7");
        assertThat(brieven.findByDossierIdOrderByIdAsc(dossier.getId())).extracting(Brief::getSoort).containsExactly(
                BriefSoort.OPROEP_BREDE_INTAKE, BriefSoort.PIP_BESCHIKKING, BriefSoort.PIP_BESCHIKKING,
                BriefSoort.PIP_WIJZIGING_AFGEWEZEN);
    }

    @Test
    void eenDossierZonderPlichtSluitMetDeBriefGeenInburgeringsplicht() throws Exception {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "DEU", LocalDate.of(1980, 5, 1), null);
        voltooi(CM, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "BEVESTIGEN", "geenPlichtToelichting", "Duitse nationaliteit, paspoort gezien"));

        List<Brief> lijst = brieven.findByDossierIdOrderByIdAsc(dossier.getId());
        assertThat(lijst).extracting(Brief::getSoort).containsExactly(BriefSoort.GEEN_INBURGERINGSPLICHT);
        assertThat(download(CM, "/api/dossiers/" + dossier.getDossiernummer() + "/brieven/" + lijst.get(0).getId()).tekst())
                .contains("niet inburgeringsplichtig").contains("2 maart 2026").contains("zes weken")
                .doesNotContain("paspoort gezien"); // the casemanager's internal confirmation stays internal
    }

    @Test
    void alleenDeMedewerkersVanDeGemeenteZienDeBrieven() throws Exception {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 2, 2), VANDAAG.minusDays(1));
        oproepVersturen(dossier, CM);
        long id = brieven.findByDossierIdOrderByIdAsc(dossier.getId()).get(0).getId();
        String lijst = "/api/dossiers/" + dossier.getDossiernummer() + "/brieven";
        String pdf = lijst + "/" + id;

        for (TestGegevens.TestGebruiker geen : List.of(TestGegevens.TAALSCHOOL_WESTFRIESLAND, TestGegevens.COA,
                TestGegevens.DUO, TestGegevens.PB)) {
            assertThat(Http.als(poort, geen.id()).get(lijst).status()).as(geen.id()).isEqualTo(403);
            assertThat(download(geen, pdf).status()).as(geen.id()).isEqualTo(403);
        }
        // another gemeente: the dossier does not exist for them
        assertThat(Http.als(poort, TestGegevens.CM_PURMEREND.id()).get(lijst).status()).isEqualTo(404);
        assertThat(download(TestGegevens.CM_PURMEREND, pdf).status()).isEqualTo(404);
        // a letter of another dossier is not found through this one
        Dossier ander = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1991, 3, 3), VANDAAG.minusDays(1));
        assertThat(download(CM, "/api/dossiers/" + ander.getDossiernummer() + "/brieven/" + id).status()).isEqualTo(404);
        assertThat(Http.anoniem(poort).get(lijst).status()).isEqualTo(401);
        // nobody refused downloaded anything
        assertThat(auditlog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()))
                .noneMatch(i -> Brieven.AUDIT_GEDOWNLOAD.equals(i.getActie()));
        assertThat(download(CM, pdf).status()).isEqualTo(200);
        assertThat(auditlog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()))
                .filteredOn(i -> Brieven.AUDIT_GEDOWNLOAD.equals(i.getActie())).hasSize(1);
    }

    @Test
    void eenBriefDieNietGemaaktKanWordenLaatDeStapFalenZonderIetsTeSchrijven() {
        // a PIP version fixed without what its letter needs: the fixing transaction fails, no letter, no audit row
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1982, 4, 4), VANDAAG.minusDays(1));
        TransactionTemplate tx = new TransactionTemplate(transacties);
        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                events.publishEvent(new PipVersieVastgesteld(dossier.getDossiernummer(), 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PIP-versie");
        assertThat(brieven.findByDossierIdOrderByIdAsc(dossier.getId())).isEmpty();
        assertThat(auditlog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()))
                .noneMatch(i -> Brieven.AUDIT_VERZONDEN.equals(i.getActie()));
        // outside a transaction a letter is refused outright, never sent half
        assertThatThrownBy(() -> events.publishEvent(new PipVersieVastgesteld(dossier.getDossiernummer(), 1)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
