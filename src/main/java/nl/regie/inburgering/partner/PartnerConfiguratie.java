package nl.regie.inburgering.partner;


import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.Variabelen;

@Configuration
public class PartnerConfiguratie {

    /** The partners' own entry point: HTTP Basic, group partner, configured in regie.partners. */
    @Bean
    public FilterRegistrationBean<PartnerAuthenticatieFilter> partnerAuthenticatie(IdentityService identityService,
                                                                                 PartnersProperties partners) {
        FilterRegistrationBean<PartnerAuthenticatieFilter> registratie =
                new FilterRegistrationBean<>(new PartnerAuthenticatieFilter(identityService, partners));
        registratie.setName("partner-authenticatie");
        registratie.addUrlPatterns("/partner-api/*");
        registratie.setOrder(10);
        return registratie;
    }

    /** The last step of process partner-afmelding: the partner confirmed that the dossier ended. */
    @Bean
    public JavaDelegate afmeldingVastleggenDelegate(PartnerAfmeldingen afmeldingen) {
        return afmeldingen::bevestig;
    }

    /** The casemanager's answer when a partner does not confirm an afmelding in time. */
    @Bean
    public TaskListener afmeldingNietBevestigdListener(PartnerAfmeldingen afmeldingen, HuidigeGebruiker gebruiker) {
        return taak -> {
            String door = gebruiker.verplicht("afmeldingBesluit");
            String actie = Variabelen.verplichteTekst(taak, "afmeldingActie", "is verplicht: wat heeft u gedaan?");
            if ("BUITEN_SYSTEEM_BEVESTIGD".equals(taak.getVariable("afmeldingBesluit"))) {
                afmeldingen.bevestigdBuitenHetSysteem(taak.getExecution(), door, actie);
            }
            Variabelen.ruimOp(taak.getExecution(), "afmeldingActie");
        };
    }
}
