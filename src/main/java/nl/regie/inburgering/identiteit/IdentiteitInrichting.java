package nl.regie.inburgering.identiteit;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Creates, idempotently at every start, what every installation needs: a tenant per configured gemeente, a group
 * per role, the engine authorizations of each role, and the shared Tasklist filters. Users and their memberships
 * are the beheerder's work in Admin (or the demo profile's).
 */
@Component
public class IdentiteitInrichting {

    static final Map<String, String> GROEPEN = Map.of(
            Rollen.CASEMANAGER, "Casemanager inburgering",
            Rollen.TEAMLEIDER, "Teamleider",
            Rollen.INKOMENSCONSULENT, "Inkomensconsulent",
            Rollen.HANDHAVING, "Handhaving",
            Rollen.PROCESBEHEERDER, "Procesbeheerder",
            Rollen.COA, "Partner: COA-koppeling",
            Rollen.DUO, "Partner: DUO-koppeling",
            Rollen.PARTNER, "Partners: taalaanbieders, PVT/MAP, begeleiding, inkomenssysteem");

    public static final String FILTER_WERKVOORRAAD = "Werkvoorraad (op vervaldatum)";
    public static final String FILTER_MIJN_TAKEN = "Mijn taken";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final Gemeenten gemeenten;

    public IdentiteitInrichting(IdentityService identityService, AuthorizationService authorizationService,
                                FilterService filterService, TaskService taskService, Gemeenten gemeenten) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.gemeenten = gemeenten;
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
                groep.setType(List.of(Rollen.COA, Rollen.DUO, Rollen.PARTNER).contains(id) ? "PARTNER" : Groups.GROUP_TYPE_WORKFLOW);
                identityService.saveGroup(groep);
            }
        });
        for (String rol : Rollen.MEDEWERKERS) {
            sta(rol, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            sta(rol, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
        }
        // The procesbeheerder watches and repairs running dossiers in Cockpit (tenant checks keep it to own gemeenten).
        sta(Rollen.PROCESBEHEERDER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        sta(Rollen.PROCESBEHEERDER, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK);
        sta(Rollen.PROCESBEHEERDER, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB);
        sta(Rollen.PROCESBEHEERDER, Resources.TASK, "*", TaskPermissions.READ);
        sta(Rollen.PROCESBEHEERDER, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        sta(Rollen.PROCESBEHEERDER, Resources.DEPLOYMENT, "*", Permissions.READ);
        // Partners fetch, lock and complete external tasks of the gemeenten they serve (their tenant memberships).
        sta(Rollen.PARTNER, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
        sta(Rollen.PARTNER, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE);
        filter(FILTER_WERKVOORRAAD, -10, "Alle taken van uw rol in uw gemeenten, de eerst vervallende bovenaan",
                taskService.createTaskQuery().orderByDueDate().asc());
        filter(FILTER_MIJN_TAKEN, -5, "Taken die u heeft geclaimd",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    }

    private void filter(String naam, int prioriteit, String omschrijving, org.camunda.bpm.engine.task.TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(naam).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(naam);
            filter.setOwner("admin");
            filter.setQuery(query);
            filter.setProperties(Map.of("priority", prioriteit, "description", omschrijving, "refresh", true));
            filterService.saveFilter(filter);
        }
        for (String rol : Rollen.MEDEWERKERS) {
            sta(rol, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    private void sta(String groep, Resource resource, String resourceId, Permission... permissies) {
        Authorization autorisatie = authorizationService.createAuthorizationQuery()
                .groupIdIn(groep).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst()
                .orElseGet(() -> {
                    Authorization nieuw = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                    nieuw.setGroupId(groep);
                    nieuw.setResource(resource);
                    nieuw.setResourceId(resourceId);
                    return nieuw;
                });
        List.of(permissies).forEach(autorisatie::addPermission);
        authorizationService.saveAuthorization(autorisatie);
    }
}
