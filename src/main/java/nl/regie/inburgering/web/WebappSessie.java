package nl.regie.inburgering.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The Camunda webapp login (Tasklist, Cockpit, Admin, Welcome) as the webapps keep it in the HTTP session, read by our
 * own API so that browser plugins call {@code /api} as the logged-in user, without a second password. Camunda 7.24
 * keeps the logins in the session attribute {@code authenticatedUser} (AuthenticationUtil, {@link Authentications}, one per engine) and
 * the CSRF token its CsrfPreventionFilter issued in {@code CAMUNDA_CSRF_TOKEN} ({@link CsrfConstants}); the browser
 * has the same token in the cookie {@code XSRF-TOKEN} and sends it back in the header {@code X-XSRF-TOKEN}.
 */
public final class WebappSessie {

    /** The engine our API works on. */
    public static final String ENGINE = ProcessEngines.NAME_DEFAULT;
    /** Where the webapps keep their logins in the session (AuthenticationUtil's CAM_AUTH_SESSION_KEY). */
    private static final String SESSIE_SLEUTEL = "authenticatedUser";
    private static final Set<String> LEZEND = Set.of("GET", "HEAD", "OPTIONS");

    private WebappSessie() {
    }

    /** The user logged in to the webapps for the default engine in this request's session; null if none. */
    public static String gebruiker(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null) {
            return null;
        }
        Object opgeslagen;
        try {
            // read only: AuthenticationUtil.getAuthsFromSession would put an empty login into the session
            opgeslagen = sessie.getAttribute(SESSIE_SLEUTEL);
        } catch (IllegalStateException beeindigd) {
            return null; // the session was invalidated meanwhile
        }
        if (!(opgeslagen instanceof Authentications logins)) {
            return null;
        }
        Authentication login = logins.getAuthenticationForProcessEngine(ENGINE);
        return login == null || Authentication.ANONYMOUS.equals(login) ? null : login.getIdentityId();
    }

    /** True for a request that changes nothing (GET, HEAD, OPTIONS): no CSRF token needed. */
    public static boolean leest(HttpServletRequest request) {
        return LEZEND.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT));
    }

    /** True if the request's X-XSRF-TOKEN header equals the token the webapps issued for its session. */
    public static boolean csrfTokenKlopt(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        String kop = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        if (sessie == null || kop == null || kop.isBlank()) {
            return false;
        }
        Object token;
        try {
            token = sessie.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        } catch (IllegalStateException beeindigd) {
            return false;
        }
        return token instanceof String verwacht && !verwacht.isBlank() && MessageDigest.isEqual(
                verwacht.getBytes(StandardCharsets.UTF_8), kop.getBytes(StandardCharsets.UTF_8));
    }
}
