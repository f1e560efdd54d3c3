package nl.regie.inburgering.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine plumbing shared by every stage: gemeente tenants, server-side form validation and its 400 answers, no
 * expressions in task queries beyond our own filters' ({@link QueryExpressieInterceptor}), and a history that keeps
 * personal narratives out.
 */
@Configuration
@EnableConfigurationProperties({PrivacyProperties.class, AanmeldVertraging.Instellingen.class})
public class EngineConfiguratie {

    @Bean
    public AanmeldVertraging aanmeldVertraging(AanmeldVertraging.Instellingen instellingen) {
        return new AanmeldVertraging(instellingen);
    }

    /** After identiteit/RechtenEnginePlugin: who may act on a task (403) is decided before what may be written (400). */
    @Bean
    @org.springframework.core.annotation.Order(2)
    public AbstractProcessEnginePlugin regieEnginePlugin(PrivacyProperties privacy, AanmeldVertraging aanmeldVertraging,
                                                         List<AfgeschermdeVelden> afgeschermdePerCapaciteit,
                                                         ObjectProvider<TaakOnderwerp> taakOnderwerp) {
        FormulierSchemas schemas = new FormulierSchemas();
        Set<String> afgeschermd = new java.util.TreeSet<>(privacy.afgeschermdInHistorie());
        afgeschermdePerCapaciteit.forEach(c -> afgeschermd.addAll(c.velden()));
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuratie) {
                // before the engine builds its MyBatis configuration and runs its first query
                OgnlLeesCache.installeer();
                configuratie.setTenantIdProvider(new GemeenteTenantIdProvider());
                configuratie.setHistoryEventHandler(new AfgeschermdeHistorie(Set.copyOf(afgeschermd)));
                List<BpmnParseListener> listeners = configuratie.getCustomPostBPMNParseListeners() == null
                        ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomPostBPMNParseListeners());
                listeners.add(new FormulierValidatieParseListener(schemas));
                // resolved when a task is created: the dossier tables' beans need not exist before the engine
                listeners.add(new TaakOnderwerpParseListener(new TaakOnderwerpListener(taakOnderwerp::getIfAvailable)));
                configuratie.setCustomPostBPMNParseListeners(listeners);
                configuratie.setCustomPreCommandInterceptorsTxRequired(
                        met(configuratie.getCustomPreCommandInterceptorsTxRequired(), new OngeldigeInvoerInterceptor(),
                                // no user works an external task, whatever the entry point (only the application does)
                                new ExterneTakenAlleenAlsApplicatie(configuratie)));
                // inside the command context, so that a filter's stored query, a task and its deployment can be read;
                // one instance per chain
                configuratie.setCustomPostCommandInterceptorsTxRequired(met(configuratie.getCustomPostCommandInterceptorsTxRequired(),
                        new QueryExpressieInterceptor(), new TaakVariabelenInterceptor(schemas), new TaakOnderwerpLezen()));
                configuratie.setCustomPostCommandInterceptorsTxRequiresNew(met(configuratie.getCustomPostCommandInterceptorsTxRequiresNew(),
                        new QueryExpressieInterceptor(), new TaakVariabelenInterceptor(schemas), new TaakOnderwerpLezen()));
                // Login throttling is ours (AanmeldVertraging), before the transaction so that no connection is held
                // while a failing caller waits: the engine's would lock an account for good after loginMaxAttempts
                // and refuse even the right password while its delay runs.
                configuratie.getCustomPreCommandInterceptorsTxRequired().add(0, new AanmeldVertragingInterceptor(aanmeldVertraging));
                configuratie.setLoginMaxAttempts(Integer.MAX_VALUE);
                configuratie.setLoginDelayBase(0);
                configuratie.setLoginDelayFactor(0);
                // The command context would log every failed command (ENGINE-16004) with the exception's message,
                // which quotes the failed SQL and its bound values: a too-long form value was logged seven times
                // with its BSN. Failures are logged where they are answered instead (web/FoutmeldingFilter with a
                // reference, the job executor), and without messages (logback-spring.xml).
                configuratie.setEnableCmdExceptionLogging(false);
            }
        };
    }

    /** The engine's interceptor list with these appended (the list may be null before the first plugin). */
    public static List<CommandInterceptor> met(List<CommandInterceptor> bestaand, CommandInterceptor... interceptors) {
        List<CommandInterceptor> lijst = bestaand == null ? new ArrayList<>() : new ArrayList<>(bestaand);
        lijst.addAll(List.of(interceptors));
        return lijst;
    }

    /** Puts who a task is about on every user task, for Tasklist's list ({@link TaakOnderwerp}). */
    static class TaakOnderwerpParseListener extends AbstractBpmnParseListener {
        private final TaskListener listener;

        TaakOnderwerpParseListener(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
    }

    /** Adds the form check as the first complete listener of every user task that has a Camunda Form. */
    static class FormulierValidatieParseListener extends AbstractBpmnParseListener {
        private final FormulierSchemas schemas;

        FormulierValidatieParseListener(FormulierSchemas schemas) {
            this.schemas = schemas;
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String formulierId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            if (formulierId == null) {
                return;
            }
            // the form as deployed with this very process definition: an old version is checked against its own form
            String deploymentId = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getDeploymentId();
            schemas.formulier(deploymentId,
                    () -> Context.getCommandContext().getDeploymentManager().findDeploymentById(deploymentId), formulierId)
                    .ifPresent(formulier -> {
                var taakDefinitie = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                // built-in listeners run before those in the model, so a refused form never reaches the model's own
                taakDefinitie.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new FormulierValidatieListener(formulier));
            });
        }
    }
}
