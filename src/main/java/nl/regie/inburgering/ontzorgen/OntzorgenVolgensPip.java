package nl.regie.inburgering.ontzorgen;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

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
 * Reacts once the PIP version's transaction has committed, in a transaction of its own (the track is called by the
 * main process, which must not be changed under the execution that fixes the PIP).
 */
@Component
public class OntzorgenVolgensPip implements OntzorgenAfspraak {

    static final String PROCES = "ontzorgen";
    static final String STOPPEN = "SubProcess_InhoudingStoppen";
    /** Already stopping or ended: nothing to stop. */
    private static final Set<String> STOPT_AL = Set.of(STOPPEN, "Task_OntzorgenBeeindigen", "End_OntzorgenBeeindigd");
    private static final Logger LOG = LoggerFactory.getLogger(OntzorgenVolgensPip.class);

    private final DossierRepository dossiers;
    private final PipVersieRepository versies;
    private final RuntimeService runtimeService;
    private final TrajectenStarter starter;
    private final TransactionTemplate nieuweTransactie;

    public OntzorgenVolgensPip(DossierRepository dossiers, PipVersieRepository versies, @Lazy RuntimeService runtimeService,
                               @Lazy TrajectenStarter starter, PlatformTransactionManager transactionManager) {
        this.dossiers = dossiers;
        this.versies = versies;
        this.runtimeService = runtimeService;
        this.starter = starter;
        this.nieuweTransactie = new TransactionTemplate(transactionManager);
        this.nieuweTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean geenOntzorgenAfgesproken(Dossier dossier) {
        return geldend(dossier).map(v -> !v.isOntzorgen()).orElse(false);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void bijPipVersie(PipVersieVastgesteld vastgesteld) {
        try {
            nieuweTransactie.executeWithoutResult(status -> volgPip(dossiers.getByDossiernummer(vastgesteld.dossiernummer())));
        } catch (RuntimeException e) {
            LOG.error("Ontzorgen van {} niet bijgewerkt naar PIP-versie {}", vastgesteld.dossiernummer(),
                    vastgesteld.versie(), e);
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
