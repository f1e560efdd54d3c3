package nl.regie.inburgering.metrics;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.web.BeveiligingsheadersFilter;

/**
 * The actuator's entry point (health and Prometheus, {@code management.endpoints.web.base-path}, default
 * {@code /actuator}) only for the monitoring account, with the APIs' security headers.
 */
@Configuration
public class MetricsBeveiliging {

    @Bean
    public FilterRegistrationBean<MonitoringFilter> monitoringToegang(IdentityService identityService,
                                                                      WebEndpointProperties actuator) {
        FilterRegistrationBean<MonitoringFilter> registratie = new FilterRegistrationBean<>(new MonitoringFilter(identityService));
        registratie.setName("monitoring-toegang");
        registratie.addUrlPatterns(pad(actuator) + "/*");
        registratie.setOrder(10);
        return registratie;
    }

    @Bean
    public FilterRegistrationBean<BeveiligingsheadersFilter> monitoringBeveiligingsheaders(WebEndpointProperties actuator) {
        FilterRegistrationBean<BeveiligingsheadersFilter> registratie = new FilterRegistrationBean<>(new BeveiligingsheadersFilter());
        registratie.setName("monitoring-beveiligingsheaders");
        registratie.addUrlPatterns(pad(actuator) + "/*");
        registratie.setOrder(-1);
        return registratie;
    }

    /** The actuator's base path; an empty one (the actuator at the root) would expose it beside everything: refused. */
    static String pad(WebEndpointProperties actuator) {
        String pad = actuator.getBasePath();
        if (pad == null || pad.isBlank() || "/".equals(pad)) {
            throw new IllegalStateException("management.endpoints.web.base-path moet een eigen pad zijn (standaard /actuator)");
        }
        return pad.endsWith("/") ? pad.substring(0, pad.length() - 1) : pad;
    }
}
