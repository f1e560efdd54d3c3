package nl.regie.inburgering.identiteit;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.PermissionProvider;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.TaakOnderwerp;
import nl.regie.inburgering.engine.ToegestaneQueryExpressies;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Creates, idempotently at every start, what every installation needs: a tenant per configured gemeente, a group
 * per role, the engine authorizations of each role, and the shared Tasklist filters. Users and their memberships
 * are the beheerder's work in Admin (or the demo profile's).
 * <p>
 * The rights of our role groups are exactly what this class grants, and nothing else: the configured rows
 * ({@code regie.autorisaties}), READ_TASK and TASK_WORK on each process definition for the candidate groups of
 * its user tasks (read from the deployed models), and READ on the shared filters for the task roles. Any other
 * grant of a role group is revoked at start (including the per-task rows older versions wrote); Camunda's own READ
 * of a group on itself stays. {@code camunda-admin} is left alone.
 */
@Component
@EnableConfigurationProperties(AutorisatieProperties.class)
public class IdentiteitInrichting {

    private static final Logger LOG = LoggerFactory.getLogger(IdentiteitInrichting.class);

    static final Map<String, String> GROEPEN = Map.of(
            Rollen.CASEMANAGER, "Casemanager inburgering",
            Rollen.TEAMLEIDER, "Teamleider",
            Rollen.INKOMENSCONSULENT, "Inkomensconsulent",
            Rollen.HANDHAVING, "Handhaving",
            Rollen.PROCESBEHEERDER, "Procesbeheerder",
            Rollen.BEHEERDER, "Functioneel beheerder",
            Rollen.COA, "Partner: COA-koppeling",
            Rollen.DUO, "Partner: DUO-koppeling",
            Rollen.PARTNER, "Partners: taalaanbieders, PVT/MAP, begeleiding, inkomenssysteem",
            // metrics (issue 14); note: Map.of takes at most ten pairs, this is the tenth
            Rollen.MONITORING, "Monitoring: alleen /actuator (Prometheus)");

    public static final String FILTER_MIJN_GEMEENTEN = "Mijn gemeenten";
    public static final String FILTER_MIJN_TAKEN = "Mijn taken";
    public static final String FILTER_TERMIJN_VERLOOPT = "Termijn verloopt binnen 14 dagen";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final Gemeenten gemeenten;
    private final AutorisatieProperties autorisaties;
    private final PermissionProvider permissies;
    private final JdbcTemplate jdbc;
    private final String tabelPrefix;

