package nl.regie.inburgering.rapportage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The report's settings: the dated SPUK amounts and the policy targets ({@code regie.rapportage}). */
@Configuration
@EnableConfigurationProperties({SpukInstellingen.class, Beleidsdoelen.class})
public class RapportageConfiguratie {
}
