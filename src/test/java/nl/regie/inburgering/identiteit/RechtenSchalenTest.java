package nl.regie.inburgering.identiteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Rights that scale: the number of authorization rows does not grow with the number of tasks (grants are per role
 * on the process definitions, limited by tenant), and "Mijn gemeenten" shows a user exactly the tasks of their own
 * roles in their own gemeenten. Casemanager tasks (the MAP's vrijstelling) and teamleider tasks (a route switch)
 * are created in three gemeenten, straight from the models, as the main process would call them.
 */
class RechtenSchalenTest extends ProcesTestBasis {

    private static final Logger LOG = LoggerFactory.getLogger(RechtenSchalenTest.class);
    private static final List<String> GEMEENTEN = List.of("GM0441", "GM0637", "GM0439");
    private static final int PER_GEMEENTE = 15;

    @Autowired AuthorizationService authorizationService;
    @Autowired FilterService filterService;
    @Autowired IdentiteitInrichting inrichting;

    @Test
    void autorisatiesGroeienNietMetDeTakenEnMijnGemeentenToontPreciesDeEigenRolEnGemeenten() {
        String reeks = "SCHAAL-" + Long.toString(System.nanoTime(), 36) + "-";
        long rijenVooraf = authorizationService.createAuthorizationQuery().count();

        List<String> hoornCasemanager = new ArrayList<>();
        List<String> hoornTeamleider = new ArrayList<>();
        for (String gemeente : GEMEENTEN) {
            for (int i = 0; i < PER_GEMEENTE; i++) {
                String map = runtimeService.startProcessInstanceByKey("map", reeks + gemeente + "-m" + i,
                        Map.of("gemeente", gemeente, "dossiernummer", reeks + gemeente + "-m" + i, "leerroute", "B1")).getId();
                String wissel = runtimeService.startProcessInstanceByKey("routewissel", reeks + gemeente + "-r" + i,
                        Map.of("gemeente", gemeente, "dossiernummer", reeks + gemeente + "-r" + i)).getId();
                if (gemeente.equals("GM0441")) {
                    hoornCasemanager.add(taskService.createTaskQuery().processInstanceId(map).singleResult().getId());
                    hoornTeamleider.add(taskService.createTaskQuery().processInstanceId(wissel).singleResult().getId());
                }
            }
        }
        // a claimed task stays in "Mijn gemeenten" and gets no row of its own either
        als(TestGegevens.CM_HOORN, () -> { taskService.claim(hoornCasemanager.get(0), TestGegevens.CM_HOORN.id()); return null; });

        assertThat(authorizationService.createAuthorizationQuery().count())
                .as("%d taken later", GEMEENTEN.size() * PER_GEMEENTE * 2).isEqualTo(rijenVooraf);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).list())
                .allSatisfy(a -> assertThat(a.getResourceId()).isEqualTo("*"));

        String mijnGemeenten = filterService.createFilterQuery().filterName(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN).singleResult().getId();
        var dezeReeks = taskService.createTaskQuery().processInstanceBusinessKeyLike(reeks + "%");
        long start = System.nanoTime();
        List<Task> voorCasemanager = als(TestGegevens.CM_HOORN, () -> filterService.listPage(mijnGemeenten, dezeReeks, 0, 2000));
        LOG.info("Mijn gemeenten (casemanager, {} taken in de reeks): {} ms", GEMEENTEN.size() * PER_GEMEENTE * 2,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(ids(voorCasemanager)).isEqualTo(Set.copyOf(hoornCasemanager));
        List<Task> voorTeamleider = als(TestGegevens.TL_WESTFRIESLAND, () -> filterService.listPage(mijnGemeenten, dezeReeks, 0, 2000));
        assertThat(ids(voorTeamleider)).isEqualTo(Set.copyOf(hoornTeamleider));

        // the whole filter, against an independent query as the application: own role, own gemeenten, claimed or not
        List<Task> alles = als(TestGegevens.CM_HOORN, () -> filterService.listPage(mijnGemeenten, 0, 2000));
        Set<String> verwacht = ids(taskService.createTaskQuery().tenantIdIn("GM0441").taskCandidateGroup(Rollen.CASEMANAGER)
                .includeAssignedTasks().listPage(0, 2000));
        assertThat(ids(alles)).isEqualTo(verwacht).containsAll(hoornCasemanager);
    }

    @Test
    void eenBestaandeInstallatieVerliestBijDeStartDeRijenPerTaakEnTeRuimeRechten() {
        String wissel = runtimeService.startProcessInstanceByKey("routewissel", "OUD-" + System.nanoTime(),
                Map.of("gemeente", "GM0441", "dossiernummer", "OUD")).getId();
        String taak = taskService.createTaskQuery().processInstanceId(wissel).singleResult().getId();
        // what Camunda's default provider and the previous version left behind
        Authorization groepPerTaak = grant(Resources.TASK, taak, Permissions.READ, Permissions.UPDATE);
        groepPerTaak.setGroupId(Rollen.TEAMLEIDER);
        authorizationService.saveAuthorization(groepPerTaak);
        Authorization gebruikerPerTaak = grant(Resources.TASK, taak, Permissions.READ, Permissions.UPDATE);
        gebruikerPerTaak.setUserId(TestGegevens.TL_WESTFRIESLAND.id());
        authorizationService.saveAuthorization(gebruikerPerTaak);
        Authorization procesbeheerder = authorizationService.createAuthorizationQuery().groupIdIn(Rollen.PROCESBEHEERDER)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
        procesbeheerder.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
        procesbeheerder.addPermission(ProcessDefinitionPermissions.UPDATE_TASK);
        authorizationService.saveAuthorization(procesbeheerder);
        Authorization vreemd = grant(Resources.PROCESS_INSTANCE, "*", Permissions.UPDATE);
        vreemd.setGroupId(Rollen.CASEMANAGER);
        authorizationService.saveAuthorization(vreemd);
        Filter mijnGemeenten = filterService.createFilterQuery().filterName(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN).singleResult();
        mijnGemeenten.setQuery(taskService.createTaskQuery());
        filterService.saveFilter(mijnGemeenten);

        inrichting.richIn();

        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak).count()).isZero();
        Authorization nu = authorizationService.createAuthorizationQuery().groupIdIn(Rollen.PROCESBEHEERDER)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
        assertThat(nu.isPermissionGranted(ProcessDefinitionPermissions.RETRY_JOB)).isTrue();
        assertThat(nu.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
        assertThat(nu.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
        assertThat(authorizationService.createAuthorizationQuery().authorizationId(vreemd.getId()).count()).isZero();
        var alleenDeze = taskService.createTaskQuery().processInstanceId(wissel);
        assertThat(als(TestGegevens.CM_HOORN, () -> filterService.listPage(mijnGemeenten.getId(), alleenDeze, 0, 10))).isEmpty();
        assertThat(als(TestGegevens.TL_WESTFRIESLAND, () -> filterService.listPage(mijnGemeenten.getId(), alleenDeze, 0, 10))).hasSize(1);

        // and again: nothing changes
        long rijen = authorizationService.createAuthorizationQuery().count();
        inrichting.richIn();
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(rijen);
    }

    private Authorization grant(Resources resource, String id, org.camunda.bpm.engine.authorization.Permission... rechten) {
        Authorization autorisatie = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        autorisatie.setResource(resource);
        autorisatie.setResourceId(id);
        for (var recht : rechten) {
            autorisatie.addPermission(recht);
        }
        return autorisatie;
    }

    private static Set<String> ids(List<Task> taken) {
        return taken.stream().map(Task::getId).collect(Collectors.toSet());
    }
}
