package nl.regie.inburgering.web;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON mapper of the engine REST API ({@code /engine-rest}) and of the webapps' engine API
 * ({@code /camunda/api/engine}): Camunda's own ({@link JacksonConfigurator}) plus a workaround for a Camunda 7 defect.
 * <p>
 * Tasklist sets a task's follow-up (and due) date by sending the whole task back ({@code PUT /task/{id}}, the task
 * as {@code GET /task/{id}} returned it). For a task with a Camunda Form ({@code camunda:formRef}, every user task
 * here) that body holds {@code camundaFormRef}, an interface Jackson cannot construct: every such update answered
 * 400 "Cannot construct instance of CamundaFormRef", and leaving the property out is no way around it (the endpoint
 * replaces the task). The reference is read-only anyway ({@code TaskDto.updateTask} never applies it), so it is
 * ignored when reading a task and still written when answering. What a user may then change on a task is decided in
 * the engine ({@code identiteit/TaakWijzigingControle}), not here.
 * <p>
 * Both APIs register the classes of {@link CamundaRestResources#getConfigurationClasses()} when they start (the
 * starter's Jersey configuration, the webapps' {@code EngineRestApplication}); Camunda's configurator is swapped for
 * this one in that set before any bean is created. The set is Camunda's own static, mutable set; should an upgrade
 * change that, the start fails instead of silently losing the workaround.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
public class EngineRestJson extends JacksonConfigurator {

    @Override
    public ObjectMapper getContext(Class<?> clazz) {
        ObjectMapper mapper = super.getContext(clazz);
        mapper.addMixIn(TaskDto.class, TaakZonderFormulierverwijzing.class);
        return mapper;
    }

    /** {@code camundaFormRef} is written in answers, never read from a request. */
    @JsonIgnoreProperties(value = "camundaFormRef", allowGetters = true)
    abstract static class TaakZonderFormulierverwijzing {
    }

    /** Replaces Camunda's configurator by this one in the set both APIs register; idempotent. */
    static void installeer() {
        Set<Class<?>> klassen = CamundaRestResources.getConfigurationClasses();
        try {
            klassen.remove(JacksonConfigurator.class);
            klassen.add(EngineRestJson.class);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("De JSON-configuratie van de engine-REST-API is niet te vervangen "
                    + "(Camunda-upgrade?): zonder haar faalt het zetten van een vervolgdatum in Tasklist", e);
        }
    }

    /** Installs it before any bean (the Jersey configuration of {@code /engine-rest} included) is created. */
    @Configuration
    static class Installatie {
        @Bean
        static BeanFactoryPostProcessor engineRestJsonInstalleren() {
            return beanFactory -> installeer();
        }
    }
}
