package nl.regie.inburgering.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys model versions for tests of running dossiers across a release: today's models and forms, optionally with
 * the main process as it landed at commit ed5ae26 ({@code landed-ed5ae26/inburgering.bpmn}). {@link #opruimen()}
 * removes them again so the shared engine keeps today's deployment as the latest.
 */
public class ModelVersies {

    private final RepositoryService repositoryService;
    private final List<String> deployments = new ArrayList<>();

    public ModelVersies(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Deploys today's models and forms; with {@code gelandHoofdproces} the landed main process instead of today's. */
    public String deploy(String naam, boolean gelandHoofdproces) {
        try {
            DeploymentBuilder builder = repositoryService.createDeployment().name(naam);
            PathMatchingResourcePatternResolver bronnen = new PathMatchingResourcePatternResolver();
            for (Resource bron : bronnen.getResources("classpath:processes/*.bpmn")) {
                if (!(gelandHoofdproces && "inburgering.bpmn".equals(bron.getFilename()))) {
                    builder.addInputStream(bron.getFilename(), bron.getInputStream());
                }
            }
            if (gelandHoofdproces) {
                builder.addInputStream("inburgering.bpmn",
                        bronnen.getResource("classpath:landed-ed5ae26/inburgering.bpmn").getInputStream());
            }
            for (Resource bron : bronnen.getResources("classpath:forms/*.form")) {
                builder.addInputStream(bron.getFilename(), bron.getInputStream());
            }
            String id = builder.deploy().getId();
            deployments.add(id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProcessDefinition definitie(String deploymentId, String key) {
        return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey(key)
                .singleResult();
    }

    public void opruimen() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true, true));
        deployments.clear();
    }
}
