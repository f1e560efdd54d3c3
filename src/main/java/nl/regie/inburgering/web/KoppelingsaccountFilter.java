package nl.regie.inburgering.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.engine.AlsApplicatie;
import nl.regie.inburgering.identiteit.Rollen;

/**
 * The engine REST API is for staff: an account of a koppeling (groups {@code partner}, {@code coa}, {@code duo}) is
 * refused with 403 on every {@code /engine-rest} call, decided on the identity the engine's Basic authentication
 * established (the user's groups), not on the path. Partners use
 * {@code /partner-api}, COA and DUO {@code /api}.
 */
public class KoppelingsaccountFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(KoppelingsaccountFilter.class);

    private final IdentityService identityService;

    public KoppelingsaccountFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication wie = identityService.getCurrentAuthentication();
        if (wie != null && isKoppeling(identityService, wie.getUserId(), wie.getGroupIds())) {
            LOG.warn("Koppelingsaccount {} geweigerd op de engine-API", wie.getUserId());
            weiger(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A member of partner, coa or duo, by the groups the authentication carries (read from the identity service at
     * login, and by the webapps again every few minutes); without them, by the identity service now.
     */
    static boolean isKoppeling(IdentityService identityService, String userId, List<String> groepen) {
        if (userId == null) {
            return false;
        }
        if (groepen != null) {
            return groepen.stream().anyMatch(Rollen.KOPPELINGEN::contains);
        }
        return AlsApplicatie.uitvoeren(identityService, () -> identityService.createGroupQuery().groupMember(userId)
                .groupIdIn(Rollen.KOPPELINGEN.toArray(String[]::new)).count() > 0);
    }

    static void weiger(HttpServletResponse response) throws IOException {
        response.setStatus(403);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Geen toegang\",\"status\":403,"
                + "\"detail\":\"Accounts van koppelingen (partners, COA, DUO) gebruiken alleen hun eigen ingang: "
                + "/partner-api voor partners, /api voor COA en DUO, /actuator voor monitoring.\"}");
    }
}
