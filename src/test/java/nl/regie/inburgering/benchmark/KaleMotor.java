package nl.regie.inburgering.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The bare engine (issue 13's anchor): {@code benchmark/kaal-dossier.bpmn} (a dossier's shape, no delegates, no JPA)
 * deployed into the application's engine and database and walked through its whole lifecycle with the engine's own
 * Java API, as the generator walks a real dossier: timers executed when due, user tasks completed, the partners'
 * external tasks fetched, locked and completed, every asynchronous step run as the job executor would.
 */
final class KaleMotor {

    static final String SLEUTEL = "kaal-dossier";
    /** The timer burst's anchor: the shape in which the application's burst timer waits and fires. */
    static final String SLEUTEL_BRP_SIGNAAL = "kaal-brp-signaal";
    private static final String WERKER = "benchmark";

    private final RuntimeService runtime;
    private final TaskService taken;
    private final ManagementService beheer;
    private final ExternalTaskService extern;

    KaleMotor(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.taken = engine.getTaskService();
        this.beheer = engine.getManagementService();
        this.extern = engine.getExternalTaskService();
        engine.getRepositoryService().createDeployment().name("benchmark-kaal-dossier").enableDuplicateFiltering(true)
                .addClasspathResource("benchmark/kaal-dossier.bpmn").deploy();
        engine.getRepositoryService().createDeployment().name("benchmark-kaal-brp-signaal").enableDuplicateFiltering(true)
                .addClasspathResource("benchmark/kaal-brp-signaal.bpmn").deploy();
        for (String sleutel : List.of(SLEUTEL, SLEUTEL_BRP_SIGNAAL, "kaal-brede-intake")) {
            zonderOnzeTaakListeners(engine, sleutel);
        }
    }

    /**
     * Takes the application's built-in task listeners (engine/EngineConfiguratie: the Tasklist subject on every user
     * task, which looks the dossier up in our tables) off the bare definitions as the engine has them cached, so the
     * anchor runs no code of ours in its tasks. What stays on both sides is engine-wide: our command interceptors and
     * history handler run for every command of this engine (README, "Benchmark").
     */
    static void zonderOnzeTaakListeners(ProcessEngine engine, String sleutel) {
        String id = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(sleutel)
                .latestVersion().singleResult().getId();
        var definitie = ((RepositoryServiceImpl) engine.getRepositoryService())
                .getDeployedProcessDefinition(id);
        List<PvmActivity> open = new ArrayList<>(definitie.getActivities());
        int taken = 0;
        int weg = 0;
        while (!open.isEmpty()) {
            var activiteit = open.remove(open.size() - 1);
            open.addAll(activiteit.getActivities());
            if (activiteit instanceof ActivityImpl a
                    && a.getActivityBehavior() instanceof UserTaskActivityBehavior taak) {
                taken++;
                var taakDefinitie = taak.getTaskDefinition();
                for (var perGebeurtenis : taakDefinitie.getBuiltinTaskListeners().entrySet()) {
                    perGebeurtenis.getValue().removeIf(KaleMotor::vanOns);
                    // the engine calls the merged list (built-in before the model's), made when the listener was added
                    // (TaskEntity.getListenersForEvent: the built-in list when custom listeners are skipped, else this)
                    List<TaskListener> alle = taakDefinitie.getAllTaskListenersForEvent(perGebeurtenis.getKey());
                    if (alle != null && alle.removeIf(KaleMotor::vanOns)) {
                        weg++;
                    }
                }
            }
        }
        // where the engine keeps a task's listeners is its own business: if ours are not found there, say so rather
        // than measure an anchor that runs them
        if (taken > 0 && weg < taken) {
            throw new IllegalStateException("benchmark: the Tasklist-subject listener was found on " + weg + " of " + taken
                    + " user tasks of " + sleutel + "; the anchor would run code of ours");
        }
    }

