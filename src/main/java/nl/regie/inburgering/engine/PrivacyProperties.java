package nl.regie.inburgering.engine;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code afgeschermdInHistorie}: form fields whose values the engine's history must not keep. */
@ConfigurationProperties("regie.privacy")
public record PrivacyProperties(List<String> afgeschermdInHistorie) {

    public PrivacyProperties {
        afgeschermdInHistorie = afgeschermdInHistorie == null ? List.of() : List.copyOf(afgeschermdInHistorie);
    }
}
