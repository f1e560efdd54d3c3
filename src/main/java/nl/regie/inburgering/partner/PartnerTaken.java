package nl.regie.inburgering.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.FetchAndLockBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.engine.AlsApplicatie;
import nl.regie.inburgering.engine.OngeldigeInvoerException;

/**
 * The external task operations a partner may perform, and nothing else: what the official Camunda 7 external task
 * client needs. Every operation first checks that the task is the partner's own (one of its topics, meant for this
 * account by the track's process variable {@value PartnerGegevens#PARTNER}, in a gemeente it serves) and then runs
 * on the engine's Java API as the application: partners hold no engine authorizations at all.
 */
@Service
@EnableConfigurationProperties(PartnerApiProperties.class)
public class PartnerTaken {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerTaken.class);
    private static final int MAX_WORKER_ID = 255;
    /** The engine keeps at most this much of an error message. */
    private static final int MAX_FOUTMELDING = org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity.MAX_EXCEPTION_MESSAGE_LENGTH;
    private static final int MAX_FOUTDETAILS = 10_000;
    private static final int MAX_TOPICS = 20;
    private static final Set<String> OPHALEN = Set.of("workerId", "maxTasks", "usePriority", "asyncResponseTimeout",
            "topics", "sorting");
    /**
     * Topic fields of the engine's fetchAndLock. The narrowing ones we allow (businessKey, a subset of the partner's
     * gemeenten) or refuse when they ask for something (processVariables: the engine ORs them with our own
     * condition; withoutTenantId; process definition filters).
     */
    private static final Set<String> TOPIC = Set.of("topicName", "lockDuration", "variables", "localVariables",
            "businessKey", "tenantIdIn", "includeExtensionProperties", "deserializeValues", "processVariables",
            "withoutTenantId", "processDefinitionId", "processDefinitionIdIn", "processDefinitionKey",
            "processDefinitionKeyIn", "processDefinitionVersionTag");
    private static final List<String> VERBODEN_IN_TOPIC = List.of("processVariables", "withoutTenantId",
            "processDefinitionId", "processDefinitionIdIn", "processDefinitionKey", "processDefinitionKeyIn",
            "processDefinitionVersionTag", "deserializeValues");

    private final ExternalTaskService externalTaskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final PartnerApiProperties grenzen;
    private final PartnerEnveloppe enveloppe;
    private final Map<String, PartnerTopic> topics;
    /** Per partner account, the long polls that may wait at once. */
    private final Map<String, java.util.concurrent.Semaphore> wachtenden = new java.util.concurrent.ConcurrentHashMap<>();

    public PartnerTaken(ExternalTaskService externalTaskService, RuntimeService runtimeService,
                        RepositoryService repositoryService, IdentityService identityService,
                        PartnerApiProperties grenzen, PartnerEnveloppe enveloppe, List<PartnerTopic> topics) {
        this.externalTaskService = externalTaskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.grenzen = grenzen;
        this.enveloppe = enveloppe;
        this.topics = topics.stream().collect(Collectors.toMap(PartnerTopic::topic, Function.identity()));
    }

    // ---------------------------------------------------------------------------------------------- fetchAndLock

    /** One fetch request, checked and bounded. */
    record Ophalen(String workerId, int maxTaken, boolean prioriteit, Boolean oplopend, long wachtMs, List<Onderwerp> onderwerpen) {
    }

    record Onderwerp(String topic, long lockMs, List<String> variabelen, boolean lokaal, String businessKey,
                     List<String> gemeenten, boolean extensies) {
    }

    Ophalen leesOphalen(PartnerAccount partner, PartnerVerzoek verzoek) {
        verzoek.alleen(OPHALEN);
        String workerId = verzoek.tekst("workerId", true, MAX_WORKER_ID);
        Long maxTasks = verzoek.geheelGetal("maxTasks", true, 1, Integer.MAX_VALUE);
        boolean prioriteit = verzoek.booleaan("usePriority");
        Long wacht = verzoek.geheelGetal("asyncResponseTimeout", false, 0, Long.MAX_VALUE);
        Boolean oplopend = leesSortering(verzoek);
        List<Onderwerp> onderwerpen = new ArrayList<>();
        Set<String> gezien = new LinkedHashSet<>();
        for (PartnerVerzoek deel : verzoek.objecten("topics", MAX_TOPICS)) {
            Onderwerp onderwerp = leesOnderwerp(partner, deel);
            if (onderwerp != null && !gezien.add(onderwerp.topic())) {
                deel.fout("topicName", "komt meer dan eens voor");
            }
            onderwerpen.add(onderwerp);
        }
        verzoek.controleer();
        return new Ophalen(workerId, (int) Math.min(maxTasks, grenzen.getMaxTaken()), prioriteit, oplopend,
                Math.min(wacht == null ? 0 : wacht, grenzen.getMaxWachttijd().toMillis()), onderwerpen);
    }

    private static Boolean leesSortering(PartnerVerzoek verzoek) {
        JsonNode sortering = verzoek.waarde("sorting");
        if (sortering == null || (sortering.isArray() && sortering.isEmpty())) {
            return null;
        }
        if (sortering.isArray() && sortering.size() == 1 && sortering.get(0).isObject() && sortering.get(0).size() == 2
                && "createTime".equals(sortering.get(0).path("sortBy").asText(null))) {
            String richting = sortering.get(0).path("sortOrder").asText("");
            if (richting.equals("asc") || richting.equals("desc")) {
                return richting.equals("asc");
            }
        }
        verzoek.fout("sorting", "kan alleen [{\"sortBy\":\"createTime\",\"sortOrder\":\"asc\" of \"desc\"}] zijn");
        return null;
    }

    private Onderwerp leesOnderwerp(PartnerAccount partner, PartnerVerzoek deel) {
        deel.alleen(TOPIC);
        String topic = deel.tekst("topicName", true, 100);
        if (topic != null && !partner.topics().contains(topic)) {
            // only a topic the application knows is named back, never whatever the caller sent
            throw new PartnerApiFout(403, "Topic " + (topics.containsKey(topic) ? topic : "(onbekend)") + " is niet van partner "
                    + partner.id() + "; uw topics: " + partner.topics().stream().sorted().toList() + ".");
        }
        Long lock = deel.geheelGetal("lockDuration", true, 1, grenzen.getMaxLockDuur().toMillis());
        for (String veld : VERBODEN_IN_TOPIC) {
            if (!deel.leeg(veld)) {
                deel.fout(veld, "wordt op de partner-API niet ondersteund: u krijgt alleen taken die voor u bestemd zijn");
            }
        }
        List<String> gemeenten = null;
        JsonNode tenants = deel.waarde("tenantIdIn");
        if (tenants != null) {
            gemeenten = deel.namen("tenantIdIn", 50);
            if (gemeenten != null && !partner.gemeenten().containsAll(gemeenten)) {
                throw new PartnerApiFout(403, "tenantIdIn noemt een gemeente die partner " + partner.id()
                        + " niet bedient; uw gemeenten: " + partner.gemeenten().stream().sorted().toList() + ".");
            }
        }
        List<String> variabelen = deel.namen("variables", 100);
        boolean lokaal = deel.booleaan("localVariables");
        String businessKey = deel.tekst("businessKey", false, 100);
        boolean extensies = deel.booleaan("includeExtensionProperties");
        if (topic == null || lock == null) {
            return null;
        }
        return new Onderwerp(topic, lock, variabelen, lokaal, businessKey, gemeenten, extensies);
    }

    /**
     * Locks the partner's own open tasks. The conditions "its topics, its gemeenten, meant for this partner" are ours
     * alone and AND-ed in the engine's query (a partner cannot add process variable filters).
     */
    public List<LockedExternalTask> haalOp(PartnerAccount partner, Ophalen ophalen) {
        if (partner.gemeenten().isEmpty()) {
            return List.of();
        }
        List<LockedExternalTask> taken = alsApplicatie(() -> vergrendel(partner, ophalen));
        if (!taken.isEmpty() || ophalen.wachtMs() <= 0) {
            return taken;
        }
        // long polling holds a server thread: a partner may keep only a few waiting at once, others fetch once
        java.util.concurrent.Semaphore plaatsen = wachtenden.computeIfAbsent(partner.id(),
                id -> new java.util.concurrent.Semaphore(grenzen.getMaxWachtendeVerzoeken()));
        if (!plaatsen.tryAcquire()) {
            return taken;
        }
        try {
            long tot = System.nanoTime() + ophalen.wachtMs() * 1_000_000L;
            while (taken.isEmpty() && System.nanoTime() < tot) {
                Thread.sleep(Math.min(500, Math.max(1, (tot - System.nanoTime()) / 1_000_000L)));
                taken = alsApplicatie(() -> vergrendel(partner, ophalen));
            }
            return taken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return taken;
        } finally {
            plaatsen.release();
        }
    }

    private List<LockedExternalTask> vergrendel(PartnerAccount partner, Ophalen ophalen) {
        FetchAndLockBuilder opdracht = externalTaskService.fetchAndLock().workerId(ophalen.workerId())
                .maxTasks(ophalen.maxTaken()).usePriority(ophalen.prioriteit());
        if (ophalen.oplopend() != null) {
            opdracht = ophalen.oplopend() ? opdracht.orderByCreateTime().asc() : opdracht.orderByCreateTime().desc();
        }
        ExternalTaskQueryBuilder query = opdracht.subscribe();
        for (Onderwerp onderwerp : ophalen.onderwerpen()) {
            Collection<String> gemeenten = onderwerp.gemeenten() == null ? partner.gemeenten() : onderwerp.gemeenten();
            ExternalTaskQueryTopicBuilder topic = query.topic(onderwerp.topic(), onderwerp.lockMs())
                    .processInstanceVariableEquals(PartnerGegevens.PARTNER, partner.id())
                    .tenantIdIn(gemeenten.toArray(String[]::new));
            if (onderwerp.variabelen() != null) {
                topic = topic.variables(onderwerp.variabelen());
            }
            if (onderwerp.lokaal()) {
                topic = topic.localVariables();
            }
            if (onderwerp.businessKey() != null) {
                topic = topic.businessKey(onderwerp.businessKey());
            }
            if (onderwerp.extensies()) {
                topic = topic.includeExtensionProperties();
            }
            query = topic;
        }
        List<LockedExternalTask> taken = query.execute();
        // what every partner task carries besides its question, made now from our tables (PartnerEnveloppe)
        Map<String, Onderwerp> perTopic = ophalen.onderwerpen().stream()
                .collect(Collectors.toMap(Onderwerp::topic, Function.identity()));
        return taken.stream().map(t -> enveloppe.vulAan(t, partner, perTopic.get(t.getTopicName()).variabelen())).toList();
    }

    // ------------------------------------------------------------------------------------------- task operations

    /** The partner's own task, or 404 (a task that does not exist and one that is not yours look the same). */
    ExternalTask eigenTaak(PartnerAccount partner, String taakId) {
        ExternalTask taak = alsApplicatie(() -> externalTaskService.createExternalTaskQuery().externalTaskId(taakId).singleResult());
        if (taak == null || !alsApplicatie(() -> isVan(partner, taak.getTopicName(), taak.getTenantId(), taak.getProcessInstanceId()))) {
            throw PartnerApiFout.nietGevonden();
        }
        return taak;
    }

    private boolean isVan(PartnerAccount partner, String topic, String tenantId, String procesInstantie) {
        return partner.topics().contains(topic) && partner.gemeenten().contains(tenantId)
                && partner.id().equals(runtimeService.getVariable(procesInstantie, PartnerGegevens.PARTNER));
    }

    private static String workerId(PartnerVerzoek verzoek) {
        return verzoek.tekst("workerId", true, MAX_WORKER_ID);
    }

    private static void vergrendeldDoor(ExternalTask taak, String workerId) {
        if (!workerId.equals(taak.getWorkerId())) {
            throw new PartnerApiFout(400, "Deze taak is niet door deze worker vergrendeld (workerId).",
                    Map.of("workerId", "heeft deze taak niet vergrendeld"));
        }
    }

    /**
     * The answer is checked before the engine sees it, exactly as the partner contract says: a bad answer is
     * refused naming each field, and the task fails with that message (retries 0: an incident in Cockpit).
     */
    public void voltooi(PartnerAccount partner, String taakId, PartnerVerzoek verzoek) {
        verzoek.alleen(Set.of("workerId", "variables", "localVariables"));
        String workerId = workerId(verzoek);
        verzoek.controleer();
        ExternalTask taak = eigenTaak(partner, taakId);
        vergrendeldDoor(taak, workerId);

        PartnerTopic topic = topics.get(taak.getTopicName());
        Map<String, String> fouten = new LinkedHashMap<>();
        Map<String, Object> variabelen = Antwoordwaarden.lees(verzoek.object("variables"), "variables", fouten);
        Map<String, Object> lokaal = Antwoordwaarden.lees(verzoek.object("localVariables"), "localVariables", fouten);
        fouten.putAll(verzoek.fouten());
        Map<String, Object> antwoord = new LinkedHashMap<>(variabelen);
        lokaal.forEach((naam, waarde) -> {
            if (antwoord.containsKey(naam)) {
                fouten.put(naam, "staat zowel in variables als in localVariables");
            }
            antwoord.put(naam, waarde);
        });
        if (fouten.isEmpty()) {
            Map<String, Object> gevraagd = alsApplicatie(() -> runtimeService.getVariablesLocal(taak.getExecutionId()));
            if (PartnerAfmeldingen.AFMELDEN.equals(gevraagd.get("actie"))) {
                fouten.putAll(controleerAfmelding(new LinkedHashMap<>(antwoord)));
            } else if (topic == null) {
                fouten.put("topic", "heeft geen antwoordcontrole: neem contact op met de gemeente");
            } else {
                fouten.putAll(topic.controleer(gevraagd, new LinkedHashMap<>(antwoord)));
            }
        }
        if (!fouten.isEmpty()) {
            String melding = "Ongeldig antwoord op " + taak.getTopicName() + ": " + PartnerVerzoek.beschrijf(fouten);
            engine(() -> externalTaskService.handleFailure(taak.getId(), workerId, melding, melding, 0, 0));
            LOG.warn("Ongeldig antwoord van partner {} op taak {}: {}", partner.id(), taak.getId(), fouten.keySet());
            throw new PartnerApiFout(400, melding, fouten);
        }
        engine(() -> externalTaskService.complete(taak.getId(), workerId, variabelen, lokaal));
    }

    /** Every topic answers an afmelding (the dossier ended) the same way: a confirmation and a remark. */
    static Map<String, String> controleerAfmelding(Map<String, Object> antwoord) {
        return new Antwoordregels(antwoord).alleen(List.of("bevestigd", "toelichting"))
                .waar("bevestigd").tekst("toelichting", false, 2000).fouten();
    }

    /** A failure carries no variables (an answer goes through complete and its check); retries and wait bounded. */
    public void faal(PartnerAccount partner, String taakId, PartnerVerzoek verzoek) {
        verzoek.alleen(Set.of("workerId", "errorMessage", "errorDetails", "retries", "retryTimeout", "variables",
                "localVariables"));
        String workerId = workerId(verzoek);
        for (String veld : List.of("variables", "localVariables")) {
            if (!verzoek.leeg(veld)) {
                verzoek.fout(veld, "is bij een storing niet toegestaan: een antwoord gaat via complete");
            }
        }
        String melding = verzoek.ingekort("errorMessage", MAX_FOUTMELDING);
        String details = verzoek.ingekort("errorDetails", MAX_FOUTDETAILS);
        Long pogingen = verzoek.geheelGetal("retries", true, 0, grenzen.getMaxPogingen());
        Long wacht = verzoek.geheelGetal("retryTimeout", false, 0, grenzen.getMaxHerhaalWachttijd().toMillis());
        verzoek.controleer();
        ExternalTask taak = eigenTaak(partner, taakId);
        vergrendeldDoor(taak, workerId);
        engine(() -> externalTaskService.handleFailure(taak.getId(), workerId, melding, details, pogingen.intValue(),
                wacht == null ? 0 : wacht));
    }

    /**
     * A BPMN error only with an error code that an error boundary event on this very task catches in the task's own
     * deployed process definition (so the casemanager gets a task); no variables, an optional short message.
     */
    public void bpmnFout(PartnerAccount partner, String taakId, PartnerVerzoek verzoek) {
        verzoek.alleen(Set.of("workerId", "errorCode", "errorMessage", "variables"));
        String workerId = workerId(verzoek);
        String code = verzoek.tekst("errorCode", true, 100);
        String melding = verzoek.tekst("errorMessage", false, MAX_FOUTMELDING);
        if (!verzoek.leeg("variables")) {
            verzoek.fout("variables", "is bij een BPMN-fout niet toegestaan");
        }
        verzoek.controleer();
        ExternalTask taak = eigenTaak(partner, taakId);
        vergrendeldDoor(taak, workerId);
        Set<String> opgevangen = alsApplicatie(() -> opgevangenFoutcodes(taak));
        if (!opgevangen.contains(code)) {
            throw new PartnerApiFout(400, opgevangen.isEmpty()
                    ? "Deze taak kent geen BPMN-fouten; meld een storing met failure."
                    : "Deze foutcode wordt voor deze taak niet opgevangen; toegestaan: " + opgevangen.stream().sorted().toList() + ".",
                    Map.of("errorCode", "wordt voor deze taak niet opgevangen"));
        }
        engine(() -> externalTaskService.handleBpmnError(taak.getId(), workerId, code, melding));
    }

    /** The error codes caught by an error boundary event attached to the task's activity (explicit codes only). */
    Set<String> opgevangenFoutcodes(ExternalTask taak) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(taak.getProcessDefinitionId());
        Set<String> codes = new LinkedHashSet<>();
        for (BoundaryEvent grens : model.getModelElementsByType(BoundaryEvent.class)) {
            if (grens.getAttachedTo() == null || !taak.getActivityId().equals(grens.getAttachedTo().getId())) {
                continue;
            }
            for (ErrorEventDefinition fout : grens.getChildElementsByType(ErrorEventDefinition.class)) {
                if (fout.getError() != null && fout.getError().getErrorCode() != null
                        && !fout.getError().getErrorCode().isBlank()) {
                    codes.add(fout.getError().getErrorCode());
                }
            }
        }
        return codes;
    }

    public void verlengLock(PartnerAccount partner, String taakId, PartnerVerzoek verzoek) {
        verzoek.alleen(Set.of("workerId", "newDuration"));
        String workerId = workerId(verzoek);
        Long duur = verzoek.geheelGetal("newDuration", true, 1, grenzen.getMaxLockDuur().toMillis());
        verzoek.controleer();
        ExternalTask taak = eigenTaak(partner, taakId);
        vergrendeldDoor(taak, workerId);
        if (taak.getLockExpirationTime() == null || taak.getLockExpirationTime().before(ClockUtil.getCurrentTime())) {
            throw new PartnerApiFout(400, "De vergrendeling van deze taak is verlopen; haal de taak opnieuw op.");
        }
        engine(() -> externalTaskService.extendLock(taak.getId(), workerId, duur));
    }

    public void ontgrendel(PartnerAccount partner, String taakId, PartnerVerzoek verzoek) {
        verzoek.alleen(Set.of()).controleer();
        ExternalTask taak = eigenTaak(partner, taakId);
        engine(() -> externalTaskService.unlock(taak.getId()));
    }

    // ------------------------------------------------------------------------------------------------- plumbing

    private <T> T alsApplicatie(Supplier<T> actie) {
        return AlsApplicatie.uitvoeren(identityService, actie);
    }

    /** An engine call as the application; its refusals in Dutch, without the engine's message. */
    private void engine(Runnable actie) {
        try {
            alsApplicatie(() -> {
                actie.run();
                return null;
            });
        } catch (org.camunda.bpm.engine.exception.NotFoundException e) {
            throw PartnerApiFout.nietGevonden();
        } catch (OngeldigeInvoerException e) {
            // a rule of the process refused the answer (our own Dutch message, naming the field); nothing was written
            Map<String, String> velden = new LinkedHashMap<>();
            e.getVelden().forEach(v -> velden.put(PartnerVerzoek.toonbaar(v), "wordt door het proces geweigerd"));
            throw new PartnerApiFout(400, e.getMessage(), velden);
        } catch (BadUserRequestException e) {
            throw new PartnerApiFout(400, "De engine weigert deze handeling voor deze taak (is de taak nog door u vergrendeld?).");
        } catch (ProcessEngineException e) {
            LOG.error("Partnerhandeling mislukt in de engine: {}", e.getClass().getSimpleName());
            throw new PartnerApiFout(500, "De handeling kon niet worden uitgevoerd; probeer het later opnieuw.");
        }
    }

    /** Reads answer variables ({@code {"naam": {"value": …, "type": …}}}) as plain values: text, numbers, booleans. */
    static final class Antwoordwaarden {

        private Antwoordwaarden() {
        }

        static Map<String, Object> lees(ObjectNode variabelen, String veld, Map<String, String> fouten) {
            Map<String, Object> waarden = new LinkedHashMap<>();
            if (variabelen == null) {
                return waarden;
            }
            if (variabelen.size() > 50) {
                fouten.put(veld, "bevat meer dan 50 variabelen");
                return waarden;
            }
            variabelen.fields().forEachRemaining(v -> {
                String naam = v.getKey();
                if (!PartnerVerzoek.VELDNAAM.matcher(naam).matches()) {
                    fouten.put(veld, "bevat een variabele met een ongeldige naam");
                    return;
                }
                JsonNode variabele = v.getValue();
                if (!(variabele instanceof ObjectNode object)) {
                    fouten.put(naam, "moet een object met value (en eventueel type) zijn");
                    return;
                }
                Set<String> onbekend = new LinkedHashSet<>();
                object.fieldNames().forEachRemaining(n -> {
                    if (!Set.of("value", "type", "valueInfo").contains(n)) {
                        onbekend.add(n);
                    }
                });
                JsonNode info = object.get("valueInfo");
                if (!onbekend.isEmpty() || (info != null && !info.isNull() && !(info.isObject() && info.isEmpty()))) {
                    fouten.put(naam, "mag alleen value en type hebben");
                    return;
                }
                JsonNode waarde = object.get("value");
                JsonNode type = object.get("type");
                String soort = type == null || type.isNull() ? null : type.isTextual() ? type.textValue().toLowerCase() : "?";
                Object gelezen = waarde(waarde, soort);
                if (gelezen == ONGELDIG) {
                    fouten.put(naam, "heeft een waarde die niet bij het type past (alleen String, Integer, Long, Double, Boolean of Null)");
                    return;
                }
                waarden.put(naam, gelezen);
            });
            return waarden;
        }

        private static final Object ONGELDIG = new Object();

        private static Object waarde(JsonNode waarde, String soort) {
            boolean leeg = waarde == null || waarde.isNull();
            if (soort == null) {
                if (leeg) {
                    return null;
                }
                if (waarde.isTextual()) {
                    return waarde.textValue();
                }
                if (waarde.isBoolean()) {
                    return waarde.booleanValue();
                }
                if (waarde.isIntegralNumber()) {
                    return waarde.canConvertToInt() ? (Object) waarde.intValue()
                            : waarde.canConvertToLong() ? (Object) waarde.longValue() : ONGELDIG;
                }
                return waarde.isNumber() ? waarde.doubleValue() : ONGELDIG;
            }
            return switch (soort) {
                case "null" -> leeg ? null : ONGELDIG;
                case "string" -> leeg ? null : waarde.isTextual() ? waarde.textValue() : ONGELDIG;
                case "boolean" -> leeg ? null : waarde.isBoolean() ? waarde.booleanValue() : ONGELDIG;
                case "integer" -> leeg ? null : waarde.isIntegralNumber() && waarde.canConvertToInt() ? waarde.intValue() : ONGELDIG;
                case "short" -> leeg ? null : waarde.isIntegralNumber() && waarde.canConvertToInt()
                        && waarde.intValue() == (short) waarde.intValue() ? (Object) (short) waarde.intValue() : ONGELDIG;
                case "long" -> leeg ? null : waarde.isIntegralNumber() && waarde.canConvertToLong() ? waarde.longValue() : ONGELDIG;
                case "double" -> leeg ? null : waarde.isNumber() ? waarde.doubleValue() : ONGELDIG;
                default -> ONGELDIG;
            };
        }
    }

    // ---------------------------------------------------------------- populatie: the same path, from Java
    // The population generator (populatie/) answers as the partners do: the request bodies the entry point receives,
    // through the same checks and operations, without HTTP.

    /** {@code fetchAndLock} with the JSON body a partner would send. */
    public List<LockedExternalTask> haalOp(PartnerAccount partner, byte[] verzoek) {
        return haalOp(partner, leesOphalen(partner, PartnerVerzoek.lees(verzoek, false)));
    }

    /** {@code complete} with the JSON body a partner would send. */
    public void voltooi(PartnerAccount partner, String taakId, byte[] verzoek) {
        voltooi(partner, taakId, PartnerVerzoek.lees(verzoek, false));
    }

    /** {@code failure} with the JSON body a partner would send. */
    public void faal(PartnerAccount partner, String taakId, byte[] verzoek) {
        faal(partner, taakId, PartnerVerzoek.lees(verzoek, false));
    }
}
