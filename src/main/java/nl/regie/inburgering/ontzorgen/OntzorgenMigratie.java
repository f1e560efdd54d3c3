package nl.regie.inburgering.ontzorgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.ModelMigratieRegel;

/**
 * Running financieel ontzorgen moves to the version whose evaluation form asks the inburgeraar's consent to voluntary
 * budget management (Pw 57): on an older version the form had no such field, so continuing would be refused for
 * ever. The model itself is unchanged (equal ids map to themselves); an open evaluation task then shows the new form.
 */
@Component
public class OntzorgenMigratie implements ModelMigratieRegel {

    static final String FORMULIER = "ontzorgen-evalueren.form";

    private final RepositoryService repositoryService;

    public OntzorgenMigratie(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public String procesKey() {
        return "ontzorgen";
    }

    @Override
    public boolean migreertVan(ProcessDefinition bron) {
        String deployment = bron.getDeploymentId();
        return repositoryService.getDeploymentResourceNames(deployment).stream()
                .filter(naam -> naam.endsWith(FORMULIER))
                .findFirst()
                .map(naam -> !vraagtToestemming(deployment, naam))
                .orElse(false);
    }

    private boolean vraagtToestemming(String deployment, String naam) {
        try (InputStream in = repositoryService.getResourceAsStream(deployment, naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"" + OntzorgenDelegates.TOESTEMMING + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MigrationPlan plan(RuntimeService runtimeService, ProcessDefinition bron, ProcessDefinition doel) {
        return runtimeService.createMigrationPlan(bron.getId(), doel.getId()).mapEqualActivities().updateEventTriggers()
                .build();
    }
}
