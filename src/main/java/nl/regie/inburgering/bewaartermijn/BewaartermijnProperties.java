package nl.regie.inburgering.bewaartermijn;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Wi 36-37, Bi 9.9: the details of a dossier are deleted {@code duur} after it closed; the core identity stays.
 * {@code cron} plans the daily run inside the engine's history cleanup window.
 */
@ConfigurationProperties("regie.bewaartermijn")
public record BewaartermijnProperties(Period duur, String cron) {

    public BewaartermijnProperties {
        if (duur == null || duur.isNegative() || duur.isZero()) {
            throw new IllegalArgumentException("regie.bewaartermijn.duur moet een positieve periode zijn, bijvoorbeeld P5Y");
        }
    }
}
