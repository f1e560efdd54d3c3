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
import nl.regie.inburgering.test.TestProfielen;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The task indexes for the Tasklist's filters ({@link TakenlijstIndexen}) are there after the start, on H2 and
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
        assertThat(indexKolommen(TakenlijstIndexen.INDEX)).containsExactly("TENANT_ID_", "DUE_DATE_");
        assertThat(indexKolommen(TakenlijstIndexen.INDEX_VERVALDATUM)).containsExactly("DUE_DATE_");
        assertThat(schema.voerUit()).as("a second time: nothing fails").isZero();
        assertThat(indexKolommen(TakenlijstIndexen.INDEX)).containsExactly("TENANT_ID_", "DUE_DATE_");
        assertThat(indexKolommen(TakenlijstIndexen.INDEX_VERVALDATUM)).containsExactly("DUE_DATE_");
        if (TestProfielen.opPostgres()) {
            assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where lower(stxname) = lower(?)",
                    Long.class, TakenlijstIndexen.STATISTIEK)).isEqualTo(1);
        }
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

    @Test
    void mijnGemeentenToontDeEersteBladzijdeInVervaldatumVolgordeAlleenVanDeEigenGemeenten() {
        String reeks = "MIJN-" + Long.toString(System.nanoTime(), 36) + "-";
        long nu = ClockUtil.getCurrentTime().getTime();
        long uur = 3600L * 1000;
        List<String> hoornOpVolgorde = new ArrayList<>();
        List<String> andere = new ArrayList<>();
        // Hoorn's due dates out of creation order (so the page cannot come out right by accident), Purmerend's earlier
        int[] uren = {17, 3, 21, 9, 1, 13, 5, 19, 11, 7, 15, 2, 20, 4, 18, 6, 16, 8, 14, 10};
        Map<Integer, String> hoornOpUur = new java.util.TreeMap<>();
        for (int i = 0; i < uren.length + 5; i++) {
            String gemeente = i < uren.length ? "GM0441" : "GM0439";
            String sleutel = reeks + i;
            String instantie = runtimeService.startProcessInstanceByKey("map", sleutel,
                    Map.of("gemeente", gemeente, "dossiernummer", sleutel, "leerroute", "B1")).getId();
            Task taak = taskService.createTaskQuery().processInstanceId(instantie).singleResult();
            long over = i < uren.length ? uren[i] : -100 - i;
            taak.setDueDate(new Date(nu + over * uur));
            taskService.saveTask(taak); // as the application: a user never changes a due date
            if (i < uren.length) {
                hoornOpUur.put(uren[i], taak.getId());
            } else {
                andere.add(taak.getId());
            }
        }
        hoornOpVolgorde.addAll(hoornOpUur.values());
        String mijn = filterService.createFilterQuery().filterName(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN).singleResult().getId();
        var dezeReeks = taskService.createTaskQuery().processInstanceBusinessKeyLike(reeks + "%");

        List<Task> eerste = als(TestGegevens.CM_HOORN, () -> filterService.listPage(mijn, dezeReeks, 0, 15));
        assertThat(eerste).extracting(Task::getId).containsExactlyElementsOf(hoornOpVolgorde.subList(0, 15))
                .doesNotContainAnyElementsOf(andere);
        List<Task> tweede = als(TestGegevens.CM_HOORN, () -> filterService.listPage(mijn, dezeReeks, 15, 15));
        assertThat(tweede).extracting(Task::getId).containsExactlyElementsOf(hoornOpVolgorde.subList(15, 20));
        assertThat(als(TestGegevens.CM_HOORN, () -> filterService.count(mijn, dezeReeks))).isEqualTo(20);
    }

    private List<String> indexKolommen(String index) {
        return jdbc.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            List<String> kolommen = new ArrayList<>();
            for (String tabel : List.of("ACT_RU_TASK", "act_ru_task")) {
                try (ResultSet rs = meta.getIndexInfo(null, null, tabel, false, false)) {
                    while (rs.next()) {
                        if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
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
