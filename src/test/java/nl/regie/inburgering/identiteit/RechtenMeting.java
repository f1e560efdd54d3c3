package nl.regie.inburgering.identiteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A measurement, not a test of the suite (its name does not end in "Test", so {@code mvn verify} skips it): the
 * casemanager's "Mijn gemeenten" filter at national scale. Fills the database up to {@code regie.meting.dossiers}
 * open dossiers (default 10,000, spread over ten gemeenten, each waiting at the casemanager's first task), then times
 * the filter's first page and its count as {@code cm.hoorn} through the engine's filter service — authorizations and
 * tenant check on, as Tasklist runs it — against the very same filter for the same user with the engine's
 * authorization check off (the bare engine's cost of this query on this database), 50 times each after a warm-up. Prints p50/p95/p99 and the ratio, and writes them to
 * {@code target/meting-mijn-gemeenten.txt}. Run on PostgreSQL:
 * <pre>mvn test -Dtest=RechtenMeting -Dregie.test.database=postgres -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class RechtenMeting extends ProcesTestBasis {

    private static final List<String> GEMEENTEN = List.of("0441", "0498", "0388", "1598", "0420", "0432", "0532", "0439",
            "0637", "1904");
    private static final int HERHALINGEN = 50;

    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;

    @Test
    void mijnGemeentenBijTienduizendDossiers() throws IOException {
        int doel = Integer.getInteger("regie.meting.dossiers", 10_000);
        long autorisatiesVoor = authorizationService.createAuthorizationQuery().count();
        long open = taskService.createTaskQuery().taskDefinitionKey("Task_OproepVersturen").count();
        // four clients at a time, as COA's koppeling and the casemanagers would open them
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> geopend = new ArrayList<>();
        for (long i = open; i < doel; i++) {
            String gemeente = GEMEENTEN.get((int) (i % GEMEENTEN.size()));
            geopend.add(clients.submit(() -> openStatushouder(gemeente)));
        }
        for (java.util.concurrent.Future<?> f : geopend) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }
        clients.shutdown();
        long taken = taskService.createTaskQuery().count();
        long autorisaties = authorizationService.createAuthorizationQuery().count();
        long taakAutorisaties = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).list().stream()
                .filter(a -> !"*".equals(a.getResourceId())).count();
        String filter = filterService.createFilterQuery().filterName(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN)
                .singleResult().getId();

        List<Long> lijst = meet(() -> als(TestGegevens.CM_HOORN, () -> filterService.<Task>listPage(filter, 0, 15)));
        List<Long> telling = meet(() -> als(TestGegevens.CM_HOORN, () -> filterService.count(filter)));
        // the anchor: the very same filter for the very same user, with the engine's authorization check switched
        // off (tenant check on): what the bare engine costs for this query on this database
        var configuratie = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration();
        List<Long> kaalLijst = zonderAutorisatie(configuratie,
                () -> meet(() -> als(TestGegevens.CM_HOORN, () -> filterService.<Task>listPage(filter, 0, 15))));
        List<Long> kaalTelling = zonderAutorisatie(configuratie,
                () -> meet(() -> als(TestGegevens.CM_HOORN, () -> filterService.count(filter))));
        // the same tasks: the filter shows exactly what the bare query finds for the casemanager's gemeente
        assertThat(als(TestGegevens.CM_HOORN, () -> filterService.count(filter)))
                .isEqualTo(taskService.createTaskQuery().taskCandidateGroupIn(List.of(Rollen.CASEMANAGER))
                        .includeAssignedTasks().tenantIdIn("GM0441").count());

        StringBuilder uit = new StringBuilder();
        uit.append("# Mijn gemeenten (casemanager cm.hoorn, GM0441) — ").append(java.time.Instant.now()).append('\n');
        uit.append("# machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / (1024 * 1024 * 1024)).append(" GiB; database: ")
                .append(System.getProperty("regie.test.database", "h2")).append('\n');
        uit.append(String.format("open dossiers %d, open tasks %d, authorization rows %d before and %d after (of which for one task: %d)%n",
                doel, taken, autorisatiesVoor, autorisaties, taakAutorisaties));
        uit.append(String.format("%-34s %8s %8s %8s %8s%n", "call (" + HERHALINGEN + " runs, ms)", "p50", "p95", "p99", "ratio p50"));
        regel(uit, "filter list, first 15 (as cm.hoorn)", lijst, kaalLijst);
        regel(uit, "same, authorization check off", kaalLijst, kaalLijst);
        regel(uit, "filter count (as cm.hoorn)", telling, kaalTelling);
        regel(uit, "same, authorization check off", kaalTelling, kaalTelling);
        System.out.println(uit);
        Files.writeString(Path.of("target", "meting-mijn-gemeenten.txt"), uit.toString());
        assertThat(taakAutorisaties).as("no authorization row per task").isZero();
    }

    private static <T> T zonderAutorisatie(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuratie,
                                           Supplier<T> meting) {
        configuratie.setAuthorizationEnabled(false);
        try {
            return meting.get();
        } finally {
            configuratie.setAuthorizationEnabled(true);
        }
    }

    private static List<Long> meet(Supplier<?> oproep) {
        for (int i = 0; i < 5; i++) {
            oproep.get();
        }
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < HERHALINGEN; i++) {
            long start = System.nanoTime();
            oproep.get();
            tijden.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(tijden);
        return tijden;
    }

    private static double p(List<Long> tijden, double fractie) {
        return tijden.get(Math.min(tijden.size() - 1, (int) Math.ceil(fractie * tijden.size()) - 1)) / 1000.0;
    }

    private static void regel(StringBuilder uit, String naam, List<Long> tijden, List<Long> kaal) {
        uit.append(String.format("%-34s %8.1f %8.1f %8.1f %8.2f%n", naam, p(tijden, 0.5), p(tijden, 0.95), p(tijden, 0.99),
                p(tijden, 0.5) / p(kaal, 0.5)));
    }
}