    public IdentiteitInrichting(IdentityService identityService, AuthorizationService authorizationService,
                                FilterService filterService, TaskService taskService, RepositoryService repositoryService,
                                Gemeenten gemeenten, AutorisatieProperties autorisaties,
                                ProcessEngineConfigurationImpl configuratie, JdbcTemplate jdbc) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.gemeenten = gemeenten;
        this.autorisaties = autorisaties;
        this.permissies = configuratie.getPermissionProvider();
        this.jdbc = jdbc;
        this.tabelPrefix = configuratie.getDatabaseTablePrefix() == null ? "" : configuratie.getDatabaseTablePrefix();
    }

    /** One grant: a group's exact permissions on one resource. */
    record Toekenning(String groep, Resource resource, String id, Set<Permission> rechten) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void richIn() {
        for (Gemeente gemeente : gemeenten.alle()) {
            if (identityService.createTenantQuery().tenantId(gemeente.tenantId()).count() == 0) {
                Tenant tenant = identityService.newTenant(gemeente.tenantId());
                tenant.setName(gemeente.naam());
                identityService.saveTenant(tenant);
            }
        }
        GROEPEN.forEach((id, naam) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group groep = identityService.newGroup(id);
                groep.setName(naam);
                groep.setType(Rollen.KOPPELINGEN.contains(id) ? "PARTNER"
                        : Rollen.BEHEERDER.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
                identityService.saveGroup(groep);
            }
        });
        int ingetrokken = trekTaakAutorisatiesIn();
        if (ingetrokken > 0) {
            LOG.info("{} autorisaties per taak ingetrokken (rechten gelden per rol en gemeente)", ingetrokken);
        }
        List<Toekenning> toekenningen = new ArrayList<>(geconfigureerd());
        toekenningen.addAll(taakrechtenUitDeModellen());
        // Stored expressions come only from the allowlist (engine/QueryExpressieInterceptor refuses any other).
        toekenningen.addAll(filter(FILTER_MIJN_TAKEN, -10, "Taken die u heeft geclaimd",
                taskService.createTaskQuery().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER).orderByDueDate().asc()));
        toekenningen.addAll(filter(FILTER_MIJN_GEMEENTEN, -5, "Alle taken van uw rol in de gemeenten die u bedient, de eerst vervallende bovenaan",
                taskService.createTaskQuery().taskCandidateGroupInExpression(ToegestaneQueryExpressies.GROEPEN_VAN_HUIDIGE_GEBRUIKER).includeAssignedTasks()
                        .orderByDueDate().asc()));
        toekenningen.addAll(filter(FILTER_TERMIJN_VERLOOPT, 0, "Taken waarvan de vervaldatum binnen twee weken valt",
                taskService.createTaskQuery().dueBeforeExpression(ToegestaneQueryExpressies.BINNEN_14_DAGEN).orderByDueDate().asc()));
        synchroniseer(toekenningen);
        verzekerBeheerder();
    }

    /**
     * CVE-2026-77226: Admin's setup endpoint creates an administrator for anyone while camunda-admin has no direct
     * member. The endpoint is closed (web/AdminSetupAfgeslotenFilter), and an installation without one does not start.
     */
    void verzekerBeheerder() {
        if (identityService.createUserQuery().memberOfGroup(Rollen.NOODBEHEERDER).count() == 0) {
            throw new IllegalStateException("De groep " + Rollen.NOODBEHEERDER + " heeft geen direct lid: stel camunda.bpm.admin-user "
                    + "in (id en wachtwoord, bijvoorbeeld via REGIE_ADMIN_PASSWORD).");
        }
    }

    /**
     * Deletes, in one statement, the authorization rows of single tasks that Camunda's default provider wrote for
     * candidate groups, assignees and owners (databases from before {@link GeenTaakAutorisaties}).
     */
    int trekTaakAutorisatiesIn() {
        List<String> groepen = List.copyOf(GROEPEN.keySet());
        String plaatsen = groepen.stream().map(g -> "?").collect(Collectors.joining(", "));
        return jdbc.update("DELETE FROM " + tabelPrefix + "ACT_RU_AUTHORIZATION WHERE TYPE_ = " + AUTH_TYPE_GRANT
                + " AND RESOURCE_TYPE_ IN (" + Resources.TASK.resourceType() + ", " + Resources.HISTORIC_TASK.resourceType() + ")"
                + " AND RESOURCE_ID_ <> '*' AND (USER_ID_ IS NOT NULL OR GROUP_ID_ IN (" + plaatsen + "))", groepen.toArray());
    }

    private List<Toekenning> geconfigureerd() {
        return autorisaties.getAutorisaties().stream().map(a -> {
            if (Rollen.KOPPELINGEN.contains(a.getGroep())) {
                throw new IllegalStateException("regie.autorisaties: koppeling " + a.getGroep()
                        + " krijgt geen engine-rechten; partners werken via /partner-api, COA en DUO via /api.");
            }
            Resource resource = Resources.valueOf(a.getResource());
            return new Toekenning(a.getGroep(), resource, a.getId(), a.getRechten().stream()
                    .map(recht -> permissies.getPermissionForName(recht, resource.resourceType()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }).toList();
    }

    /** READ_TASK and TASK_WORK on each process definition for the roles its user tasks name as candidate groups. */
    private List<Toekenning> taakrechtenUitDeModellen() {
        Map<String, Set<String>> rollenPerProces = new LinkedHashMap<>();
        // the latest version of each process and every older version that still runs (an open task of an older
        // version keeps its role's rights), not every version ever deployed: each one read is a model parse
        Map<String, ProcessDefinition> teLezen = new LinkedHashMap<>();
        repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(d -> teLezen.put(d.getId(), d));
        List<String> lopend = jdbc.queryForList("SELECT DISTINCT PROC_DEF_ID_ FROM " + tabelPrefix + "ACT_RU_EXECUTION", String.class);
        lopend.stream().filter(id -> id != null && !teLezen.containsKey(id)).forEach(id -> {
            ProcessDefinition oud = repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
            if (oud != null) {
                teLezen.put(id, oud);
            }
        });
        for (ProcessDefinition definitie : teLezen.values()) {
            for (UserTask taak : repositoryService.getBpmnModelInstance(definitie.getId()).getModelElementsByType(UserTask.class)) {
                String groepen = taak.getCamundaCandidateGroups();
                if (groepen == null) {
                    continue;
                }
                Arrays.stream(groepen.split(",")).map(String::trim).filter(Rollen.TAAKROLLEN::contains)
                        .forEach(rol -> rollenPerProces.computeIfAbsent(definitie.getKey(), k -> new LinkedHashSet<>()).add(rol));
            }
        }
        List<Toekenning> toekenningen = new ArrayList<>();
        rollenPerProces.forEach((proces, rollen) -> rollen.forEach(rol -> toekenningen.add(new Toekenning(rol,
                Resources.PROCESS_DEFINITION, proces, Set.of(ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK)))));
        return toekenningen;
    }

    /** Creates the filter or brings its query and properties up to date; READ for every task role. */
    private List<Toekenning> filter(String naam, int prioriteit, String omschrijving, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(naam).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(naam);
            filter.setOwner("admin");
        }
        filter.setQuery(query);
        // variables: Tasklist shows these on every task in the list (engine/TaakOnderwerp puts them on every task)
        filter.setProperties(Map.of("priority", prioriteit, "description", omschrijving, "refresh", true,
                "variables", TaakOnderwerp.FILTER_VARIABELEN));
        filterService.saveFilter(filter);
        String id = filter.getId();
        return Rollen.TAAKROLLEN.stream().map(rol -> new Toekenning(rol, Resources.FILTER, id, Set.of(Permissions.READ))).toList();
    }

    /** Makes the role groups' grants exactly the given ones. */
    private void synchroniseer(List<Toekenning> toekenningen) {
        Map<String, Map<String, Toekenning>> gewenst = new HashMap<>();
        for (Toekenning t : toekenningen) {
            gewenst.computeIfAbsent(t.groep(), g -> new LinkedHashMap<>()).merge(sleutel(t.resource().resourceType(), t.id()), t,
                    (a, b) -> new Toekenning(a.groep(), a.resource(), a.id(), samen(a.rechten(), b.rechten())));
        }
        for (String groep : GROEPEN.keySet()) {
            Map<String, Toekenning> teDoen = new LinkedHashMap<>(gewenst.getOrDefault(groep, Map.of()));
            boolean koppeling = Rollen.KOPPELINGEN.contains(groep);
            for (Authorization bestaand : authorizationService.createAuthorizationQuery().groupIdIn(groep).list()) {
                if (koppeling) {
                    // koppelingen (partner, COA, DUO) hold no engine authorization at all, not even on their own group
                    authorizationService.deleteAuthorization(bestaand.getId());
                    continue;
                }
                if (bestaand.getAuthorizationType() != AUTH_TYPE_GRANT) {
                    continue;
                }
                Toekenning t = teDoen.remove(sleutel(bestaand.getResourceType(), bestaand.getResourceId()));
                if (t != null) {
                    zetRechten(bestaand, t);
                } else if (!(bestaand.getResourceType() == Resources.GROUP.resourceType() && groep.equals(bestaand.getResourceId()))) {
                    authorizationService.deleteAuthorization(bestaand.getId());
                }
            }
            for (Toekenning t : teDoen.values()) {
                Authorization nieuw = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                nieuw.setGroupId(groep);
                nieuw.setResource(t.resource());
                nieuw.setResourceId(t.id());
                nieuw.setPermissions(t.rechten().toArray(Permission[]::new));
                authorizationService.saveAuthorization(nieuw);
            }
        }
    }

    private void zetRechten(Authorization autorisatie, Toekenning t) {
        Set<String> nu = namen(Arrays.asList(autorisatie.getPermissions(permissies.getPermissionsForResource(t.resource().resourceType()))));
        if (!nu.equals(namen(t.rechten()))) {
            autorisatie.setPermissions(t.rechten().toArray(Permission[]::new));
            authorizationService.saveAuthorization(autorisatie);
        }
    }

    private static Set<String> namen(java.util.Collection<Permission> rechten) {
        return rechten.stream().map(Permission::getName).filter(n -> !"NONE".equals(n) && !"ALL".equals(n)).collect(Collectors.toSet());
    }

    private static Set<Permission> samen(Set<Permission> a, Set<Permission> b) {
        Set<Permission> samen = new LinkedHashSet<>(a);
        samen.addAll(b);
        return samen;
    }

    private static String sleutel(int resourceType, String id) {
        return resourceType + "/" + id;
    }
}
