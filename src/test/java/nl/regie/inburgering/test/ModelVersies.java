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
 * Deploys model versions for tests of running dossiers across a release: today's models and forms, with some files as
 * they landed at commit ed5ae26 ({@code landed-ed5ae26/}). {@link #opruimen()}
 * removes them again so the shared engine keeps today's deployment as the latest.
 */
public class ModelVersies {

    private final RepositoryService repositoryService;
    private final List<String> deployments = new ArrayList<>();

    public ModelVersies(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /**
     * Deploys today's models and forms, except the files named (e.g. {@code inburgering.bpmn},
     * {@code forms/ontzorgen-evalueren.form}), which are taken as they landed at ed5ae26 ({@code landed-ed5ae26/}).
     */
    public String deploy(String naam, String... geland) {
        return deployVan("landed-ed5ae26", naam, geland);
    }

    /**
     * As {@link #deploy}, with the named files as they were at another commit, from the test resources' folder
     * {@code map} (e.g. {@code landed-c3e0f7b/}: the models before the plicht and PIP reactions became steps).
     */
    public String deployVan(String map, String naam, String... geland) {
        try {
            java.util.Set<String> gelandeNamen = new java.util.HashSet<>();
            for (String pad : geland) {
                gelandeNamen.add(pad.substring(pad.lastIndexOf('/') + 1));
            }
            DeploymentBuilder builder = repositoryService.createDeployment().name(naam);
            PathMatchingResourcePatternResolver bronnen = new PathMatchingResourcePatternResolver();
            for (String patroon : List.of("classpath:processes/*.bpmn", "classpath:forms/*.form")) {
                for (Resource bron : bronnen.getResources(patroon)) {
                    if (!gelandeNamen.contains(bron.getFilename())) {
                        builder.addInputStream(bron.getFilename(), bron.getInputStream());
                    }
                }
            }
            for (String pad : geland) {
                builder.addInputStream(pad.substring(pad.lastIndexOf('/') + 1),
                        bronnen.getResource("classpath:" + map + "/" + pad).getInputStream());
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
