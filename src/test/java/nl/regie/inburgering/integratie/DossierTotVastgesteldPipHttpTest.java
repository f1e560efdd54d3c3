package nl.regie.inburgering.integratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A dossier from COA's {@code POST /api/dossiers} to a fixed PIP, through HTTP only: DUO's event through our API,
 * every task found and completed over the engine REST API as Tasklist does, by the users of the roles involved.
 * Runs on H2 and, with -Dpostgres.tests=true, on PostgreSQL.
 */
class DossierTotVastgesteldPipHttpTest extends ProcesTestBasis {

    @LocalServerPort int poort;

    private Http als(String gebruiker) {
        return Http.als(poort, gebruiker);
    }

    /** The dossier's single open task of this definition, as the user sees it in Tasklist. */
    private JsonNode taak(String gebruiker, String dossiernummer, String definitie) {
        Http.Antwoord antwoord = als(gebruiker).get("/engine-rest/task?maxResults=20&processInstanceBusinessKey="
                + dossiernummer + "&taskDefinitionKey=" + definitie);
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.json().size()).as("open taak %s voor %s", definitie, gebruiker).isEqualTo(1);
        return antwoord.json().get(0);
    }

    private static Map<String, Object> variabelen(Object... naamEnWaarde) {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        for (int i = 0; i < naamEnWaarde.length; i += 2) {
            Object waarde = naamEnWaarde[i + 1];
            variabelen.put((String) naamEnWaarde[i], Map.of("value", waarde,
                    "type", waarde instanceof Integer ? "Integer" : "String"));
        }
        return Map.of("variables", variabelen);
    }

    private Http.Antwoord voltooi(String gebruiker, String dossiernummer, String definitie, Object... naamEnWaarde) {
        String id = taak(gebruiker, dossiernummer, definitie).path("id").asText();
        Http.Antwoord antwoord = als(gebruiker).post("/engine-rest/task/" + id + "/complete", variabelen(naamEnWaarde));
        werkAf(dossiernummer);
        return antwoord;
    }

    /** A date-time as the engine REST API writes it ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}), as a day in {@link Tijd#ZONE}. */
    private static LocalDate datumInNederland(String restDatum) {
        return OffsetDateTime.parse(restDatum, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                .atZoneSameInstant(Tijd.ZONE).toLocalDate();
    }

    @Test
    void vanKoppelingTotVastgesteldPipOverHttp() {
        Http.Antwoord geopend = als("coa.koppeling").post("/api/dossiers", Map.of("bsn", TestGegevens.nieuwBsn(),
                "voornamen", "Samir", "achternaam", "Haddad", "geboortedatum", "1988-08-08", "nationaliteit", "SYR",
                "doelgroep", "ASIELSTATUSHOUDER", "gemeente", "0441", "koppelingsdatum", VANDAAG.minusDays(10).toString(),
                "bijstand", true, "brpInschrijvingsdatum", VANDAAG.minusDays(2).toString()));
        assertThat(geopend.status()).isEqualTo(201);
        String nummer = geopend.json().path("dossiernummer").asText();
        assertThat(als("duo.koppeling").post("/api/dossiers/" + nummer + "/gebeurtenissen",
                Map.of("type", "KENNISGEVING_DUO", "datum", VANDAAG.minusDays(1).toString())).status()).isEqualTo(201);

        // Tasklist: the task, its Camunda Form from the same deployment, and a due date where a deadline exists.
        JsonNode oproep = taak("cm.hoorn", nummer, "Task_OproepVersturen");
        assertThat(oproep.path("tenantId").asText()).isEqualTo("GM0441");
        Http.Antwoord formulier = als("cm.hoorn").get("/engine-rest/task/" + oproep.path("id").asText() + "/deployed-form");
        assertThat(formulier.status()).isEqualTo(200);
        assertThat(formulier.json().path("id").asText()).isEqualTo("oproep-versturen");
        assertThat(als("cm.zoetermeer").get("/engine-rest/task?maxResults=20&processInstanceBusinessKey=" + nummer)
                .json().size()).isZero();

        // The server refuses what the browser form would have refused.
        Http.Antwoord onvolledig = voltooi("cm.hoorn", nummer, "Task_OproepVersturen", "oproepLocatie", "Stadhuis");
        assertThat(onvolledig.status()).isEqualTo(400);
        assertThat(onvolledig.json().path("message").asText()).contains("oproepDatum");

        assertThat(voltooi("cm.hoorn", nummer, "Task_OproepVersturen", "oproepDatum", VANDAAG.plusDays(5).toString(),
                "oproepLocatie", "Stadhuis Hoorn").status()).isEqualTo(204);
        // "verschenen" only once the appointment has come: refused before it, with the appointment as dd-mm-jjjj
        Http.Antwoord teVroeg = voltooi("cm.hoorn", nummer, "Task_VerschijningVastleggen", "verschenen", "JA");
        assertThat(teVroeg.status()).isEqualTo(400);
        assertThat(teVroeg.json().path("message").asText()).contains("verschenen", Variabelen.nl(VANDAAG.plusDays(5)));
        verstrijkTot(VANDAAG.plusDays(5), nummer);
        assertThat(voltooi("cm.hoorn", nummer, "Task_VerschijningVastleggen", "verschenen", "JA").status()).isEqualTo(204);
        JsonNode gesprek = taak("cm.hoorn", nummer, "Task_BredeIntakeGesprekVoeren");
        // The engine REST API writes dates in the JVM's default zone; the limit is a day in the gemeente's zone.
        // ten weeks after a Sunday end on a Sunday: the Algemene termijnenwet makes the Monday the last day
        assertThat(datumInNederland(gesprek.path("due").asText())).isEqualTo(VANDAAG.minusDays(1).plusWeeks(10).plusDays(1));
        assertThat(voltooi("cm.hoorn", nummer, "Task_BredeIntakeGesprekVoeren", "intakeGesprekDatum", VANDAAG.plusDays(5).toString(),
                "domeinTaal", "Arabisch", "domeinOpleiding", "Universiteit", "domeinWerk", "Ingenieur", "meegewerkt", "JA").status()).isEqualTo(204);
        assertThat(voltooi("cm.hoorn", nummer, "Task_LeerbaarheidstoetsVastleggen", "lbtVrijgesteld", "NEE",
                "lbtUitslag", "HAALBAAR", "lbtScore", 80, "lbtVereisteScore", 50, "lbtDatum", VANDAAG.toString())
                .status()).isEqualTo(204);

        // The PIP: drafted by a user who is casemanager and teamleider; four eyes stop that user from fixing it.
        assertThat(voltooi("cmtl.hoorn", nummer, "Task_PipOpstellen", "leerroute", "B1", "pvtAfspraken", "PVT jaar 1",
                "mapAfspraken", "MAP jaar 2", "ontzorgen", "JA", "aantalVoortgangsgesprekken", 12).status()).isEqualTo(204);
        // rights are per role on the process definition: the casemanager may read the teamleider's task, never act on it
        assertThat(voltooi("cm.hoorn", nummer, "Task_PipVaststellen", "pipBesluit", "VASTSTELLEN",
                "dagtekening", VANDAAG.toString()).status()).as("casemanager werkt geen teamleidertaak").isEqualTo(403);
        Http.Antwoord eigenPip = voltooi("cmtl.hoorn", nummer, "Task_PipVaststellen", "pipBesluit", "VASTSTELLEN",
                "dagtekening", VANDAAG.toString());
        assertThat(eigenPip.status()).isEqualTo(400);
        assertThat(eigenPip.json().path("message").asText()).contains("vier ogen");

        assertThat(voltooi("tl.westfriesland", nummer, "Task_PipVaststellen", "pipBesluit", "VASTSTELLEN",
                "dagtekening", VANDAAG.toString()).status()).isEqualTo(204);

        JsonNode dossier = als("cm.hoorn").get("/api/dossiers/" + nummer).json();
        assertThat(dossier.path("status").asText()).isEqualTo("PIP_VASTGESTELD");
        assertThat(dossier.path("inburgeringstermijnStart").asText()).isEqualTo(VANDAAG.plusDays(1).toString());
        assertThat(dossier.path("inburgeringstermijnEinde").asText()).isEqualTo(VANDAAG.plusDays(1).plusYears(3).toString());
        JsonNode hoofdproces = als("pb.regio.test").get("/engine-rest/process-instance?processDefinitionKey=inburgering"
                + "&businessKey=" + nummer + "&maxResults=5").json();
        assertThat(hoofdproces.size()).isEqualTo(1);
        assertThat(als("pb.regio.test").get("/engine-rest/process-instance/" + hoofdproces.get(0).path("id").asText()
                + "/activity-instances").json().toString())
                .contains("CallActivity_Leerroute", "CallActivity_Pvt", "CallActivity_Map", "CallActivity_Begeleiding");
    }
}
