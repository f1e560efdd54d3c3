package nl.regie.inburgering.partner;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.engine.AlsApplicatie;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.HerleesbaarVerzoek;

/**
 * Camunda 7 has no authorization per external task topic (camunda-bpm-platform#3169). A partner account may
 * therefore do only this on the engine REST API: fetch and lock tasks of its own topics — the request is narrowed
 * to the tasks meant for this partner (process variable {@code partner}) — and complete, fail, raise a BPMN error
 * on, extend or unlock such a task. Everything else answers 403 and is logged. The tenant check keeps it to the
 * gemeenten it serves. The official external task clients work unchanged. Staff never work external tasks.
 */
public class PartnerToegangFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerToegangFilter.class);
    private static final Pattern OPHALEN = Pattern.compile(".*/external-task/fetchAndLock$");
    private static final Pattern TAAKACTIE =
            Pattern.compile(".*/external-task/([^/]+)/(complete|failure|bpmnError|extendLock|unlock)$");
    private static final int MAX_BYTES = 256 * 1024;

    private final IdentityService identityService;
    private final ExternalTaskService externalTaskService;
    private final RuntimeService runtimeService;
    private final PartnersProperties partners;
    private final ObjectMapper json = new ObjectMapper();

    public PartnerToegangFilter(IdentityService identityService, ExternalTaskService externalTaskService,
                                RuntimeService runtimeService, PartnersProperties partners) {
        this.identityService = identityService;
        this.externalTaskService = externalTaskService;
        this.runtimeService = runtimeService;
        this.partners = partners;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication wie = identityService.getCurrentAuthentication();
        if (wie == null || wie.getGroupIds() == null || !wie.getGroupIds().contains(Rollen.PARTNER)) {
            // Partner work is the partners': staff repair in Cockpit (retries, incidents) but never work a task.
            if (wie != null && "POST".equals(request.getMethod()) && (OPHALEN.matcher(request.getRequestURI()).matches()
                    || TAAKACTIE.matcher(request.getRequestURI()).matches())) {
                weiger(response, wie.getUserId(), request.getRequestURI(), "Externe taken worden alleen door partners uitgevoerd.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String partnerId = wie.getUserId();
        PartnersProperties.Partner partner = partners.getPartners().get(partnerId);
        String pad = request.getRequestURI();
        if (partner == null || !"POST".equals(request.getMethod())) {
            weiger(response, partnerId, pad, "Een partner mag alleen zijn eigen externe taken ophalen en afhandelen.");
            return;
        }
        HerleesbaarVerzoek verzoek;
        try {
            verzoek = new HerleesbaarVerzoek(request, MAX_BYTES);
        } catch (HerleesbaarVerzoek.TeGrootException e) {
            response.sendError(413, e.getMessage());
            return;
        }
        if (OPHALEN.matcher(pad).matches()) {
            beperkOphalen(verzoek, response, chain, partnerId, partner);
            return;
        }
        Matcher actie = TAAKACTIE.matcher(pad);
        if (!actie.matches()) {
            weiger(response, partnerId, pad, "Een partner mag alleen zijn eigen externe taken ophalen en afhandelen.");
            return;
        }
        ExternalTask taak = alsApplicatie(() -> externalTaskService.createExternalTaskQuery()
                .externalTaskId(actie.group(1)).singleResult());
        if (taak == null || !partner.getTopics().contains(taak.getTopicName())
                || !partnerId.equals(alsApplicatie(() -> runtimeService.getVariable(taak.getProcessInstanceId(), PartnerGegevens.PARTNER)))) {
            weiger(response, partnerId, pad, "Externe taak " + actie.group(1) + " is niet voor partner " + partnerId + ".");
            return;
        }
        chain.doFilter(verzoek, response);
    }

    /** Only the partner's topics, and within them only the tasks meant for this partner. */
    private void beperkOphalen(HerleesbaarVerzoek verzoek, HttpServletResponse response, FilterChain chain,
                               String partnerId, PartnersProperties.Partner partner) throws IOException, ServletException {
        JsonNode body;
        try {
            body = json.readTree(verzoek.body());
        } catch (IOException e) {
            chain.doFilter(verzoek, response); // malformed: the engine answers 400
            return;
        }
        if (!(body instanceof ObjectNode ophalen) || !(ophalen.get("topics") instanceof ArrayNode topics)) {
            chain.doFilter(verzoek, response);
            return;
        }
        for (JsonNode topic : topics) {
            String naam = topic.path("topicName").asText();
            if (!partner.getTopics().contains(naam)) {
                weiger(response, partnerId, verzoek.getRequestURI(), "Topic " + naam + " is niet van partner " + partnerId
                        + "; toegestaan: " + partner.getTopics() + ".");
                return;
            }
            ObjectNode onderwerp = (ObjectNode) topic;
            ObjectNode variabelen = onderwerp.get("processVariables") instanceof ObjectNode eigen ? eigen
                    : onderwerp.putObject("processVariables");
            variabelen.put(PartnerGegevens.PARTNER, partnerId);
        }
        chain.doFilter(verzoek.metBody(json.writeValueAsBytes(ophalen)), response);
    }

    private <T> T alsApplicatie(Supplier<T> actie) {
        return AlsApplicatie.uitvoeren(identityService, actie);
    }

    private void weiger(HttpServletResponse response, String partnerId, String pad, String melding) throws IOException {
        LOG.warn("Partner {} geweigerd op {}: {}", partnerId, pad, melding);
        response.setStatus(403);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", "Geen toegang", "status", 403,
                "detail", melding));
    }
}
