package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Every role × every resource × own and other gemeente, allowed or refused as designed. "Own" is a Hoorn dossier
 * (the users below serve Hoorn); "other" is a Stichtse Vecht dossier, which none of them serves.
 */
class AutorisatieMatrixTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired AuthorizationService authorizationService;

    static final TestGegevens.TestGebruiker IC = new TestGegevens.TestGebruiker("ic.matrix", "inkomensconsulent", List.of("GM0441"));
    static final TestGegevens.TestGebruiker HH = new TestGegevens.TestGebruiker("hh.matrix", "handhaving", List.of("GM0441"));

    /** Expected per user: API read own/other, tasks own/other, process instances own/other, apps. */
    private record Rij(TestGegevens.TestGebruiker wie, int apiEigen, int apiAnder, int takenEigen, int instantiesEigen,
                       boolean tasklist, boolean cockpit, boolean admin, int voltooienEigen) {
    }

    private long aantal(Http.Antwoord antwoord) {
        return antwoord.status() == 200 ? antwoord.json().size() : -antwoord.status();
    }

    private boolean mag(String gebruiker, String app) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList();
        return authorizationService.isUserAuthorized(gebruiker, groepen, Permissions.ACCESS, Resources.APPLICATION, app);
    }

    @TestFactory
    Stream<DynamicTest> elkeRolZietEnDoetAlleenWatZijMag() {
        TestGegevens.zorgVoor(identityService, IC);
        TestGegevens.zorgVoor(identityService, HH);
        Dossier eigen = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        Dossier ander = open("1904", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        List<Rij> rijen = List.of(
                new Rij(TestGegevens.CM_HOORN, 200, 404, 1, 0, true, false, false, 204),
                new Rij(TestGegevens.TL_WESTFRIESLAND, 200, 404, 0, 0, true, false, false, 403),
                new Rij(IC, 200, 404, 0, 0, true, false, false, 403),
                new Rij(HH, 200, 404, 0, 0, true, false, false, 403),
                new Rij(TestGegevens.PB, 200, 404, 1, 1, true, true, false, 403),
                new Rij(TestGegevens.TAALSCHOOL_WESTFRIESLAND, 403, 403, -403, -403, false, false, false, 403),
                new Rij(TestGegevens.COA, 200, 200, 0, 0, false, false, false, 403));

        List<DynamicTest> tests = new ArrayList<>();
        for (Rij rij : rijen) {
            Http als = Http.als(poort, rij.wie().id());
            String wie = rij.wie().id() + " (" + rij.wie().rol() + ")";
            tests.add(DynamicTest.dynamicTest(wie + ": ons API, eigen en andere gemeente", () -> {
                assertThat(als.get("/api/dossiers/" + eigen.getDossiernummer()).status()).isEqualTo(rij.apiEigen());
                assertThat(als.get("/api/dossiers/" + ander.getDossiernummer()).status()).isEqualTo(rij.apiAnder());
            }));
            tests.add(DynamicTest.dynamicTest(wie + ": taken in de Tasklist / engine REST", () -> {
                assertThat(aantal(als.get("/engine-rest/task?maxResults=20&processInstanceBusinessKey=" + eigen.getDossiernummer())))
                        .isEqualTo(rij.takenEigen());
                assertThat(aantal(als.get("/engine-rest/task?maxResults=20&processInstanceBusinessKey=" + ander.getDossiernummer())))
                        .isEqualTo(rij.takenEigen() < 0 ? rij.takenEigen() : 0);
            }));
            tests.add(DynamicTest.dynamicTest(wie + ": procesinstanties (Cockpit)", () -> {
                assertThat(aantal(als.get("/engine-rest/process-instance?maxResults=20&processDefinitionKey=inburgering&businessKey="
                        + eigen.getDossiernummer()))).isEqualTo(rij.instantiesEigen());
                assertThat(aantal(als.get("/engine-rest/process-instance?maxResults=20&processDefinitionKey=inburgering&businessKey="
                        + ander.getDossiernummer()))).isEqualTo(rij.instantiesEigen() < 0 ? rij.instantiesEigen() : 0);
            }));
            tests.add(DynamicTest.dynamicTest(wie + ": Tasklist, Cockpit en Admin", () -> {
                assertThat(mag(rij.wie().id(), "tasklist")).isEqualTo(rij.tasklist());
                assertThat(mag(rij.wie().id(), "cockpit")).isEqualTo(rij.cockpit());
                assertThat(mag(rij.wie().id(), "admin")).isEqualTo(rij.admin());
            }));
            tests.add(DynamicTest.dynamicTest(wie + ": externe taken van de begeleiding", () -> {
                Http.Antwoord ophalen = als.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "matrix",
                        "maxTasks", 5, "topics", List.of(Map.of("topicName", "mb-uitvoering", "lockDuration", 1,
                                "businessKey", eigen.getDossiernummer()))));
                // a partner of another topic, and every member of staff: partner work is not theirs
                assertThat(ophalen.status()).isEqualTo(403);
            }));
        }
        tests.add(DynamicTest.dynamicTest("vluchtelingenwerk haalt de eigen taak op; niet die van een andere gemeente", () -> {
            Http partner = Http.als(poort, TestGegevens.VLUCHTELINGENWERK.id());
            for (Dossier d : List.of(eigen, ander)) {
                Http.Antwoord ophalen = partner.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "vw-1",
                        "maxTasks", 5, "topics", List.of(Map.of("topicName", "mb-uitvoering", "lockDuration", 1,
                                "businessKey", d.getDossiernummer()))));
                assertThat(ophalen.json().size()).as(d.getGemeente()).isEqualTo(d == eigen ? 1 : 0);
            }
        }));
        tests.add(DynamicTest.dynamicTest("admin: Admin, maar geen dossiers", () -> {
            assertThat(mag("admin", "admin")).isTrue();
            assertThat(Http.als(poort, "admin", "admin-test").get("/api/dossiers/" + eigen.getDossiernummer()).status()).isEqualTo(403);
        }));
        // last: completing the casemanager's task, by every role (only the casemanager succeeds)
        for (Rij rij : rijen) {
            tests.add(DynamicTest.dynamicTest(rij.wie().id() + ": de oproeptaak voltooien", () -> {
                var taak = taak(eigen, "Task_OproepVersturen");
                if (taak == null) {
                    return; // already completed by the casemanager's row
                }
                Http.Antwoord voltooid = Http.als(poort, rij.wie().id()).post("/engine-rest/task/" + taak.getId() + "/complete",
                        Map.of("variables", Map.of("oproepDatum", Map.of("value", VANDAAG.plusDays(3).toString()),
                                "oproepLocatie", Map.of("value", "Stadhuis"))));
                assertThat(voltooid.status()).as(voltooid.body()).isEqualTo(rij.voltooienEigen());
            }));
        }
        return tests.stream();
    }
}
