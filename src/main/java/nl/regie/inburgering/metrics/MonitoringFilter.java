package nl.regie.inburgering.metrics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.engine.AlsApplicatie;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.BasicAanmelding;

/**
 * The actuator ({@code /actuator/*}: health and Prometheus) answers only the monitoring account: HTTP Basic against
 * the engine's identity service (login throttling included), and the account must be a member of the group
 * {@code monitoring}. No or a wrong password: 401; any other account (staff, camunda-admin, a koppeling): 403. The
 * monitoring account in turn is a koppeling ({@link Rollen#KOPPELINGEN}): refused on the engine REST API, in the
 * webapps and on our API.
 */
public class MonitoringFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringFilter.class);

    private final IdentityService identityService;

    public MonitoringFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = BasicAanmelding.gebruiker(request.getHeader(HttpHeaders.AUTHORIZATION), identityService);
        if (id == null) {
            response.setStatus(401);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"regie-inburgering-monitoring\"");
            schrijf(response, "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Aanmelden vereist met het monitoringaccount (HTTP Basic).\"}");
            return;
        }
        boolean monitoring = AlsApplicatie.uitvoeren(identityService, () -> identityService.createGroupQuery()
                .groupMember(id).groupId(Rollen.MONITORING).count() > 0);
        if (!monitoring) {
            LOG.warn("Account {} geweigerd op /actuator (geen monitoringaccount)", id);
            response.setStatus(403);
            schrijf(response, "{\"type\":\"about:blank\",\"title\":\"Geen toegang\",\"status\":403,"
                    + "\"detail\":\"Alleen het monitoringaccount leest de metrics.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void schrijf(HttpServletResponse response, String json) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
