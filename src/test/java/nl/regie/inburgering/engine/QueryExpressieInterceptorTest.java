package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.identiteit.IdentiteitInrichting;
import nl.regie.inburgering.test.Expressiespoor;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * CVE-2026-109432 through the Java API, where every entry point ends: no expression in any task query except our own
 * filters' stored ones. The payload writes a system property when evaluated, so a refusal that comes after the
 * evaluation would show.
 */
class QueryExpressieInterceptorTest extends ProcesTestBasis {

    @Autowired JdbcTemplate jdbc;
    @Autowired FilterService filterService;

    private final Expressiespoor expressie = Expressiespoor.nieuw();
    private final String spoor = expressie.spoor();
    private final String aanval = expressie.aanval();

    @AfterEach
    void opruimen() {
        expressie.wis();
    }

    @Test
    void deAanvalZouWerkenAlsDeEngineHemEvalueerde() {
        // the canary: the same payload, evaluated as the engine evaluates query expressions, leaves its trace
        var configuratie = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        configuratie.getCommandExecutorTxRequired().execute(context ->
                configuratie.getExpressionManager().createExpression(aanval).getValue(null));
        assertThat(System.getProperty(spoor)).isEqualTo("uitgevoerd");
    }

    @Test
    void eenAdHocQueryMetExpressieWordtGeweigerdOokGenestEnOokVoorDeApplicatie() {
        List<TaskQuery> queries = List.of(
                taskService.createTaskQuery().taskAssigneeExpression(aanval),
                taskService.createTaskQuery().taskAssignee("x").or().taskCandidateGroupExpression(aanval).taskName("y").endOr(),
                taskService.createTaskQuery().or().taskName("y").endOr().or().dueAfterExpression(aanval).taskName("z").endOr(),
                // an allowlisted expression is not allowed ad hoc either
                taskService.createTaskQuery().or().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER).taskName("y").endOr());
        for (TaskQuery query : queries) {
            geweigerd(query::list);
            geweigerd(query::count);
            geweigerd(() -> query.listPage(0, 10));
            geweigerd(query::singleResult);
            als(TestGegevens.CM_HOORN, () -> {
                geweigerd(() -> query.listPage(0, 10));
                geweigerd(query::count);
                return null;
            });
        }
        assertThat(System.getProperty(spoor)).isNull();
        // a query without expressions runs as usual, or-queries included
        String nr = openStatushouder("0441").getDossiernummer();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nr).or().taskAssignee("niemand")
                .taskDefinitionKey("Task_OproepVersturen").endOr().count()).isEqualTo(1);
    }

    @Test
    void eenFilterMetEenVreemdeExpressieWordtNietOpgeslagen() {
        String naam = "kwaad-" + UUID.randomUUID();
        for (TaskQuery query : List.of(
                taskService.createTaskQuery().taskAssigneeExpression(aanval),
                taskService.createTaskQuery().or().taskCandidateGroupExpression(aanval).taskName("y").endOr(),
                // an allowlisted expression for another property than its own
                taskService.createTaskQuery().taskOwnerExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER),
                // almost the allowlisted expression
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser() }"))) {
            Filter filter = filterService.newTaskFilter(naam).setOwner("admin").setQuery(query);
            geweigerd(() -> filterService.saveFilter(filter));
            Filter vanCasemanager = filterService.newTaskFilter(naam).setOwner(TestGegevens.CM_HOORN.id()).setQuery(query);
            als(TestGegevens.CM_HOORN, () -> {
                geweigerd(() -> filterService.saveFilter(vanCasemanager));
                return null;
            });
        }
        assertThat(filterService.createFilterQuery().filterName(naam).count()).isZero();

        // updating a filter to carry an expression is refused and leaves the stored query as it was
        Filter bestaand = filterService.saveFilter(filterService.newTaskFilter(naam).setOwner("admin")
                .setQuery(taskService.createTaskQuery().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER)));
        try {
            String voor = opgeslagenQuery(bestaand.getId());
            Filter gewijzigd = filterService.getFilter(bestaand.getId());
            gewijzigd.setQuery(taskService.createTaskQuery().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER)
                    .or().processInstanceBusinessKeyExpression(aanval).taskName("y").endOr());
            geweigerd(() -> filterService.saveFilter(gewijzigd));
            assertThat(opgeslagenQuery(bestaand.getId())).isEqualTo(voor);
        } finally {
            filterService.deleteFilter(bestaand.getId());
        }
        assertThat(System.getProperty(spoor)).isNull();
    }

    @Test
    void eenFilterMetEenExpressieUitDeLijstWordtOpgeslagenEnUitgevoerd() {
        Filter filter = filterService.saveFilter(filterService.newTaskFilter("toegestaan-" + UUID.randomUUID()).setOwner("admin")
                .setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression(ToegestaneQueryExpressies.GROEPEN_VAN_HUIDIGE_GEBRUIKER)
                        .dueBeforeExpression(ToegestaneQueryExpressies.BINNEN_14_DAGEN)));
        try {
            leesbaarVoorCasemanager(filter);
            // a casemanager's task due in three days: both stored expressions are evaluated and find it
            var taak = taak(openStatushouder("0441"), "Task_OproepVersturen");
            taak.setDueDate(java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                    .plus(java.time.Duration.ofDays(3))));
            taskService.saveTask(taak);
            assertThat(als(TestGegevens.CM_HOORN, () -> filterService.<org.camunda.bpm.engine.task.Task>listPage(filter.getId(), 0, 100)))
                    .extracting(org.camunda.bpm.engine.task.Task::getId).contains(taak.getId());
        } finally {
            filterService.deleteFilter(filter.getId());
        }
    }

    @Test
    void eenAanvullendeQueryOpEenFilterDraagtGeenExpressies() {
        String filterId = filterId(IdentiteitInrichting.FILTER_MIJN_TAKEN);
        for (TaskQuery aanvullend : List.of(
                taskService.createTaskQuery().processInstanceBusinessKeyExpression(aanval),
                taskService.createTaskQuery().or().taskCandidateGroupExpression(aanval).taskName("y").endOr(),
                // the filter's own expression, sent back in the extending query, is refused as well
                taskService.createTaskQuery().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER))) {
            als(TestGegevens.CM_HOORN, () -> {
                geweigerd(() -> filterService.listPage(filterId, aanvullend, 0, 10));
                geweigerd(() -> filterService.count(filterId, aanvullend));
                geweigerd(() -> filterService.singleResult(filterId, aanvullend));
                return null;
            });
            geweigerd(() -> filterService.list(filterId, aanvullend));
        }
        assertThat(System.getProperty(spoor)).isNull();
    }

    @Test
    void eenEerderOpgeslagenFilterMetVreemdeExpressieWordtBijUitvoerenGeweigerd() {
        // a row written before this check (or by hand): the check at execution reads what is stored
        Filter filter = filterService.saveFilter(filterService.newTaskFilter("oud-" + UUID.randomUUID()).setOwner("admin")
                .setQuery(taskService.createTaskQuery().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER)));
        try {
            int rijen = jdbc.update("update ACT_RU_FILTER set QUERY_ = replace(QUERY_, ?, ?) where ID_ = ?",
                    ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER, aanval, filter.getId());
            assertThat(rijen).isEqualTo(1);
            leesbaarVoorCasemanager(filter);
            assertThat(opgeslagenQuery(filter.getId())).contains(spoor);
            geweigerd(() -> filterService.list(filter.getId()));
            geweigerd(() -> filterService.count(filter.getId()));
            geweigerd(() -> filterService.singleResult(filter.getId()));
            geweigerd(() -> filterService.listPage(filter.getId(), taskService.createTaskQuery().taskName("x"), 0, 10));
            als(TestGegevens.CM_HOORN, () -> {
                geweigerd(() -> filterService.listPage(filter.getId(), 0, 10));
                return null;
            });
        } finally {
            filterService.deleteFilter(filter.getId());
        }
        assertThat(System.getProperty(spoor)).isNull();
    }

    @Test
    void onzeDrieFiltersWerkenVoorDeCasemanager() {
        Dossier dossier = openStatushouder("0441");
        Task taak = taak(dossier, "Task_OproepVersturen");
        Date overEenWeek = Date.from(LocalDateTime.of(VANDAAG.plusDays(7), java.time.LocalTime.NOON).atZone(Tijd.ZONE).toInstant());
        taskService.setDueDate(taak.getId(), overEenWeek);
        assertThat(inFilter(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN, TestGegevens.CM_HOORN)).contains(taak.getId());
        assertThat(inFilter(IdentiteitInrichting.FILTER_TERMIJN_VERLOOPT, TestGegevens.CM_HOORN)).contains(taak.getId());
        assertThat(inFilter(IdentiteitInrichting.FILTER_MIJN_TAKEN, TestGegevens.CM_HOORN)).doesNotContain(taak.getId());
        als(TestGegevens.CM_HOORN, () -> {
            taskService.claim(taak.getId(), TestGegevens.CM_HOORN.id());
            return null;
        });
        assertThat(inFilter(IdentiteitInrichting.FILTER_MIJN_TAKEN, TestGegevens.CM_HOORN)).contains(taak.getId());
        assertThat(inFilter(IdentiteitInrichting.FILTER_MIJN_TAKEN, TestGegevens.CM_HOORN_2)).doesNotContain(taak.getId());
        // due in three weeks, the task is no longer in the filter for the next two weeks
        taskService.setDueDate(taak.getId(), Date.from(overEenWeek.toInstant().plus(java.time.Duration.ofDays(14))));
        assertThat(inFilter(IdentiteitInrichting.FILTER_TERMIJN_VERLOOPT, TestGegevens.CM_HOORN)).doesNotContain(taak.getId());
    }

    private List<String> inFilter(String naam, TestGegevens.TestGebruiker gebruiker) {
        String filterId = filterId(naam);
        return als(gebruiker, () -> filterService.<Task>listPage(filterId, 0, 2000).stream().map(Task::getId).toList());
    }

    private void leesbaarVoorCasemanager(Filter filter) {
        var lezen = processEngine.getAuthorizationService().createNewAuthorization(
                org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        lezen.setUserId(TestGegevens.CM_HOORN.id());
        lezen.setResource(org.camunda.bpm.engine.authorization.Resources.FILTER);
        lezen.setResourceId(filter.getId());
        lezen.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        processEngine.getAuthorizationService().saveAuthorization(lezen);
    }

    private String filterId(String naam) {
        return filterService.createFilterQuery().filterName(naam).singleResult().getId();
    }

    private String opgeslagenQuery(String filterId) {
        return jdbc.queryForObject("select QUERY_ from ACT_RU_FILTER where ID_ = ?", String.class, filterId);
    }

    private void geweigerd(ThrowingCallable actie) {
        assertThatThrownBy(actie).isInstanceOf(QueryExpressieGeweigerdException.class)
                .hasMessageContaining("Expressies").hasMessageNotContaining(spoor).hasMessageNotContaining("systemProperties");
    }
}
