package nl.regie.inburgering.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The input fields of each Camunda Form, read from the deployment a process definition belongs to (the models bind
 * their forms with {@code camunda:formRefBinding="deployment"}), never from today's classpath: an old process
 * version is checked against its own forms. Camunda Forms validate in the browser only; these schemas let the server
 * refuse the same bad input, and tell which variables a user may write on a task at all. Deployed resources never
 * change, so the forms are read once per deployment.
 */
public final class FormulierSchemas {

    /** Longest text a field without its own {@code maxLength} may hold: the engine's text column. */
    public static final int STANDAARD_MAX_LENGTE = 4000;

    /** One input field of a form. */
    public record Veld(String key, String label, String type, boolean verplicht, List<String> toegestaneWaarden,
                       BigDecimal min, BigDecimal max, int maxLengte, boolean alleenLezen, boolean voorwaardelijk) {

        /** Checked on completion by {@link FormulierValidatieListener}; conditional fields by the task's own listener. */
        public boolean gecontroleerd() {
            return !alleenLezen && !voorwaardelijk;
        }
    }

    /** One deployed Camunda Form. */
    public record Formulier(String id, Map<String, Veld> velden) {

        public Optional<Veld> veld(String key) {
            return Optional.ofNullable(velden.get(key));
        }

        public List<Veld> gecontroleerdeVelden() {
            return velden.values().stream().filter(Veld::gecontroleerd).toList();
        }
    }

    private static final List<String> INVOERTYPES =
            List.of("textfield", "textarea", "number", "select", "radio", "datetime", "checkbox");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Today's {@code maxLength} per form id and field key, from the forms this application ships. */
    private static final Map<String, Map<String, Integer>> HUIDIGE_GRENZEN = huidigeGrenzen();

    private final Map<String, Map<String, Formulier>> perDeployment = new ConcurrentHashMap<>();

    private static Map<String, Map<String, Integer>> huidigeGrenzen() {
        Map<String, Map<String, Integer>> grenzen = new HashMap<>();
        try {
            for (org.springframework.core.io.Resource bron
                    : new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (java.io.InputStream in = bron.getInputStream()) {
                    JsonNode formulier = JSON.readTree(in);
                    Map<String, Integer> velden = new HashMap<>();
                    formulier.findParents("key").forEach(c -> {
                        if (c.path("validate").has("maxLength")) {
                            velden.put(c.path("key").asText(), c.path("validate").path("maxLength").asInt());
                        }
                    });
                    grenzen.put(formulier.path("id").asText(), Map.copyOf(velden));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Formulieren niet leesbaar", e);
        }
        return Map.copyOf(grenzen);
    }

    private static final Map<String, Map<String, Formulier>> VOOR_TAKEN = new ConcurrentHashMap<>();

    /**
     * The keys of every field (read-only ones included) of the task's Camunda Form as deployed with its process; empty
     * when the task has none. For a create listener that fills a form's read-only fields: a task carries only what its
     * own form shows. Call within the engine's command (a listener is).
     */
    public static java.util.Set<String> veldnamen(org.camunda.bpm.engine.delegate.DelegateTask taak) {
        if (!(taak instanceof org.camunda.bpm.engine.impl.persistence.entity.TaskEntity entiteit)
                || entiteit.getTaskDefinition() == null || entiteit.getProcessDefinitionId() == null) {
            return java.util.Set.of();
        }
        org.camunda.bpm.engine.impl.form.FormDefinition form = entiteit.getTaskDefinition().getFormDefinition();
        if (form == null || form.getCamundaFormDefinitionKey() == null) {
            return java.util.Set.of();
        }
        org.camunda.bpm.engine.impl.interceptor.CommandContext context =
                org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        String deploymentId = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(entiteit.getProcessDefinitionId()).getDeploymentId();
        Formulier formulier = VOOR_TAKEN.computeIfAbsent(deploymentId,
                id -> lees(context.getDeploymentManager().findDeploymentById(id)))
                .get(form.getCamundaFormDefinitionKey().getExpressionText());
        return formulier == null ? java.util.Set.of() : formulier.velden().keySet();
    }

    /** The form {@code formulierId} as deployed in that deployment, which is loaded only when its forms are not read yet. */
    public Optional<Formulier> formulier(String deploymentId, Supplier<DeploymentEntity> deployment, String formulierId) {
        if (deploymentId == null || formulierId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(perDeployment.computeIfAbsent(deploymentId, id -> lees(deployment.get())).get(formulierId));
    }

    private static Map<String, Formulier> lees(DeploymentEntity deployment) {
        Map<String, Formulier> formulieren = new HashMap<>();
        java.util.Collection<ResourceEntity> resources = deployment == null ? null : resources(deployment);
        if (resources == null) {
            return formulieren;
        }
        for (ResourceEntity resource : resources) {
            if (resource.getName() != null && resource.getName().endsWith(".form") && resource.getBytes() != null) {
                Formulier formulier = lees(resource.getBytes(), resource.getName());
                formulieren.put(formulier.id(), formulier);
            }
        }
        return Map.copyOf(formulieren);
    }

    /**
     * Every resource of the deployment. Not {@code getResources()} of a stored deployment: when the engine parses one
     * process of it into its cache again (after a restart, on first use), that map holds only that process's BPMN
     * resource, and the forms read then would be none — for as long as the application runs. A new deployment (being
     * deployed, not stored yet) has all of them in the map.
     */
    private static java.util.Collection<ResourceEntity> resources(DeploymentEntity deployment) {
        org.camunda.bpm.engine.impl.interceptor.CommandContext context =
                org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        if (deployment.isNew() || deployment.getId() == null || context == null) {
            return deployment.getResources() == null ? null : deployment.getResources().values();
        }
        return context.getResourceManager().findResourcesByDeploymentId(deployment.getId());
    }

    static Formulier lees(byte[] bytes, String naam) {
        try {
            JsonNode formulier = JSON.readTree(bytes);
            String id = formulier.path("id").asText();
            Map<String, Veld> velden = new HashMap<>();
            verzamel(formulier.path("components"), velden, HUIDIGE_GRENZEN.getOrDefault(id, Map.of()));
            return new Formulier(id, Map.copyOf(velden));
        } catch (IOException e) {
            throw new IllegalStateException("Formulier niet leesbaar: " + naam, e);
        }
    }

    private static void verzamel(JsonNode componenten, Map<String, Veld> velden, Map<String, Integer> huidigeGrenzen) {
        for (JsonNode component : componenten) {
            String type = component.path("type").asText();
            if (component.has("components")) {
                verzamel(component.path("components"), velden, huidigeGrenzen);
            }
            if (!INVOERTYPES.contains(type) || !component.has("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> waarden = new ArrayList<>();
            component.path("values").forEach(v -> waarden.add(v.path("value").asText()));
            // a field's length is its column's, whatever the form's version: a form deployed before the field had its
            // maxLength (a running dossier on an old version) gets today's limit of the same field
            int maxLengte = validate.has("maxLength") ? Math.min(validate.path("maxLength").asInt(), STANDAARD_MAX_LENGTE)
                    : huidigeGrenzen.getOrDefault(component.path("key").asText(), STANDAARD_MAX_LENGTE);
            velden.put(component.path("key").asText(), new Veld(component.path("key").asText(),
                    component.path("label").asText(), type, validate.path("required").asBoolean(false), List.copyOf(waarden),
                    validate.has("min") ? validate.path("min").decimalValue() : null,
                    validate.has("max") ? validate.path("max").decimalValue() : null,
                    maxLengte, component.path("readonly").asBoolean(false), component.has("conditional")));
        }
    }
}
