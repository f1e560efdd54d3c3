package nl.regie.inburgering.ontzorgen;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.OntzorgenAfspraak;
import nl.regie.inburgering.dossier.PipVersieVastgesteld;
import nl.regie.inburgering.dossier.TrajectenStarter;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;

/**
 * The PIP's ontzorgen agreement drives the withholding (Wi 15, Pw 56a), decided on our tables (the current fixed
 * {@link PipVersie}), never on a process variable:
 * <ul>
 * <li>a fixed PIP version without ontzorgen stops a running withholding along the track's own STOP path (the income
 *     system gets {@code actie STOP} on topic {@value OntzorgenDelegates#TOPIC}; the track then records its end), and
 *     keeps a later start (bijstand after the PIP) from happening ({@link OntzorgenAfspraak});</li>
 * <li>a version with ontzorgen starts it when it has never run and the law allows it (plicht established, bijstand
 *     known, an asielstatushouder or a nareiziger by the gemeente's policy): {@link TrajectenStarter#startWatKan}.
 *     A withholding that ran and stopped is not restarted by a later PIP.</li>
 * </ul>
 * Runs as the PIP process's own step after the fixing ({@value #STAP}, asyncBefore), never after the commit: a failure
 * is a retried job and then an incident in Cockpit.
 */
@Component
public class OntzorgenVolgensPip implements OntzorgenAfspraak {

    static final String PROCES = "ontzorgen";
    /** The step in pip.bpmn and pip-wijziging.bpmn right after a PIP version is fixed. */
    public static final String STAP = PipVersieVastgesteld.STAP_ONTZORGEN;
    static final String STOPPEN = "SubProcess_InhoudingStoppen";
    /** Already stopping or ended: nothing to stop. */
    private static final Set<String> STOPT_AL = Set.of(STOPPEN, "Task_OntzorgenBeeindigen", "End_OntzorgenBeeindigd");

    private final DossierRepository dossiers;
    private final PipVersieRepository versies;
    private final RuntimeService runtimeService;
    private final TrajectenStarter starter;

    public OntzorgenVolgensPip(DossierRepository dossiers, PipVersieRepository versies, @Lazy RuntimeService runtimeService,
                               @Lazy TrajectenStarter starter) {
        this.dossiers = dossiers;
        this.versies = versies;
        this.runtimeService = runtimeService;
        this.starter = starter;
    }

    @Override
    public boolean geenOntzorgenAfgesproken(Dossier dossier) {
        return geldend(dossier).map(v -> !v.isOntzorgen()).orElse(false);
    }

    /**
     * The step {@value #STAP} right after the fixing in pip.bpmn and pip-wijziging.bpmn ({@code asyncBefore}: a job
     * of its own once the version is committed, so a failure is retried and then an incident in Cockpit).
     */
    public void volgPip(String dossiernummer) {
        volgPip(dossiers.getByDossiernummer(dossiernummer));
    }

    /**
     * A version fixed without the step to follow (a PIP process started on an older model version, or a publisher
     * outside a process): the reaction runs in the transaction that fixes the version, so a failure fails that job as
     * well (retried, then an incident) or that request (nothing written), never silently.
     */
    @EventListener
    public void bijPipVersie(PipVersieVastgesteld vastgesteld) {
        if (!vastgesteld.ontzorgenStapVolgt()) {
            volgPip(vastgesteld.dossiernummer());
        }
    }

    void volgPip(Dossier dossier) {
        if (dossier.getAfgeslotenOp() != null) {
            return;
        }
        Optional<PipVersie> pip = geldend(dossier);
        if (pip.isEmpty()) {
            return;
        }
        if (pip.get().isOntzorgen()) {
            starter.startWatKan(dossier);
        } else {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                    .processInstanceBusinessKey(dossier.getDossiernummer()).active().list()
                    .forEach(this::stop);
        }
    }

    /** Along the track's own STOP path: the income system is told, the track records the end when it confirms. */
    private void stop(ProcessInstance ontzorgen) {
        ActivityInstance boom = runtimeService.getActivityInstance(ontzorgen.getId());
        if (boom == null || Arrays.stream(boom.getChildActivityInstances()).anyMatch(a -> STOPT_AL.contains(a.getActivityId()))
                || Arrays.stream(boom.getChildTransitionInstances()).anyMatch(t -> STOPT_AL.contains(t.getActivityId()))) {
            return;
        }
        ProcessInstanceModificationBuilder wijziging = runtimeService.createProcessInstanceModification(ontzorgen.getId())
                .startBeforeActivity(STOPPEN);
        for (ActivityInstance lopend : boom.getChildActivityInstances()) {
            wijziging.cancelActivityInstance(lopend.getId());
        }
        for (var wachtend : boom.getChildTransitionInstances()) {
            wijziging.cancelTransitionInstance(wachtend.getId());
        }
        wijziging.execute();
    }

    private Optional<PipVersie> geldend(Dossier dossier) {
        return versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(), PipVersie.Status.VASTGESTELD);
    }
}
