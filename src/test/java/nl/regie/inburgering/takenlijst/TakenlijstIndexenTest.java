package nl.regie.inburgering.takenlijst;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.identiteit.IdentiteitInrichting;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The task index for the Tasklist's filters ({@link TakenlijstIndexen}) is there after the start, on H2 and
 * PostgreSQL (there with the statistics on the authorization table), a second creation changes nothing, and "Termijn verloopt binnen 14 dagen" still shows a user exactly
 * the tasks of their own gemeenten that fall due within two weeks in the processes their role may read — no task of
 * another gemeente, none due later, none without a due date.
 */
class TakenlijstIndexenTest extends ProcesTestBasis {

    @Autowired JdbcTemplate jdbc;
    @Autowired nl.regie.inburgering.engine.MotorSchemaAanvullingen schema;
    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;

    @Test
    void deIndexStaatErNaDeStartEnEenTweedeKeerVeranderNiets() {
        assertThat(indexKolommen()).containsExactly("TENANT_ID_", "DUE_DATE_");
        assertThat(schema.voerUit()).as("a second time: nothing fails").isZero();
        assertThat(indexKolommen()).containsExactly("TENANT_ID_", "DUE_DATE_");
        if (postgres()) {
            assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where lower(stxname) = lower(?)",
                    Long.class, TakenlijstIndexen.STATISTIEK)).isEqualTo(1);
        }
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    @Test
    void termijnVerlooptToontPreciesDeEigenGemeentenEnDeVervaldatumBinnenTweeWeken() {
        String reeks = "TERMIJN-" + Long.toString(System.nanoTime(), 36) + "-";
        long nu = ClockUtil.getCurrentTime().getTime();
        long dag = 24L * 3600 * 1000;
        List<String> hoornBinnen = new ArrayList<>();
        List<String> andere = new ArrayList<>();
        int i = 0;
        for (String gemeente : List.of("GM0441", "GM0637")) {
            for (long over : new long[] {-3, 1, 13, 15, 40, Long.MIN_VALUE}) {
                String sleutel = reeks + gemeente + "-" + i++;
                String instantie = runtimeService.startProcessInstanceByKey("map", sleutel,
                        Map.of("gemeente", gemeente, "dossiernummer", sleutel, "leerroute", "B1")).getId();
                Task taak = taskService.createTaskQuery().processInstanceId(instantie).singleResult();
                taak.setDueDate(over == Long.MIN_VALUE ? null : new Date(nu + over * dag));
                taskService.saveTask(taak); // as the application: a user never changes a due date
                (gemeente.equals("GM0441") && over != Long.MIN_VALUE && over < 14 ? hoornBinnen : andere).add(taak.getId());
            }
        }
        String termijn = filterService.createFilterQuery().filterName(IdentiteitInrichting.FILTER_TERMIJN_VERLOOPT).singleResult().getId();
        var dezeReeks = taskService.createTaskQuery().processInstanceBusinessKeyLike(reeks + "%");

        List<Task> voorCasemanager = als(TestGegevens.CM_HOORN, () -> filterService.listPage(termijn, dezeReeks, 0, 2000));
        assertThat(ids(voorCasemanager)).isEqualTo(Set.copyOf(hoornBinnen)).doesNotContainAnyElementsOf(andere);
        assertThat(als(TestGegevens.CM_HOORN, () -> filterService.count(termijn, dezeReeks))).isEqualTo(hoornBinnen.size());
        // first due on top
        assertThat(voorCasemanager).extracting(Task::getDueDate).isSorted();

        // the whole filter, against an independent query as the application: own gemeente, due within two weeks, in
        // the processes the casemanager may read tasks of
        Set<String> leesbaar = authorizationService.createAuthorizationQuery().groupIdIn(Rollen.CASEMANAGER)
                .resourceType(Resources.PROCESS_DEFINITION).list().stream()
                .filter(a -> a.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK))
                .map(a -> a.getResourceId()).collect(Collectors.toSet());
        Set<String> verwacht = ids(taskService.createTaskQuery().tenantIdIn("GM0441")
                .dueBefore(new Date(nu + 14 * dag)).processDefinitionKeyIn(leesbaar.toArray(String[]::new)).listPage(0, 2000));
        assertThat(ids(als(TestGegevens.CM_HOORN, () -> filterService.listPage(termijn, 0, 2000)))).isEqualTo(verwacht)
                .containsAll(hoornBinnen);
    }

    private List<String> indexKolommen() {
        return jdbc.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            List<String> kolommen = new ArrayList<>();
            for (String tabel : List.of("ACT_RU_TASK", "act_ru_task")) {
                try (ResultSet rs = meta.getIndexInfo(null, null, tabel, false, false)) {
                    while (rs.next()) {
                        if (TakenlijstIndexen.INDEX.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                            kolommen.add(rs.getShort("ORDINAL_POSITION") - 1, rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
            return kolommen;
        });
    }

    private static Set<String> ids(List<Task> taken) {
        return taken.stream().map(Task::getId).collect(Collectors.toSet());
    }
}
