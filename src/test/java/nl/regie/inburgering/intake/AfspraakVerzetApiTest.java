package nl.regie.inburgering.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.brieven.Brief;
import nl.regie.inburgering.brieven.BriefRepository;
import nl.regie.inburgering.brieven.BriefSoort;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * "Afspraak verzet" over our API ({@code /api/dossiers/{nr}/intake-afspraak}): the oproep's own date rules, the
 * due date of "Verschijning vastleggen" following, a new letter once, the casemanager of the gemeente only. And the
 * brede intake's written warning, sent from the save point after its task.
 */
class AfspraakVerzetApiTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;

    @LocalServerPort int poort;
    @Autowired OproepRepository oproepen;
    @Autowired BriefRepository brieven;
    @Autowired InzageRepository auditlog;
    @Autowired RepositoryService repositoryService;

    private final java.util.List<String> testDeployments = new java.util.ArrayList<>();

    @AfterEach
    void ruimDeploymentsOp() {
        testDeployments.forEach(id -> repositoryService.deleteDeployment(id, true, true));
        testDeployments.clear();
    }

    private String deploy(String naam, String... patronen) throws java.io.IOException {
        DeploymentBuilder builder = repositoryService.createDeployment().name(naam);
        for (String patroon : patronen) {
            for (Resource bron : new PathMatchingResourcePatternResolver().getResources(patroon)) {
                builder.addInputStream(bron.getFilename(), bron.getInputStream());
            }
        }
        String id = builder.deploy().getId();
        testDeployments.add(id);
        return id;
    }

    /** A statushouder with DUO's kennisgeving (the PIP limit known) and an oproep a week ahead. */
    private Dossier metAfspraak() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG.minusDays(3));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(3));
        oproepVersturen(dossier, CM, VANDAAG.plusWeeks(1));
        return herlaad(dossier);
    }

    private static String pad(Dossier dossier) {
        return "/api/dossiers/" + dossier.getDossiernummer() + "/intake-afspraak";
    }

    private static Map<String, Object> verzet(LocalDate datum, String reden) {
        Map<String, Object> v = new HashMap<>();
        v.put("datum", datum == null ? null : datum.toString());
        v.put("reden", reden);
        return v;
    }

    private Http cm() {
        return Http.als(poort, CM.id());
    }

    private long oproepBrieven(Dossier dossier) {
        return brieven.findByDossierIdOrderByIdAsc(dossier.getId()).stream()
                .filter(b -> b.getSoort() == BriefSoort.OPROEP_BREDE_INTAKE).count();
    }

    @Test
    void verzetVerplaatstDeAfspraakEnDeVervaldatumEnStuurtEenBriefEenKeer() {
        Dossier dossier = metAfspraak();
        assertThat(cm().get(pad(dossier)).json().path("datum").asText()).isEqualTo(VANDAAG.plusWeeks(1).toString());
        LocalDate nieuw = VANDAAG.plusWeeks(2);

        Http.Antwoord antwoord = cm().post(pad(dossier), verzet(nieuw, null));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json().path("gewijzigd").asBoolean()).isTrue();
        assertThat(antwoord.json().path("verzetVan").asText()).isEqualTo(VANDAAG.plusWeeks(1).toString());
        Oproep oproep = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).orElseThrow();
        assertThat(oproep.getDatum()).isEqualTo(nieuw);
        assertThat(oproep.getVerzetDoor()).isEqualTo(CM.id());
        assertThat(Tijd.alsDatum(taak(dossier, "Task_VerschijningVastleggen").getDueDate()))
                .as("the due date follows the appointment").isEqualTo(nieuw);
        assertThat(oproepBrieven(dossier)).as("a new letter with the new date").isEqualTo(2);
        assertThat(auditlog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId())).extracting(Inzage::getActie)
                .contains("AFSPRAAK_VERZET");

        Http.Antwoord nogmaals = cm().post(pad(dossier), verzet(nieuw, null));
        assertThat(nogmaals.status()).isEqualTo(200);
        assertThat(nogmaals.json().path("gewijzigd").asBoolean()).as("the same date again changes nothing").isFalse();
        assertThat(oproepBrieven(dossier)).isEqualTo(2);
    }

    @Test
    void deDatumregelsVanDeOproepGeldenEnNietsWordtGeschreven() {
        Dossier dossier = metAfspraak();
        Http.Antwoord leeg = cm().post(pad(dossier), verzet(null, null));
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.json().path("velden").path("datum").asText()).isEqualTo("is verplicht");

        Http.Antwoord verleden = cm().post(pad(dossier), verzet(VANDAAG.minusDays(1), null));
        assertThat(verleden.status()).isEqualTo(400);
        assertThat(verleden.json().path("velden").path("datum").asText()).contains("01-03-2026", "ligt in het verleden", "02-03-2026");

        Http.Antwoord verweg = cm().post(pad(dossier), verzet(VANDAAG.plusYears(1).plusDays(1), null));
        assertThat(verweg.json().path("velden").path("datum").asText()).contains("meer dan een jaar vooruit");

        LocalDate uiterlijk = dossier.getPipUiterlijkeDatum();
        Http.Antwoord naPip = cm().post(pad(dossier), verzet(uiterlijk.plusDays(1), " "));
        assertThat(naPip.status()).isEqualTo(400);
        assertThat(naPip.json().path("velden").path("datum").asText()).contains("ligt na de uiterste PIP-datum");
        assertThat(naPip.json().path("velden").has("reden")).isTrue();

        Oproep oproep = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).orElseThrow();
        assertThat(oproep.getDatum()).as("nothing written").isEqualTo(VANDAAG.plusWeeks(1));
        assertThat(oproep.getVerzetOp()).isNull();
        assertThat(oproepBrieven(dossier)).isEqualTo(1);

        Http.Antwoord metReden = cm().post(pad(dossier), verzet(uiterlijk.plusDays(1), "Tolk pas daarna beschikbaar"));
        assertThat(metReden.status()).as(metReden.body()).isEqualTo(200);
        assertThat(oproepen.findById(oproep.getId()).orElseThrow().getNaPipTermijnReden()).isEqualTo("Tolk pas daarna beschikbaar");
    }

    @Test
    void alleenDeCasemanagerVanDeGemeenteEnAlleenVoorEenWachtendeAfspraak() {
        Dossier dossier = metAfspraak();
        assertThat(Http.als(poort, TestGegevens.CM_ZOETERMEER.id()).post(pad(dossier), verzet(VANDAAG.plusDays(9), null))
                .status()).as("another gemeente: not found").isEqualTo(404);
        Http.Antwoord teamleider = Http.als(poort, TestGegevens.TL_WESTFRIESLAND.id()).post(pad(dossier), verzet(VANDAAG.plusDays(9), null));
        assertThat(teamleider.status()).isEqualTo(403);
        assertThat(teamleider.json().path("detail").asText()).contains("Alleen de casemanager");
        assertThat(Http.als(poort, TestGegevens.DUO.id()).post(pad(dossier), verzet(VANDAAG.plusDays(9), null)).status())
                .isEqualTo(404);

        Dossier zonderOproep = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1991, 2, 2), VANDAAG.minusDays(3));
        Http.Antwoord geen = cm().post(pad(zonderOproep), verzet(VANDAAG.plusDays(9), null));
        assertThat(geen.status()).isEqualTo(409);
        assertThat(geen.json().path("detail").asText()).contains("geen afspraak");
        assertThat(oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).orElseThrow().getDatum())
                .isEqualTo(VANDAAG.plusWeeks(1));
    }

    @Test
    void deSchriftelijkeWaarschuwingGaatVanafHetOpslagpuntNaDeTaak() {
        Dossier dossier = metAfspraak();
        verstrijkTot(dossier, VANDAAG.plusWeeks(1));
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE", "redenNietVerschenen", "GEEN_GELDIGE_REDEN"));
        String taak = taak(dossier, "Task_SchriftelijkeWaarschuwingVersturen").getId();
        als(CM, () -> {
            taskService.complete(taak, Map.of("waarschuwingVerzonden", VANDAAG.plusWeeks(1).toString()));
            return null;
        });
        assertThat(brieven.findByDossierIdOrderByIdAsc(dossier.getId())).extracting(Brief::getSoort)
                .as("not made inside the completion").doesNotContain(BriefSoort.WAARSCHUWING_BREDE_INTAKE);
        assertThat(oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).orElseThrow().getWaarschuwingDoor())
                .isEqualTo(CM.id());

        werkAf(dossier);
        Brief waarschuwing = brieven.findByDossierIdOrderByIdAsc(dossier.getId()).stream()
                .filter(b -> b.getSoort() == BriefSoort.WAARSCHUWING_BREDE_INTAKE).findFirst().orElseThrow();
        assertThat(waarschuwing.getAangemaaktDoor()).isEqualTo(CM.id());
        assertThat(waarschuwing.getVerzondenOp()).isEqualTo(VANDAAG.plusWeeks(1));
    }

    /**
     * A dossier waiting in a model version without the save-point listener (running instances across this release):
     * its warning letter is still sent in the completion, as that version expects, never lost.
     */
    @Test
    void eenIntakeOpDeVorigeVersieKrijgtDeWaarschuwingsbriefBijHetVoltooien() throws java.io.IOException {
        Dossier dossier = openStatushouder("0441");
        String intake = proces(dossier, "brede-intake").getId();
        String definitie = proces(dossier, "brede-intake").getProcessDefinitionId();
        String vorige = deploy("brede intake vorige versie (test)", "classpath:vorige-brede-intake/*.bpmn",
                "classpath:vorige-brede-intake/forms/*.form");
        ProcessDefinition oud = repositoryService.createProcessDefinitionQuery().deploymentId(vorige).singleResult();
        deploy("brede intake huidige versie (test)", "classpath:processes/brede-intake.bpmn",
                "classpath:forms/oproep-versturen.form", "classpath:forms/verschijning-vastleggen.form",
                "classpath:forms/waarschuwing-versturen.form", "classpath:forms/brede-intake-gesprek.form",
                "classpath:forms/leerbaarheidstoets-vastleggen.form", "classpath:forms/intake-zonder-inburgeraar.form");
        runtimeService.newMigration(runtimeService.createMigrationPlan(definitie, oud.getId()).mapEqualActivities().build())
                .processInstanceIds(intake).execute();

        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE"));
        String taak = taak(dossier, "Task_SchriftelijkeWaarschuwingVersturen").getId();
        als(CM, () -> {
            taskService.complete(taak, Map.of("waarschuwingVerzonden", VANDAAG.toString()));
            return null;
        });
        assertThat(brieven.findByDossierIdOrderByIdAsc(dossier.getId())).extracting(Brief::getSoort)
                .as("sent in the completion by the old version").containsOnlyOnce(BriefSoort.WAARSCHUWING_BREDE_INTAKE);
        werkAf(dossier);
        assertThat(brieven.findByDossierIdOrderByIdAsc(dossier.getId())).extracting(Brief::getSoort)
                .containsOnlyOnce(BriefSoort.WAARSCHUWING_BREDE_INTAKE);
    }
}
