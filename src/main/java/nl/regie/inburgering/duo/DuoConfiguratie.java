package nl.regie.inburgering.duo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The DUO-koppeling's settings ({@code regie.duo.*}, {@link DuoProperties}). */
@Configuration
@EnableConfigurationProperties(DuoProperties.class)
public class DuoConfiguratie {
}
