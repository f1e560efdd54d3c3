package nl.regie.inburgering.dossier;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.ModelMigratieRegel;

/**
 * Running dossiers move to the main process of issue 9 (term watch, voortgangsgesprekken, coded endings): every
 * instance of a version without {@code SubProcess_InburgeringstermijnBewaken} is migrated at start
 * ({@link nl.regie.inburgering.engine.ModelMigratie}); same ids map to themselves. A dossier past its PIP gets the
 * term watch and the voortgangsgesprekken it lacked, where it stands; one that waited at the old dead wait after its
 * tracks ({@value #OUDE_WACHT}) keeps only those two. Dossiers before the PIP reach them through the new fork.
 * The tracks' own instances keep their versions (call activities bind to their deployment).
 */
@Component
public class HoofdprocesMigratie implements ModelMigratieRegel {

    static final String TERMIJN_BEWAKEN = "SubProcess_InburgeringstermijnBewaken";
    static final String VOORTGANG = "CallActivity_Voortgangsgesprekken";
    static final String OUDE_WACHT = "Task_EindeInburgeringsplichtAfwachten";
    static final String JOIN = "Gateway_TrajectenAfgerond";
    static final String BEEINDIGEN = "SubProcess_DossierBeeindigen";
    static final Set<String> NA_DE_PIP = Set.of("CallActivity_Leerroute", "CallActivity_Pvt", "CallActivity_Map",
            "Gateway_MapKlaar", JOIN, OUDE_WACHT);

    private final RepositoryService repositoryService;

    public HoofdprocesMigratie(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public String procesKey() {
        return DossierService.PROCES_INBURGERING;
    }

    @Override
    public boolean migreertVan(ProcessDefinition bron) {
        return repositoryService.getBpmnModelInstance(bron.getId()).getModelElementById(TERMIJN_BEWAKEN) == null;
    }

    @Override
    public MigrationPlan plan(RuntimeService runtimeService, ProcessDefinition bron, ProcessDefinition doel) {
        return runtimeService.createMigrationPlan(bron.getId(), doel.getId()).mapEqualActivities().updateEventTriggers()
                .build();
    }

    /**
     * The old dead wait after the tracks does not exist any more: its token moves to the tracks' join (an async
     * continuation, present in both versions), which {@link #naMigratie} then replaces by the term watch.
     */
    @Override
    public void voorMigratie(RuntimeService runtimeService, String processInstanceId) {
        if (actief(runtimeService, processInstanceId).contains(OUDE_WACHT)) {
            runtimeService.createProcessInstanceModification(processInstanceId)
                    .startBeforeActivity(JOIN)
                    .cancelAllForActivity(OUDE_WACHT)
                    .execute();
        }
    }

    @Override
    public void naMigratie(RuntimeService runtimeService, String processInstanceId) {
        Set<String> actief = actief(runtimeService, processInstanceId);
        if (actief.contains(BEEINDIGEN) || actief.contains(TERMIJN_BEWAKEN)
                || actief.stream().noneMatch(NA_DE_PIP::contains)) {
            return;
        }
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder wijziging = runtimeService
                .createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(TERMIJN_BEWAKEN)
                .startBeforeActivity(VOORTGANG);
        boolean alleenDeOudeWacht = actief.contains(JOIN) && actief.stream()
                .noneMatch(a -> !a.equals(JOIN) && NA_DE_PIP.contains(a));
        if (alleenDeOudeWacht) {
            wijziging = wijziging.cancelAllForActivity(JOIN);
        }
        wijziging.execute();
    }

    private static Set<String> actief(RuntimeService runtimeService, String processInstanceId) {
        Set<String> ids = new HashSet<>();
        Deque<ActivityInstance> open = new ArrayDeque<>();
        open.push(runtimeService.getActivityInstance(processInstanceId));
        while (!open.isEmpty()) {
            ActivityInstance a = open.pop();
            ids.add(a.getActivityId());
            for (ActivityInstance kind : a.getChildActivityInstances()) {
                open.push(kind);
            }
            for (var overgang : a.getChildTransitionInstances()) {
                ids.add(overgang.getActivityId());
            }
        }
        return ids;
    }
}
