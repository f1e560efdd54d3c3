package nl.regie.inburgering.engine;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The input fields of each Camunda Form in {@code forms/}, read from the very files that are deployed. Camunda Forms
 * validate in the browser only; these schemas let the server refuse the same bad input over the REST API.
 */
public final class FormulierSchemas {

    /** One input field of a form, as far as the server checks it. */
    public record Veld(String key, String label, String type, boolean verplicht, List<String> toegestaneWaarden,
                       BigDecimal min, BigDecimal max) {
    }

    private static final List<String> INVOERTYPES =
            List.of("textfield", "textarea", "number", "select", "radio", "datetime", "checkbox");

    private final Map<String, List<Veld>> veldenPerFormulier;

    private FormulierSchemas(Map<String, List<Veld>> veldenPerFormulier) {
        this.veldenPerFormulier = veldenPerFormulier;
    }

    public static FormulierSchemas laad(String patroon) {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Veld>> velden = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(patroon)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode formulier = json.readTree(in);
                    List<Veld> lijst = new ArrayList<>();
                    verzamel(formulier.path("components"), lijst);
                    velden.put(formulier.path("id").asText(), List.copyOf(lijst));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Formulieren niet leesbaar: " + patroon, e);
        }
        return new FormulierSchemas(velden);
    }

    private static void verzamel(JsonNode componenten, List<Veld> lijst) {
        for (JsonNode component : componenten) {
            String type = component.path("type").asText();
            if (component.has("components")) {
                verzamel(component.path("components"), lijst);
            }
            // Read-only and conditionally shown fields are checked by the task's own listener, if at all.
            if (!INVOERTYPES.contains(type) || !component.has("key") || component.path("readonly").asBoolean(false)
                    || component.has("conditional")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> waarden = new ArrayList<>();
            component.path("values").forEach(v -> waarden.add(v.path("value").asText()));
            lijst.add(new Veld(component.path("key").asText(), component.path("label").asText(), type,
                    validate.path("required").asBoolean(false), waarden,
                    validate.has("min") ? validate.path("min").decimalValue() : null,
                    validate.has("max") ? validate.path("max").decimalValue() : null));
        }
    }

    public Optional<List<Veld>> velden(String formulierId) {
        return Optional.ofNullable(veldenPerFormulier.get(formulierId));
    }
}
