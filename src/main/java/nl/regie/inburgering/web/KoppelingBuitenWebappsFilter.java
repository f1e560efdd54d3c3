package nl.regie.inburgering.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * No account of a koppeling (partner, COA, DUO) holds a webapp session — not for Tasklist, Cockpit or Admin, and not
 * for the welcome app, which Camunda opens to every user, nor its engine API. Decided on the identity the session
 * carries (the webapps' {@link Authentications}), on every request under {@code /camunda/*}:
 * <ul>
 *   <li>before the request: a session that carries such an account is ended and the request refused (403);</li>
 *   <li>after it: a request that put such an account into the session (a login, whatever its path) has the
 *       account removed and the session ended; the login's answer is replaced by 403 when it was still held
 *       back (every POST is held back until it is decided).</li>
 * </ul>
 */
public class KoppelingBuitenWebappsFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(KoppelingBuitenWebappsFilter.class);
    /** Where the webapps keep their authentications in the session. */
    private static final String SESSIE_SLEUTEL = "authenticatedUser";

    private final IdentityService identityService;

    public KoppelingBuitenWebappsFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (beeindigKoppeling(request)) {
            KoppelingsaccountFilter.weiger(response);
            return;
        }
        // a POST (a login among them, also one on top of a staff session) is held back until it is decided
        boolean vasthouden = "POST".equalsIgnoreCase(request.getMethod());
        ContentCachingResponseWrapper vastgehouden = vasthouden ? new ContentCachingResponseWrapper(response) : null;
        try {
            chain.doFilter(request, vasthouden ? vastgehouden : response);
        } finally {
            boolean koppeling = beeindigKoppeling(request);
            if (koppeling && vasthouden && !response.isCommitted()) {
                response.reset();
                KoppelingsaccountFilter.weiger(response);
            } else if (vasthouden) {
                vastgehouden.copyBodyToResponse();
            }
        }
    }

    /** Removes a koppeling's authentication from the session and ends the session; true if there was one. */
    private boolean beeindigKoppeling(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null) {
            return false;
        }
        Object opgeslagen;
        try {
            opgeslagen = sessie.getAttribute(SESSIE_SLEUTEL);
        } catch (IllegalStateException ongeldig) {
            return false; // already invalidated
        }
        if (!(opgeslagen instanceof Authentications authenticaties)) {
            return false;
        }
        boolean gevonden = false;
        for (UserAuthentication wie : List.copyOf(authenticaties.getAuthentications())) {
            if (KoppelingsaccountFilter.isKoppeling(identityService, wie.getIdentityId(), wie.getGroupIds())) {
                LOG.warn("Koppelingsaccount {} geweigerd in de webapps; sessie beëindigd", wie.getIdentityId());
                authenticaties.removeByEngineName(wie.getProcessEngineName());
                gevonden = true;
            }
        }
        if (gevonden) {
            sessie.invalidate();
        }
        return gevonden;
    }
}
