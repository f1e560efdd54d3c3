package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.intake.OproepRepository;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * After a restart the engine parses a stored deployment again one process at a time, on first use; the forms read
 * then come from the whole deployment, not from the one BPMN resource the engine hands the parser. Shown here by
 * forgetting what this JVM read (the parsed processes and the forms per deployment), as a restarted application has:
 * a task is then still completed with its form's fields (before the fix every completion answered "deze taak heeft
 * geen formulier", on PostgreSQL from the second start on).
 */
class FormulierNaHerstartTest extends ProcesTestBasis {

    @org.springframework.beans.factory.annotation.Autowired OproepRepository oproepen;

    @SuppressWarnings("unchecked")
    private void vergeetWatDezeJvmLas() throws ReflectiveOperationException {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        EngineConfiguratie.FormulierValidatieParseListener parser = configuratie.getCustomPostBPMNParseListeners().stream()
                .filter(EngineConfiguratie.FormulierValidatieParseListener.class::isInstance)
                .map(EngineConfiguratie.FormulierValidatieParseListener.class::cast).findFirst().orElseThrow();
        Field schemasVeld = EngineConfiguratie.FormulierValidatieParseListener.class.getDeclaredField("schemas");
        schemasVeld.setAccessible(true);
        FormulierSchemas schemas = (FormulierSchemas) schemasVeld.get(parser);
        Field perDeployment = FormulierSchemas.class.getDeclaredField("perDeployment");
        perDeployment.setAccessible(true);
        ((Map<String, ?>) perDeployment.get(schemas)).clear();
        configuratie.getDeploymentCache().discardProcessDefinitionCache();
    }

    @Test
    void naEenHerstartKentEenTaakHaarFormulierNog() throws ReflectiveOperationException {
        Dossier dossier = openStatushouder("0441");
        vergeetWatDezeJvmLas();

        oproepVersturen(dossier, TestGegevens.CM_HOORN, VANDAAG.plusDays(7));

        assertThat(oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId())).get()
                .satisfies(o -> assertThat(o.getDatum()).isEqualTo(VANDAAG.plusDays(7)));
    }
}
