package nl.regie.inburgering.partner;

import java.util.List;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.Variabelen;

@Configuration
public class PartnerConfiguratie {

    /** After the engine REST authentication (order 10), before the answer check: a partner does only its own work. */
    @Bean
    public FilterRegistrationBean<PartnerToegangFilter> partnerToegangFilter(IdentityService identityService,
                                                                             ExternalTaskService externalTaskService,
                                                                             RuntimeService runtimeService,
                                                                             PartnersProperties partners) {
        FilterRegistrationBean<PartnerToegangFilter> registratie = new FilterRegistrationBean<>(
                new PartnerToegangFilter(identityService, externalTaskService, runtimeService, partners));
        registratie.setName("partner-toegang");
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.setOrder(15);
        return registratie;
    }

    /** After the engine REST authentication (order 10): the check runs as the partner, within its own rights. */
    @Bean
    public FilterRegistrationBean<PartnerAntwoordFilter> partnerAntwoordFilter(ExternalTaskService externalTaskService,
                                                                               RuntimeService runtimeService,
                                                                               IdentityService identityService,
                                                                               List<PartnerTopic> topics) {
        FilterRegistrationBean<PartnerAntwoordFilter> registratie =
                new FilterRegistrationBean<>(new PartnerAntwoordFilter(externalTaskService, runtimeService, identityService, topics));
        registratie.setName("partner-antwoord");
        registratie.addUrlPatterns("/engine-rest/external-task/*");
        registratie.setOrder(20);
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
