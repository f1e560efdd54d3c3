package nl.regie.inburgering.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The fair anchor for the lifecycle (issue 13): the bare engine running, per dossier, the same numbers of steps the
 * population generator's dossiers really executed ({@link Vorm}, counted in the engine's history during the
 * application's run): {@code benchmark/kaal-levensloop.bpmn} and the part it calls, {@code benchmark/kaal-deel.bpmn},
 * loop over timers that fire, user tasks (some with a deadline timer that is created and deleted), partner answers
 * (with a "no answer" timer), further asynchronous continuations, pass-through flow nodes and call activities, the
 * counts being process variables. No delegates, listeners, forms, JPA or authentication.
 *
 * <p>Driven by the same loop as the generator's {@code DossierSimulatie}, with the same bookkeeping queries per step
 * (the dossier's process instances by business key, its executable asynchronous jobs one at a time, then its timers,
 * external tasks and tasks to choose the next step), on as many threads. The CPU time and the queries (= database
 * transactions) of that bookkeeping are counted on both sides ({@link #boekhoudingCpuNanos},
 * {@link #boekhoudingTransacties}), so that the benchmark can subtract the driver from both.
 */
final class KaleLevensloop {

    static final String SLEUTEL = "kaal-levensloop";
    private static final String WERKER = "benchmark";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Steps per dossier, as totals over {@code dossiers}; see {@link #van}. */
    record Vorm(long dossiers, long taken, long antwoorden, long timers, long timersNietAf, long jobs, long aanroepen,
                long activiteiten) {

        long asynchroon() {
            return Math.max(0, jobs - timers - taken - antwoorden);
        }

        /** Unfired timers beyond the partner tasks' own "no answer" timers go on user tasks as a deadline. */
        long takenTermijn() {
            return Math.max(0, Math.min(taken, timersNietAf - antwoorden));
        }

        /** The bare model's flow nodes besides the pass-through ones (see the models), for all dossiers. */
        long structureel() {
            long blokken = dossiers + aanroepen;
            return 8 * blokken + dossiers + aanroepen + 4 * (timers + takenTermijn() + antwoorden)
                    + (taken - takenTermijn()) + asynchroon();
        }

        long vulling() {
            return Math.max(0, activiteiten - structureel());
        }

        /** Dossier {@code i}'s share of a total: spread so that the shares add up to the total exactly. */
        static long deel(long totaal, long dossiers, int i) {
            return totaal * (i + 1) / dossiers - totaal * i / dossiers;
        }
    }

    private final RuntimeService runtime;
    private final TaskService taken;
    private final ManagementService beheer;
    private final ExternalTaskService extern;
    final AtomicLong boekhoudingCpuNanos = new AtomicLong();
    final AtomicLong boekhoudingTransacties = new AtomicLong();

    KaleLevensloop(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.taken = engine.getTaskService();
        this.beheer = engine.getManagementService();
        this.extern = engine.getExternalTaskService();
        engine.getRepositoryService().createDeployment().name("benchmark-kale-levensloop").enableDuplicateFiltering(true)
                .addClasspathResource("benchmark/kaal-levensloop.bpmn").addClasspathResource("benchmark/kaal-deel.bpmn").deploy();
        // no code of ours in the anchor's tasks (the Tasklist subject the application puts on every user task)
        KaleMotor.zonderOnzeTaakListeners(engine, SLEUTEL);
        KaleMotor.zonderOnzeTaakListeners(engine, "kaal-deel");
    }

    /** Walks {@code vorm.dossiers()} bare dossiers of that shape on {@code threads} threads. */
    void walk(Vorm vorm, String run, int threads) {
        AtomicInteger volgende = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> werkers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                werkers.add(pool.submit(() -> {
                    for (int i = volgende.getAndIncrement(); i < vorm.dossiers(); i = volgende.getAndIncrement()) {
                        levensloop(vorm, i, run + "-" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> werker : werkers) {
                werker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("kale levensloop mislukt", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    void levensloop(Vorm vorm, int i, String sleutel) {
        long n = vorm.dossiers();
        long aanroepen = Vorm.deel(vorm.aanroepen(), n, i);
        Map<String, Object> v = new HashMap<>();
        long nu = ClockUtil.getCurrentTime().getTime();
        v.put("timerOp", new Date(nu));
        v.put("nooitOp", new Date(nu + Duration.ofDays(3650).toMillis()));
        v.put("aanroepen", aanroepen);
        long takenTermijn = Vorm.deel(vorm.takenTermijn(), n, i);
        Map<String, Long> tellingen = Map.of("timers", Vorm.deel(vorm.timers(), n, i), "takenTermijn", takenTermijn,
                "taken", Vorm.deel(vorm.taken() - vorm.takenTermijn(), n, i), "antwoorden", Vorm.deel(vorm.antwoorden(), n, i),
                "asynchroon", Vorm.deel(vorm.asynchroon(), n, i), "vulling", Vorm.deel(vorm.vulling(), n, i));
        long blokken = aanroepen + 1;
        tellingen.forEach((naam, totaal) -> {
            v.put(naam, totaal / blokken);
            v.put(naam + "Deel", totaal / blokken);
            v.put(naam + "Rest", totaal % blokken);
        });
        runtime.startProcessInstanceByKey(SLEUTEL, sleutel, v);
        for (int stap = 0; stap < 100_000; stap++) {
            werkAf(sleutel);
            long cpu = THREADS.getCurrentThreadCpuTime();
            List<String> instanties = instanties(sleutel);
            Runnable actie = null;
            if (!instanties.isEmpty()) {
                actie = volgende(instanties, nu);
            }
            boekhoudingCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            if (actie == null) {
                break;
            }
            actie.run();
        }
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(sleutel).count() != 0) {
            throw new IllegalStateException("kale levensloop niet beëindigd: " + sleutel);
        }
    }

    /** As the generator: the earliest due timer, else a partner's answer, else a task; null when nothing is left. */
    private Runnable volgende(List<String> instanties, long nu) {
        String[] ids = instanties.toArray(String[]::new);
        List<Job> timers = beheer.createJobQuery().processInstanceIds(new java.util.HashSet<>(instanties)).timers().list();
        List<ExternalTask> partnertaken = extern.createExternalTaskQuery().processInstanceIdIn(ids).active().list();
        List<Task> open = taken.createTaskQuery().processInstanceIdIn(ids).initializeFormKeys().list();
        boekhoudingTransacties.addAndGet(3);
        for (Job timer : timers) {
            if (timer.getDuedate() != null && timer.getDuedate().getTime() <= nu) {
                return () -> beheer.executeJob(timer.getId());
            }
        }
        if (!partnertaken.isEmpty()) {
            ExternalTask taak = partnertaken.get(0);
            return () -> beantwoord(taak);
        }
        if (!open.isEmpty()) {
            Task taak = open.get(0);
            return () -> {
                taken.getIdentityLinksForTask(taak.getId()); // as the generator: who may do it
                // without variables: the bare tasks have no form, and the application's own interceptor
                // (engine/TaakVariabelenInterceptor) refuses variables on a task without one, for every caller
                taken.complete(taak.getId());
            };
        }
        return null;
    }

    private void beantwoord(ExternalTask taak) {
        runtime.getVariable(taak.getProcessInstanceId(), "timerOp"); // as the generator reads the task's partner
        List<LockedExternalTask> vergrendeld = extern.fetchAndLock(10, WERKER)
                .topic(taak.getTopicName(), 60_000).businessKey(taak.getBusinessKey()).execute();
        LockedExternalTask mijn = vergrendeld.stream().filter(t -> t.getId().equals(taak.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("niet opgehaald"));
        extern.complete(mijn.getId(), WERKER, Map.of("antwoord", "ok"));
    }

    /** The asynchronous continuations, one at a time as the generator's loop runs them. */
    private void werkAf(String sleutel) {
        for (int ronde = 0; ronde < 10_000; ronde++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            List<String> instanties = instanties(sleutel);
            Job volgende = instanties.isEmpty() ? null : beheer.createJobQuery().processInstanceIds(new java.util.HashSet<>(instanties))
                    .messages().executable().orderByJobId().asc().list().stream().findFirst().orElse(null);
            boekhoudingTransacties.incrementAndGet();
            boekhoudingCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            if (volgende == null) {
                return;
            }
            beheer.executeJob(volgende.getId());
        }
    }

    private List<String> instanties(String sleutel) {
        boekhoudingTransacties.incrementAndGet();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(sleutel).list().stream()
                .map(ProcessInstance::getId).toList();
    }

    static String beschrijf(Vorm v) {
        return String.format(Locale.ROOT, "takenTermijn %d, asynchroon %d, vulling %d", v.takenTermijn(), v.asynchroon(), v.vulling());
    }
}
