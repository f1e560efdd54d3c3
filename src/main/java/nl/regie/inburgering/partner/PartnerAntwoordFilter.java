package nl.regie.inburgering.partner;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.engine.AlsApplicatie;
import nl.regie.inburgering.web.HerleesbaarVerzoek;

/**
 * Checks a partner's answer before the engine completes its external task ({@code POST
 * /engine-rest/external-task/{id}/complete}). A malformed answer is not written: the partner gets 400 naming every
 * wrong field, and the task fails with the same message, which shows as an incident in Cockpit. The official
 * external task clients keep working unchanged.
 */
public class PartnerAntwoordFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerAntwoordFilter.class);
    private static final Pattern VOLTOOIEN = Pattern.compile(".*/external-task/([^/]+)/complete$");
    private static final int MAX_BYTES = 256 * 1024;

    private final ExternalTaskService externalTaskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Map<String, PartnerTopic> topics;
    private final ObjectMapper json = new ObjectMapper();

    public PartnerAntwoordFilter(ExternalTaskService externalTaskService, RuntimeService runtimeService,
                                 IdentityService identityService, List<PartnerTopic> topics) {
        this.externalTaskService = externalTaskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.topics = topics.stream().collect(Collectors.toMap(PartnerTopic::topic, Function.identity()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher voltooien = VOLTOOIEN.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !voltooien.matches()) {
            chain.doFilter(request, response);
            return;
        }
        HerleesbaarVerzoek verzoek;
        try {
            verzoek = new HerleesbaarVerzoek(request, MAX_BYTES);
        } catch (HerleesbaarVerzoek.TeGrootException e) {
            weiger(response, 413, e.getMessage(), Map.of());
            return;
        }
        ExternalTask taak = externalTaskService.createExternalTaskQuery().externalTaskId(voltooien.group(1)).singleResult();
        PartnerTopic topic = taak == null ? null : topics.get(taak.getTopicName());
        if (topic == null) {
            chain.doFilter(verzoek, response); // unknown or invisible task: the engine answers as usual
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(verzoek.body());
        } catch (IOException e) {
            weiger(response, 400, "Het verzoek is geen geldige JSON.", Map.of());
            return;
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        leesVariabelen(body.path("variables"), antwoord);
        leesVariabelen(body.path("localVariables"), antwoord);
        Map<String, Object> gevraagd = alsApplicatie(() -> runtimeService.getVariablesLocal(taak.getExecutionId()));
        Map<String, String> fouten = PartnerAfmeldingen.AFMELDEN.equals(gevraagd.get("actie"))
                ? controleerAfmelding(antwoord)
                : topic.controleer(gevraagd, antwoord);
        if (fouten.isEmpty()) {
            chain.doFilter(verzoek, response);
            return;
        }
        String melding = "Ongeldig antwoord op " + taak.getTopicName() + ": " + fouten.entrySet().stream()
                .map(f -> f.getKey() + " " + f.getValue()).collect(Collectors.joining("; "));
        faal(taak, body.path("workerId").asText(null), melding);
        weiger(response, 400, melding, fouten);
    }

    /** Every topic answers an afmelding (the dossier ended) the same way: a confirmation and a remark. */
    private static Map<String, String> controleerAfmelding(Map<String, Object> antwoord) {
        return new Antwoordregels(antwoord).alleen(List.of("bevestigd", "toelichting"))
                .waar("bevestigd").tekst("toelichting", false, 2000).fouten();
    }

    /** Reads what the task asked for as the application: a partner has no right to read process variables. */
    private <T> T alsApplicatie(java.util.function.Supplier<T> actie) {
        return AlsApplicatie.uitvoeren(identityService, actie);
    }

    private static void leesVariabelen(JsonNode variabelen, Map<String, Object> doel) {
        variabelen.fields().forEachRemaining(v -> {
            JsonNode waarde = v.getValue().path("value");
            doel.put(v.getKey(), waarde.isNull() || waarde.isMissingNode() ? null
                    : waarde.isTextual() ? waarde.asText()
                    : waarde.isBoolean() ? waarde.asBoolean()
                    : waarde.isNumber() ? waarde.numberValue()
                    : waarde.toString());
        });
    }

    /** The task fails with the reason (retries 0: an incident for the procesbeheerder), so nothing stays half-done. */
    private void faal(ExternalTask taak, String workerId, String melding) {
        try {
            externalTaskService.handleFailure(taak.getId(), workerId, melding, melding, 0, 0);
        } catch (ProcessEngineException e) {
            // not this worker's lock (or none): the answer is refused all the same
            LOG.warn("Ongeldig antwoord op taak {} niet als fout vastgelegd: {}", taak.getId(), e.getMessage());
        }
    }

    private void weiger(HttpServletResponse response, int status, String melding, Map<String, String> velden)
            throws IOException {
        Map<String, Object> problem = new HashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status == 413 ? "Te groot" : "Ongeldig antwoord");
        problem.put("status", status);
        problem.put("detail", melding);
        if (!velden.isEmpty()) {
            problem.put("velden", velden);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
