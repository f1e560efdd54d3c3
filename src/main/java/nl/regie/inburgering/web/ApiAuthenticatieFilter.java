package nl.regie.inburgering.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.identiteit.Rollen;

/**
 * Authentication of our own API ({@code /api/*}) against the engine's identity service, in one of two ways:
 * <ul>
 *   <li>HTTP Basic (integrations, scripts): the password is checked by the identity service;</li>
 *   <li>the Camunda webapp session (our Tasklist/Cockpit plugins): a request without an Authorization header whose
 *       HTTP session holds a webapp login for the default engine ({@link WebappSessie}) is authenticated as that
 *       user. A modifying request (anything but GET, HEAD, OPTIONS) must then carry the webapps' CSRF token in
 *       {@code X-XSRF-TOKEN}, equal to the one Camunda's CsrfPreventionFilter issued for that session; otherwise
 *       403 and one WARN line.</li>
 * </ul>
 * Either way the caller's groups and gemeenten (tenants) are read fresh from the identity service (never from the
 * session's cache) and attached to the request; our controllers authorise on them. Engine calls made by our services
 * run as the application, so that the API decides who may do what, in one place.
 */
public class ApiAuthenticatieFilter extends OncePerRequestFilter {

    /** The roles this API is designed for; an account in none of them (a partner) is refused. */
    private static final List<String> TOEGELATEN = java.util.stream.Stream.concat(Rollen.MEDEWERKERS.stream(),
            java.util.stream.Stream.of(Rollen.COA, Rollen.DUO)).toList();

    private static final Logger LOG = LoggerFactory.getLogger(ApiAuthenticatieFilter.class);

    private final IdentityService identityService;

    public ApiAuthenticatieFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kop = request.getHeader(HttpHeaders.AUTHORIZATION);
        String id = kop != null ? BasicAanmelding.gebruiker(kop, identityService) : WebappSessie.gebruiker(request);
        if (id != null && kop == null && !WebappSessie.leest(request) && !WebappSessie.csrfTokenKlopt(request)) {
            LOG.warn("Verzoek met webappsessie zonder geldig XSRF-token geweigerd op de API ({})", request.getMethod());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Geen toegang\",\"status\":403,"
                    + "\"detail\":\"Het beveiligingstoken (X-XSRF-TOKEN) van de sessie ontbreekt of klopt niet.\"}");
            return;
        }
        Gebruiker gebruiker = id == null || !bestaat(id) ? null : gebruiker(id);
        if (gebruiker == null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"regie-inburgering\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Aanmelden vereist (HTTP Basic met gebruikersnaam en wachtwoord, of ingelogd in Tasklist).\"}");
            return;
        }
        if (gebruiker.inGroep(Rollen.PARTNER) || gebruiker.groepen().stream().noneMatch(TOEGELATEN::contains)) {
            // designed for staff, COA and DUO only: partners have their own entry point, other accounts none
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Geen toegang\",\"status\":403,"
                    + "\"detail\":\"Dit account heeft geen toegang tot deze API.\"}");
            return;
        }
        request.setAttribute(Gebruiker.REQUEST_ATTRIBUUT, gebruiker);
        chain.doFilter(request, response);
    }

    private boolean bestaat(String id) {
        return identityService.createUserQuery().userId(id).count() == 1;
    }

    private Gebruiker gebruiker(String id) {
        List<String> groepen = identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
        List<String> gemeenten = identityService.createTenantQuery().userMember(id).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new Gebruiker(id, groepen, gemeenten);
    }
}
