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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.identiteit.Rollen;

/**
 * HTTP Basic authentication of our own API ({@code /api/*}) against the engine's identity service. The caller's
 * groups and gemeenten (tenants) are attached to the request; our controllers authorise on them. Engine calls made
 * by our services run as the application, so that the API decides who may do what, in one place.
 */
public class ApiAuthenticatieFilter extends OncePerRequestFilter {

    /** The roles this API is designed for; an account in none of them (a partner) is refused. */
    private static final List<String> TOEGELATEN = java.util.stream.Stream.concat(Rollen.MEDEWERKERS.stream(),
            java.util.stream.Stream.of(Rollen.COA, Rollen.DUO)).toList();

    private final IdentityService identityService;

    public ApiAuthenticatieFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Gebruiker gebruiker = authenticeer(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (gebruiker == null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"regie-inburgering\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Aanmelden vereist (HTTP Basic met gebruikersnaam en wachtwoord).\"}");
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

    private Gebruiker authenticeer(String header) {
        String id = BasicAanmelding.gebruiker(header, identityService);
        if (id == null) {
            return null;
        }
        List<String> groepen = identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
        List<String> gemeenten = identityService.createTenantQuery().userMember(id).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new Gebruiker(id, groepen, gemeenten);
    }
}
