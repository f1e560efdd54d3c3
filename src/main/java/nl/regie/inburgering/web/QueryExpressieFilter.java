package nl.regie.inburgering.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CVE-2026-109432: expressions inside task-query {@code orQueries} bypass {@code enableExpressionsInAdhocQueries}.
 * Camunda 7.24 CE gets no patch, so every task, history-task and filter query — ad hoc, stored (filter create or
 * update) and nested — is refused here when it carries an expression ({@code ${…}} or {@code #{…}}), on the engine
 * REST API and on the webapps' own API alike. The only stored expression left is the application's own
 * "Mijn taken" filter ({@code ${currentUser()}}), created in code.
 */
public class QueryExpressieFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(QueryExpressieFilter.class);
    private static final Pattern QUERY_PAD = Pattern.compile(
            ".*/(task|task/count|history/task|history/task/count|filter|filter/create|filter/[^/]+"
                    + "|filter/[^/]+/(list|count|singleResult))$");
    private static final Pattern EXPRESSIE = Pattern.compile("[$#]\\s*\\{");
    private static final int MAX_BYTES = 256 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!QUERY_PAD.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        String parameters = request.getQueryString() == null ? ""
                : URLDecoder.decode(request.getQueryString().replace("+", "%2B"), StandardCharsets.UTF_8);
        HttpServletRequest verder = request;
        String body = "";
        if (!"GET".equals(request.getMethod())) {
            HerleesbaarVerzoek herleesbaar;
            try {
                herleesbaar = new HerleesbaarVerzoek(request, MAX_BYTES);
            } catch (HerleesbaarVerzoek.TeGrootException e) {
                response.sendError(413, e.getMessage());
                return;
            }
            body = new String(herleesbaar.body(), StandardCharsets.UTF_8);
            verder = herleesbaar;
        }
        if (EXPRESSIE.matcher(parameters).find() || EXPRESSIE.matcher(body).find()) {
            LOG.warn("Query met expressie geweigerd op {} voor {}", request.getRequestURI(), request.getRemoteAddr());
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Ongeldige query\",\"status\":400,"
                    + "\"detail\":\"Expressies (${...} of #{...}) zijn in queries en filters niet toegestaan.\"}");
            return;
        }
        chain.doFilter(verder, response);
    }
}
