package nl.regie.inburgering.pipwijziging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;

/** {@code POST /api/dossiers/{nr}/pip-wijzigingen}: the casemanager asks; checked fields, roles and gemeente. */
class PipWijzigingApiTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired PipWijzigingRepository wijzigingen;

    @Test
    void deCasemanagerVraagtEenWijzigingAanEnDeTaakVolgt() {
        Dossier dossier = openStatushouder("0441");
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/pip-wijzigingen";
        Http cm = Http.als(poort, "cm.hoorn");

        Http.Antwoord zonderPip = cm.post(pad, Map.of("soorten", List.of("NIVEAU"), "reden", "x"));
        assertThat(zonderPip.status()).as("no fixed PIP yet").isEqualTo(409);
        startNaPip(dossier, "leerroute", "B1", VANDAAG);

        Http.Antwoord fout = cm.post(pad, Map.of("soorten", List.of("NIVEAU", "KLEUR")));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().path("velden").has("soorten")).isTrue();
        assertThat(fout.json().path("velden").has("reden")).isTrue();
        assertThat(Http.als(poort, "tl.westfriesland").post(pad, Map.of("soorten", List.of("NIVEAU"), "reden", "x"))
                .status()).as("only the casemanager").isEqualTo(403);
        assertThat(Http.als(poort, "cm.zoetermeer").post(pad, Map.of("soorten", List.of("NIVEAU"), "reden", "x"))
                .status()).as("another gemeente's dossier").isEqualTo(404);
        assertThat(wijzigingen.findByDossierIdOrderById(herlaad(dossier).getId())).as("nothing written on error").isEmpty();

        Http.Antwoord gevraagd = cm.post(pad, Map.of("soorten", List.of("NIVEAU", "ONTZORGEN"), "reden", "Na 600 uur blijft schrijven A2"));
        assertThat(gevraagd.status()).isEqualTo(202);
        assertThat(gevraagd.json().path("status").asText()).isEqualTo("AANGEVRAAGD");
        assertThat(gevraagd.json().path("soorten").toString()).contains("NIVEAU").contains("ONTZORGEN");
        assertThat(gevraagd.json().path("aangevraagdDoor").asText()).isEqualTo("cm.hoorn");
        assertThat(proces(dossier, "pip-wijziging")).isNotNull();
        assertThat(taak(dossier, "Task_PipWijzigingOpstellen")).isNotNull();

        assertThat(cm.post(pad, Map.of("soorten", List.of("BEGELEIDING"), "reden", "ook")).status())
                .as("one open change at a time").isEqualTo(409);
        assertThat(cm.get(pad).json()).hasSize(1);
    }
}
