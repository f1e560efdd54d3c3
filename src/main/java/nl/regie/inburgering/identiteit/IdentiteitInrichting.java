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
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.auth.PermissionProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.ToegestaneQueryExpressies;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Creates, idempotently at every start, what every installation needs: a tenant per configured gemeente, a group
 * per role, the engine authorizations of each role ({@code regie.autorisaties}), and the shared Tasklist filters. Users and their memberships
 * are the beheerder's work in Admin (or the demo profile's).
 */
@Component
@EnableConfigurationProperties(AutorisatieProperties.class)
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

    public static final String FILTER_MIJN_GEMEENTEN = "Mijn gemeenten";
    public static final String FILTER_MIJN_TAKEN = "Mijn taken";
    public static final String FILTER_TERMIJN_VERLOOPT = "Termijn verloopt binnen 14 dagen";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final Gemeenten gemeenten;
    private final AutorisatieProperties autorisaties;
    private final PermissionProvider permissies;

    public IdentiteitInrichting(IdentityService identityService, AuthorizationService authorizationService,
                                FilterService filterService, TaskService taskService, Gemeenten gemeenten,
                                AutorisatieProperties autorisaties, ProcessEngineConfigurationImpl configuratie) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.gemeenten = gemeenten;
        this.autorisaties = autorisaties;
        this.permissies = configuratie.getPermissionProvider();
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
        for (AutorisatieProperties.Autorisatie a : autorisaties.getAutorisaties()) {
            Resource resource = Resources.valueOf(a.getResource());
            sta(a.getGroep(), resource, a.getId(), a.getRechten().stream()
                    .map(recht -> permissies.getPermissionForName(recht, resource.resourceType()))
                    .toArray(Permission[]::new));
        }
        // Stored expressions come only from the allowlist (engine/QueryExpressieInterceptor refuses any other).
        filter(FILTER_MIJN_TAKEN, -10, "Taken die u heeft geclaimd",
                taskService.createTaskQuery().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER).orderByDueDate().asc());
        filter(FILTER_MIJN_GEMEENTEN, -5, "Alle taken van uw rol in de gemeenten die u bedient, de eerst vervallende bovenaan",
                taskService.createTaskQuery().orderByDueDate().asc());
        filter(FILTER_TERMIJN_VERLOOPT, 0, "Taken waarvan de vervaldatum binnen twee weken valt",
                taskService.createTaskQuery().dueBeforeExpression(ToegestaneQueryExpressies.BINNEN_14_DAGEN).orderByDueDate().asc());
        verzekerBeheerder();
    }

    /**
     * CVE-2026-77226: Admin's setup endpoint creates an administrator for anyone while camunda-admin has no direct
     * member. The endpoint is closed (web/AdminSetupAfgeslotenFilter), and an installation without one does not start.
     */
    void verzekerBeheerder() {
        if (identityService.createUserQuery().memberOfGroup(Rollen.BEHEERDER).count() == 0) {
            throw new IllegalStateException("De groep " + Rollen.BEHEERDER + " heeft geen direct lid: stel camunda.bpm.admin-user "
                    + "in (id en wachtwoord, bijvoorbeeld via REGIE_ADMIN_PASSWORD).");
        }
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
