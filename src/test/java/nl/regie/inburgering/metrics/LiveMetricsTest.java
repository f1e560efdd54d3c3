package nl.regie.inburgering.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The live metrics: the monitoring account reads {@code /actuator/prometheus} and finds, per gemeente, the numbers of a
 * small population this test creates (compared as the change against the numbers before, since other tests' dossiers
 * share the database); nobody else reads the metrics, and the monitoring account reads nothing else.
 */
class LiveMetricsTest extends ProcesTestBasis {

    static final TestGegevens.TestGebruiker MONITORING = new TestGegevens.TestGebruiker("monitoring.test", Rollen.MONITORING, List.of());
    private static final String ZOETERMEER = "GM0637";
    private static final Pattern REGEL = Pattern.compile("^(regie_[a-z_]+)\\{([^}]*)\\} (\\S+)$");

    @Autowired LiveMetrics metrics;
    @LocalServerPort int poort;

    @BeforeEach
    void monitoringaccount() {
        TestGegevens.zorgVoor(identityService, MONITORING);
    }

    /** The scrape as Prometheus reads it: series name with its labels (without application) → value. */
    private Map<String, Double> scrape() {
        metrics.ververs();
        Http.Antwoord antwoord = Http.als(poort, MONITORING.id()).metKop("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        Map<String, Double> waarden = new HashMap<>();
        antwoord.body().lines().forEach(regel -> {
            Matcher m = REGEL.matcher(regel);
            if (m.matches()) {
                String labels = m.group(2).replaceAll("application=\"[^\"]*\",?", "");
                waarden.put(m.group(1) + "{" + labels + "}", Double.parseDouble(m.group(3)));
            }
        });
        return waarden;
    }

    private static double verschil(Map<String, Double> voor, Map<String, Double> na, String reeks) {
        assertThat(na).as("reeks %s", reeks).containsKey(reeks);
        return na.get(reeks) - voor.getOrDefault(reeks, 0.0);
    }

    private Dossier metPipGrens(Dossier dossier, LocalDate uiterlijk, LocalDate opgeschortSinds) {
        Dossier actueel = herlaad(dossier);
        actueel.startPipTermijn(uiterlijk.minusWeeks(10), uiterlijk);
        if (opgeschortSinds != null) {
            actueel.schortPipTermijnOp(opgeschortSinds);
        }
        return dossiers.save(actueel);
    }

    @Test
    void hetMonitoringaccountLeestDeAantallenPerGemeente() {
        Map<String, Double> voor = scrape();

        Dossier a = metPipGrens(openStatushouder("0637"), VANDAAG.plusDays(5), null);          // limit within 14 days
        Dossier b = metPipGrens(openStatushouder("0637"), VANDAAG.minusDays(1), null);         // limit passed
        Dossier c = open("0637", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG); // in the BRP: begeleiding
        gebeurtenis(c, GebeurtenisType.START_BIJSTAND, VANDAAG);                                  // ontzorgen
        metPipGrens(c, VANDAAG.minusDays(3), VANDAAG.minusDays(10));                              // suspended: neither
        Dossier d = open("0637", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(d, GebeurtenisType.START_BIJSTAND, VANDAAG);
        metPipGrens(d, VANDAAG.plusDays(40), null);                                                // far away: neither
        partnertaak(d, "mb-uitvoering");                                                          // locked by the partner
        var inhouding = partnertaak(d, "ontzorgen-inhouding");
        processEngine.getExternalTaskService().handleFailure(inhouding.getId(), "test", "Inkomenssysteem onbereikbaar", 0, 0);
        // German: no plicht to confirm (an open stage without a PIP limit, whatever its date says)
        Dossier e = metPipGrens(open("0637", "GEZINSMIGRANT", "DEU", LocalDate.of(1985, 5, 5), VANDAAG), VANDAAG.minusDays(2), null);

        Map<String, Double> na = scrape();
        String z = "gemeente=\"" + ZOETERMEER + "\"";
        // a, b, c, d wait for the intake; e for the casemanager's confirmation that there is no plicht
        assertThat(verschil(voor, na, "regie_dossiers_open{fase=\"INTAKE_EN_PIP\"," + z + "}")).isEqualTo(4);
        assertThat(verschil(voor, na, "regie_dossiers_open{fase=\"GEEN_PLICHT_TE_BEVESTIGEN\"," + z + "}")).isEqualTo(1);
        assertThat(verschil(voor, na, "regie_dossiers_open{fase=\"PIP_VASTGESTELD\"," + z + "}")).isZero();
        // a within 14 days, b passed, c suspended; d's limit is far away, e has no PIP to fix
        assertThat(verschil(voor, na, "regie_pip_termijn{" + z + ",toestand=\"verloopt_binnen_14_dagen\"}")).isEqualTo(1);
        assertThat(verschil(voor, na, "regie_pip_termijn{" + z + ",toestand=\"verstreken\"}")).isEqualTo(1);
        assertThat(verschil(voor, na, "regie_pip_termijn{" + z + ",toestand=\"opgeschort\"}")).isEqualTo(1);
        // four oproepen to send and one plicht to confirm, all the casemanager's, none overdue
        assertThat(verschil(voor, na, "regie_taken_open{" + z + ",rol=\"casemanager\"}")).isEqualTo(5);
        assertThat(verschil(voor, na, "regie_taken_open{" + z + ",rol=\"teamleider\"}")).isZero();
        assertThat(verschil(voor, na, "regie_taken_te_laat{" + z + ",rol=\"casemanager\"}")).isZero();
        // begeleiding: c's waits, d's is locked by VluchtelingenWerk; ontzorgen: c's waits, d's failed
        assertThat(verschil(voor, na, "regie_partnertaken{" + z + ",toestand=\"wachtend\",topic=\"mb-uitvoering\"}")).isEqualTo(1);
        assertThat(verschil(voor, na, "regie_partnertaken{" + z + ",toestand=\"vergrendeld\",topic=\"mb-uitvoering\"}")).isEqualTo(1);
        assertThat(verschil(voor, na, "regie_partnertaken{" + z + ",toestand=\"mislukt\",topic=\"mb-uitvoering\"}")).isZero();
        assertThat(verschil(voor, na, "regie_partnertaken{" + z + ",toestand=\"wachtend\",topic=\"ontzorgen-inhouding\"}")).isEqualTo(1);
        assertThat(verschil(voor, na, "regie_partnertaken{" + z + ",toestand=\"mislukt\",topic=\"ontzorgen-inhouding\"}")).isEqualTo(1);
        // the failed partner task is one incident (its copy in the main process is not counted again)
        assertThat(verschil(voor, na, "regie_incidenten{" + z + ",type=\"failedExternalTask\"}")).isEqualTo(1);
        assertThat(verschil(voor, na, "regie_jobs{" + z + ",toestand=\"mislukt\"}")).isZero();
        assertThat(na).containsKeys("regie_engine_jobs_total{uitkomst=\"geslaagd\"}", "regie_engine_jobs_total{uitkomst=\"mislukt\"}",
                "regie_gemeente_info{" + z + ",naam=\"Zoetermeer\",regio=\"geen\"}");
        assertThat(na.get("regie_engine_jobs_total{uitkomst=\"geslaagd\"}")).isGreaterThan(voor.get("regie_engine_jobs_total{uitkomst=\"geslaagd\"}"));
        // labels carry codes only: no dossiernummer, no name
        String tekst = Http.als(poort, MONITORING.id()).metKop("Accept", "text/plain").get("/actuator/prometheus").body();
        assertThat(tekst).doesNotContain(a.getDossiernummer(), "Inburgeraar", "INB-");
    }

    @Test
    void niemandAndersLeestDeMetrics() {
        for (String pad : List.of("/actuator/prometheus", "/actuator/health", "/actuator")) {
            assertThat(Http.anoniem(poort).get(pad).status()).as(pad).isEqualTo(401);
            assertThat(Http.als(poort, MONITORING.id(), "fout-wachtwoord").get(pad).status()).as(pad).isEqualTo(401);
            for (TestGegevens.TestGebruiker ander : List.of(TestGegevens.PB, TestGegevens.TL_ZOETERMEER, TestGegevens.FB,
                    TestGegevens.COA, TestGegevens.VLUCHTELINGENWERK)) {
                assertThat(Http.als(poort, ander.id()).metKop("Accept", "text/plain").get(pad).status()).as(ander.id() + " " + pad).isEqualTo(403);
            }
            assertThat(Http.als(poort, "admin", "admin-test").metKop("Accept", "text/plain").get(pad).status()).as("camunda-admin " + pad).isEqualTo(403);
        }
        Http.Antwoord gezondheid = Http.als(poort, MONITORING.id()).get("/actuator/health");
        assertThat(gezondheid.status()).isEqualTo(200);
        assertThat(gezondheid.body()).contains("\"UP\"");
        // only health and prometheus are exposed
        assertThat(Http.als(poort, MONITORING.id()).get("/actuator/env").status()).isEqualTo(404);
        assertThat(Http.als(poort, MONITORING.id()).get("/actuator/beans").status()).isEqualTo(404);
    }

    @Test
    void hetMonitoringaccountKomtNergensAnders() {
        Http monitoring = Http.als(poort, MONITORING.id());
        assertThat(monitoring.get("/engine-rest/task").status()).isEqualTo(403);
        assertThat(monitoring.get("/engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(monitoring.get("/engine-rest/metrics/job-successful/sum").status()).isEqualTo(403);
        assertThat(monitoring.get("/api/dossiers/INB-2026-000001").status()).isEqualTo(403);
        assertThat(monitoring.post("/partner-api/external-task/fetchAndLock", "{\"workerId\":\"m\",\"maxTasks\":1,\"topics\":[]}").status())
                .isIn(401, 403);
        for (String app : List.of("cockpit", "tasklist", "admin", "welcome")) {
            Aanval.WebappSessie sessie = Aanval.WebappSessie.aanmelden(poort, app, MONITORING.id(), MONITORING.id());
            assertThat(sessie.loginStatus()).as(app).isEqualTo(403);
            assertThat(sessie.get("/camunda/api/engine/engine/default/process-definition/count").status()).as(app).isIn(401, 403);
        }
        // the group holds no engine authorization at all
        assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn(Rollen.MONITORING).count()).isZero();
    }
}
