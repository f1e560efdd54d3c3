package nl.regie.inburgering.web;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every REST call is authenticated. The engine REST API uses the engine's own Basic filter (authorizations and
 * tenant checks apply to the caller); our API has its own filter. The webapps (Tasklist, Cockpit, Admin) keep
 * their own session login. Accounts of koppelingen (partner, COA, DUO) are refused on the engine REST API and in every
 * webapp: partners have their own entry point ({@code /partner-api}), COA and DUO use {@code /api}.
 */
@Configuration
public class BeveiligingConfiguratie {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registratie.setName("engine-rest-authenticatie");
        registratie.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registratie.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest");
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.setOrder(10);
        return registratie;
    }

    /** Outermost: every error answer of every API is rewritten on its way out, whichever layer produced it. */
    @Bean
    public FilterRegistrationBean<FoutmeldingFilter> foutmeldingen() {
        FilterRegistrationBean<FoutmeldingFilter> registratie = new FilterRegistrationBean<>(new FoutmeldingFilter());
        registratie.setName("foutmeldingen");
        registratie.addUrlPatterns("/*");
        registratie.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }

    /** After the engine's Basic authentication (order 10): accounts of koppelingen never use the engine REST API. */
    @Bean
    public FilterRegistrationBean<KoppelingsaccountFilter> koppelingenBuitenEngineRest(IdentityService identityService) {
        FilterRegistrationBean<KoppelingsaccountFilter> registratie =
                new FilterRegistrationBean<>(new KoppelingsaccountFilter(identityService));
        registratie.setName("koppelingen-buiten-engine-rest");
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.setOrder(11);
        return registratie;
    }

    /** Accounts of koppelingen hold no webapp session (welcome app and its engine API included). */
    @Bean
    public FilterRegistrationBean<KoppelingBuitenWebappsFilter> koppelingenBuitenWebapps(IdentityService identityService) {
        FilterRegistrationBean<KoppelingBuitenWebappsFilter> registratie =
                new FilterRegistrationBean<>(new KoppelingBuitenWebappsFilter(identityService));
        registratie.setName("koppelingen-buiten-webapps");
        registratie.addUrlPatterns("/camunda/*");
        registratie.setOrder(2);
        return registratie;
    }

    @Bean
    public FilterRegistrationBean<BeveiligingsheadersFilter> beveiligingsheaders() {
        FilterRegistrationBean<BeveiligingsheadersFilter> registratie =
                new FilterRegistrationBean<>(new BeveiligingsheadersFilter());
        registratie.setName("beveiligingsheaders");
        registratie.addUrlPatterns("/engine-rest/*", "/api/*", "/partner-api/*");
        registratie.setOrder(-1);
        return registratie;
    }

    @Bean
    public FilterRegistrationBean<AdminSetupAfgeslotenFilter> adminSetupAfgesloten() {
        FilterRegistrationBean<AdminSetupAfgeslotenFilter> registratie =
                new FilterRegistrationBean<>(new AdminSetupAfgeslotenFilter());
        registratie.setName("admin-setup-afgesloten");
        registratie.addUrlPatterns(AdminSetupAfgeslotenFilter.PAD);
        registratie.setOrder(0);
        return registratie;
    }

    @Bean
    public FilterRegistrationBean<ApiAuthenticatieFilter> apiAuthenticatie(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticatieFilter> registratie =
                new FilterRegistrationBean<>(new ApiAuthenticatieFilter(identityService));
        registratie.setName("api-authenticatie");
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(10);
        return registratie;
    }
}
