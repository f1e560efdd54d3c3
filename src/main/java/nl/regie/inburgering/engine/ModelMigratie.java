package nl.regie.inburgering.engine;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every capability's {@link ModelMigratieRegel} at start: running instances of older model versions move
 * to the latest version, one instance per transaction (a failing instance stays on its version, keeps running there,
 * and is logged by id; the next start tries again). With many dossiers this takes a while, so by default it runs in
 * the background after start ({@code regie.migratie.bij-start: achtergrond}); {@code synchroon} waits for it,
 * {@code uit} leaves it to an operator ({@link #migreer()}). Several nodes may run it at once: the engine's
 * optimistic locking lets one of them move an instance, the other skips it.
 */
@Component
public class ModelMigratie {

    private static final Logger LOG = LoggerFactory.getLogger(ModelMigratie.class);
    private static final int PAGINA = 200;

    private final List<ModelMigratieRegel> regels;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactie;
    private final String bijStart;

    public ModelMigratie(List<ModelMigratieRegel> regels, RepositoryService repositoryService,
                         RuntimeService runtimeService, PlatformTransactionManager transactionManager,
                         @Value("${regie.migratie.bij-start:achtergrond}") String bijStart) {
        this.regels = regels;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.transactie = new TransactionTemplate(transactionManager);
        this.bijStart = bijStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void bijStart() {
        switch (bijStart) {
            case "uit" -> LOG.info("Modelmigratie bij start staat uit (regie.migratie.bij-start)");
            case "synchroon" -> migreer();
            default -> {
                var uitvoerder = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "regie-modelmigratie");
                    t.setDaemon(true);
                    return t;
                });
                uitvoerder.execute(this::migreer);
                uitvoerder.shutdown();
            }
        }
    }

    /** Moves every instance the rules accept; returns how many moved. Safe to call again. */
    public int migreer() {
        int totaal = 0;
        for (ModelMigratieRegel regel : regels) {
            totaal += migreer(regel);
        }
        return totaal;
    }

    private int migreer(ModelMigratieRegel regel) {
        List<ProcessDefinition> definities = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(regel.procesKey()).withoutTenantId().list();
        ProcessDefinition doel = definities.stream().max(Comparator.comparingInt(ProcessDefinition::getVersion))
                .orElse(null);
        if (doel == null) {
            return 0;
        }
        int verplaatst = 0;
        for (ProcessDefinition bron : definities) {
            // an old version without running instances needs no plan (and its model is not read at every start)
            if (bron.getId().equals(doel.getId())
                    || runtimeService.createProcessInstanceQuery().processDefinitionId(bron.getId()).count() == 0
                    || !regel.migreertVan(bron)) {
                continue;
            }
            MigrationPlan plan = regel.plan(runtimeService, bron, doel);
            List<String> ids = new ArrayList<>();
            for (int vanaf = 0; ; vanaf += PAGINA) {
                List<ProcessInstance> pagina = runtimeService.createProcessInstanceQuery()
                        .processDefinitionId(bron.getId()).orderByProcessInstanceId().asc().listPage(vanaf, PAGINA);
                pagina.forEach(p -> ids.add(p.getId()));
                if (pagina.size() < PAGINA) {
                    break;
                }
            }
            int mislukt = 0;
            for (String id : ids) {
                try {
                    transactie.executeWithoutResult(status -> {
                        regel.voorMigratie(runtimeService, id);
                        runtimeService.newMigration(plan).processInstanceIds(id).execute();
                        regel.naMigratie(runtimeService, id);
                    });
                    verplaatst++;
                } catch (RuntimeException fout) {
                    mislukt++;
                    LOG.warn("Proces {} ({} v{}) niet gemigreerd; het loopt door op zijn versie: {}",
                            id, regel.procesKey(), bron.getVersion(), fout.getClass().getSimpleName());
                }
            }
            LOG.info("Modelmigratie {} v{} -> v{}: {} verplaatst, {} niet", regel.procesKey(), bron.getVersion(),
                    doel.getVersion(), verplaatst, mislukt);
        }
        return verplaatst;
    }
}