    /**
     * Starts a bare dossier in the shape of {@code inburgering.bpmn} where its BRP-signal timer waits (the brede intake
     * called beside it, the event-based gateway, the five event sub-processes), with the twelve process variables a
     * statushouder's dossier holds at that moment (their types as there); the timer falls due at {@code brpOnbekendOp}.
     */
    String startBrpSignaal(String sleutel, Date brpOnbekendOp) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("brpOnbekendOp", brpOnbekendOp); // the application's timer reads its date from a bean instead
        variabelen.put("brpOnbekend", Boolean.TRUE); // the application's gateway asks our tables instead
        variabelen.put("termijnGestart", Boolean.FALSE); // pipTermijnGestart
        variabelen.put("pipTermijnVerstrekenOp", null);
        variabelen.put("pipHerinneringsdatum", null);
        variabelen.put("pipUiterlijkeDatum", null);
        variabelen.put("pipUiterlijkeDatumTekst", null);
        variabelen.put("doelgroep", "ASIELSTATUSHOUDER");
        variabelen.put("nationaliteit", "SYR");
        variabelen.put("leeftijd", 36);
        variabelen.put("dossiernummer", sleutel);
        variabelen.put("gemeente", "GM0498");
        return runtime.startProcessInstanceByKey(SLEUTEL_BRP_SIGNAAL, sleutel, variabelen).getId();
    }

    private static boolean vanOns(Object listener) {
        return listener.getClass().getName().startsWith("nl.regie.");
    }

    /** Starts a bare dossier whose "BRP onbekend" timer falls due at {@code brpOnbekendOp}, the others far later. */
    String start(String sleutel, Date brpOnbekendOp) {
        long nu = ClockUtil.getCurrentTime().getTime();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("gemeente", "GM0498");
        variabelen.put("leerroute", "B1");
        variabelen.put("brpOnbekendOp", brpOnbekendOp);
        variabelen.put("herinneringOp", new Date(nu + Duration.ofDays(56).toMillis()));
        variabelen.put("voortgangOp", new Date(nu + Duration.ofDays(120).toMillis()));
        variabelen.put("geenAntwoordOp", new Date(nu + Duration.ofDays(3650).toMillis()));
        return runtime.startProcessInstanceByKey(SLEUTEL, sleutel, variabelen).getId();
    }

    /** One bare dossier from the koppeling to its end. */
    void levensloop(String sleutel) {
        String id = start(sleutel, new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(98).toMillis()));
        timer(id, "Timer_BrpOnbekend");
        voltooi(id, "Task_BrpNagaan");
        timer(id, "Timer_Herinnering");
        voltooi(id, "Task_Herinneren");
        voltooi(id, "Task_BredeIntake");
        voltooi(id, "Task_PipOpstellen");
        voltooi(id, "Task_PipVaststellen");
        antwoord(id, sleutel, "taalaanbieder-aanmelding");
        antwoord(id, sleutel, "pvt-uitvoering");
        antwoord(id, sleutel, "map-uitvoering");
        timer(id, "Timer_Voortgangsmoment");
        antwoord(id, sleutel, "taalaanbieder-voortgang");
        voltooi(id, "Task_Voortgangsgesprek");
        voltooi(id, "Task_TermijnBespreken");
        if (runtime.createProcessInstanceQuery().processInstanceId(id).count() != 0) {
            throw new IllegalStateException("kaal dossier niet beëindigd: " + sleutel);
        }
    }

    private void timer(String id, String activiteit) {
        Job job = beheer.createJobQuery().processInstanceId(id).activityId(activiteit).timers().singleResult();
        beheer.executeJob(job.getId());
        asynchroon(id);
    }

    private void voltooi(String id, String taak) {
        Task t = taken.createTaskQuery().processInstanceId(id).taskDefinitionKey(taak).singleResult();
        taken.complete(t.getId());
        asynchroon(id);
    }

    private void antwoord(String id, String sleutel, String topic) {
        List<LockedExternalTask> vergrendeld = extern.fetchAndLock(1, WERKER).topic(topic, 60_000).businessKey(sleutel).execute();
        extern.complete(vergrendeld.get(0).getId(), WERKER, Map.of("antwoord", "ok"));
        asynchroon(id);
    }

    /** Runs the instance's due jobs (async continuations, joins) until none is left, as the job executor would. */
    private void asynchroon(String id) {
        for (List<Job> jobs = due(id); !jobs.isEmpty(); jobs = due(id)) {
            jobs.forEach(j -> beheer.executeJob(j.getId()));
        }
    }

    private List<Job> due(String id) {
        return beheer.createJobQuery().processInstanceId(id).executable().list();
    }
}
