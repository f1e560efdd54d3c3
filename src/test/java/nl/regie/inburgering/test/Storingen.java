package nl.regie.inburgering.test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.OntzorgenAfspraak;

/**
 * Test only: makes the start of financieel ontzorgen fail for the dossiers a test names (as a broken dependency
 * would), so that a test can show what the procesbeheerder sees: a retried job, then an incident. Part of every
 * test context (no new context); without a named dossier it never interferes.
 */
@Component
public class Storingen implements OntzorgenAfspraak {

    public static final String MELDING = "Gesimuleerde storing bij het starten van financieel ontzorgen";
    private static final Set<String> GESTOORD = ConcurrentHashMap.newKeySet();

    public static void zet(Dossier dossier) {
        GESTOORD.add(dossier.getDossiernummer());
    }

    public static void herstel(Dossier dossier) {
        GESTOORD.remove(dossier.getDossiernummer());
    }

    @Override
    public boolean geenOntzorgenAfgesproken(Dossier dossier) {
        if (GESTOORD.contains(dossier.getDossiernummer())) {
            throw new IllegalStateException(MELDING);
        }
        return false;
    }

    /**
     * Runs the job of this activity as the job executor would, as often as its retries allow (the project's
     * {@code failedJobRetryTimeCycle}: three attempts), each failing; returns the job, now without retries.
     */
    public static Job faaltTotIncident(ManagementService managementService, String processInstanceId, String activiteit) {
        for (int poging = 0; poging < 10; poging++) {
            Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activiteit)
                    .singleResult();
            if (job == null) {
                throw new AssertionError("Geen job voor " + activiteit);
            }
            if (job.getRetries() == 0) {
                return job;
            }
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException verwacht) {
                if (!String.valueOf(verwacht.getMessage()).contains(MELDING)) {
                    throw verwacht;
                }
                continue;
            }
            throw new AssertionError("De job van " + activiteit + " slaagde ondanks de storing");
        }
        throw new AssertionError("De job van " + activiteit + " raakt zijn pogingen niet kwijt");
    }
}
