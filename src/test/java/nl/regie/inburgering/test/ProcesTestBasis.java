package nl.regie.inburgering.test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;

/**
 * One Spring context (H2 in memory, no job executor) shared by all process and API tests. The engine clock is
 * fixed per test and moved by the tests for timers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfielen.class)
public abstract class ProcesTestBasis {

    /** "Today" in the tests: a Monday morning. */
    public static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    @Autowired protected ProcessEngine processEngine;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected ManagementService managementService;
    @Autowired protected IdentityService identityService;
    @Autowired protected DossierService dossierService;
    @Autowired protected DossierRepository dossiers;
    @Autowired protected PipVersieRepository pipVersies;

    @BeforeEach
    void basisInrichten() {
        AbstractAssertions.init(processEngine);
        zetKlok(VANDAAG);
        TestGegevens.zorgVoorGebruikers(identityService);
    }

    @AfterEach
    void basisOpruimen() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    protected static void zetKlok(LocalDate dag) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(dag, java.time.LocalTime.of(10, 0)).atZone(Tijd.ZONE).toInstant()));
    }

    protected Dossier open(String cbs, String doelgroep, String nationaliteit, LocalDate geboren, LocalDate brp) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Inburgeraar", geboren,
                nationaliteit, doelgroep, cbs, VANDAAG.minusDays(3), true, brp);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
        werkAf(dossier); // the tracks that opening starts (ontzorgen, begeleiding) begin after an async boundary
        return dossier;
    }

    protected Dossier openStatushouder(String cbs) {
        return open(cbs, "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), null);
    }

    protected void gebeurtenis(Dossier dossier, GebeurtenisType type, LocalDate datum) {
        dossierService.registreer(dossier, type, datum, null, "test");
        werkAf(dossier);
    }

    /** Starts a track the main process calls after the PIP, as if the PIP was fixed the day before {@code termijnStart}. */
    protected ProcessInstance startNaPip(Dossier dossier, String procesKey, String leerroute, LocalDate termijnStart) {
        return startNaPip(dossier, procesKey, leerroute, termijnStart, null);
    }

    /** As above, on the given process definition (an older version) instead of the latest one when not null. */
    protected ProcessInstance startNaPip(Dossier dossier, String procesKey, String leerroute, LocalDate termijnStart,
                                         String procesDefinitieId) {
        Dossier actueel = herlaad(dossier);
        actueel.pipVastgesteld(termijnStart, termijnStart.plusYears(3));
        dossiers.save(actueel);
        if (pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).isEmpty()) {
            PipVersie pip = new PipVersie(dossier.getId(), 1);
            pip.concept(Leerroute.valueOf(leerroute), Leerroute.valueOf(leerroute), null, "PVT jaar 1",
                    "ONDERWIJS".equals(leerroute) ? null : "MAP jaar 2", null, false, 12, null, "cm.test", java.time.Instant.now());
            pip.vastgesteld(termijnStart.minusDays(1), "tl.test", java.time.Instant.now());
            pipVersies.save(pip);
        }
        Map<String, Object> variabelen = Map.of(
                "dossiernummer", dossier.getDossiernummer(), "gemeente", dossier.getGemeente(),
                "doelgroep", dossier.getDoelgroep().name(), "leerroute", leerroute,
                "inburgeringstermijnStart", termijnStart.toString());
        return procesDefinitieId == null
                ? runtimeService.startProcessInstanceByKey(procesKey, dossier.getDossiernummer(), variabelen)
                : runtimeService.startProcessInstanceById(procesDefinitieId, dossier.getDossiernummer(), variabelen);
    }

    /** The open partner task of this dossier and topic, locked as the partner's worker would. */
    protected org.camunda.bpm.engine.externaltask.LockedExternalTask partnertaak(Dossier dossier, String topic) {
        var taken = processEngine.getExternalTaskService().fetchAndLock(10, "test").topic(topic, 60_000L)
                .businessKey(dossier.getDossiernummer()).execute();
        if (taken.size() != 1) {
            throw new AssertionError("Verwacht één open partnertaak " + topic + " voor " + dossier + ", maar " + taken.size());
        }
        return taken.get(0);
    }

    /** Completes the partner task as the partner's worker would, then runs what follows the save point. */
    protected void beantwoord(org.camunda.bpm.engine.externaltask.LockedExternalTask taak, Map<String, Object> antwoord) {
        processEngine.getExternalTaskService().complete(taak.getId(), "test", antwoord);
        werkAf(taak.getBusinessKey());
    }

    /** The partner says it cannot do the task (the one error code every external task's boundary catches). */
    protected void kanNiet(org.camunda.bpm.engine.externaltask.LockedExternalTask taak, String melding) {
        processEngine.getExternalTaskService().handleBpmnError(taak.getId(), "test",
                nl.regie.inburgering.partner.PartnerAntwoordtermijn.KAN_NIET_UITVOEREN, melding);
        werkAf(taak.getBusinessKey());
    }

    /**
     * Runs, as the job executor would, every due asynchronous continuation (not timers) of the dossier's process
     * instances, called ones included, one at a time until none is left. A failing job fails the test.
     */
    protected void werkAf(Dossier dossier) {
        werkAf(dossier.getDossiernummer());
    }

    protected void werkAf(String dossiernummer) {
        for (int ronde = 0; ronde < 500; ronde++) {
            Job job = volgendeJob(dossiernummer);
            if (job == null) {
                return;
            }
            managementService.executeJob(job.getId());
        }
        throw new AssertionError("Asynchrone stappen van " + dossiernummer + " houden niet op");
    }

    /** The dossier's next due asynchronous continuation (not a timer), or null. */
    protected Job volgendeJob(String dossiernummer) {
        List<String> processen = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossiernummer)
                .list().stream().map(ProcessInstance::getId).toList();
        for (String proces : processen) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(proces).messages().executable()
                    .orderByJobId().asc().list();
            if (!jobs.isEmpty()) {
                return jobs.get(0);
            }
        }
        return null;
    }

    protected Job timerIn(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    }

    protected Dossier herlaad(Dossier dossier) {
        return dossiers.findByDossiernummer(dossier.getDossiernummer()).orElseThrow();
    }

    protected ProcessInstance hoofdproces(Dossier dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("inburgering")
                .processInstanceBusinessKey(dossier.getDossiernummer()).singleResult();
    }

    protected ProcessInstance proces(Dossier dossier, String key) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(dossier.getDossiernummer()).singleResult();
    }

    protected Task taak(Dossier dossier, String taakDefinitie) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                .taskDefinitionKey(taakDefinitie).singleResult();
    }

    /** Runs as the given user with their groups and gemeenten, as Tasklist would. */
    protected <T> T als(TestGegevens.TestGebruiker gebruiker, Supplier<T> actie) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker.id()).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(gebruiker.id(), groepen, gebruiker.gemeenten());
        try {
            return actie.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Completes the dossier's open task of this definition as the given user. */
    protected void voltooi(TestGegevens.TestGebruiker gebruiker, Dossier dossier, String taakDefinitie,
                           Map<String, Object> variabelen) {
        Task taak = taak(dossier, taakDefinitie);
        if (taak == null) {
            throw new AssertionError("Geen open taak " + taakDefinitie + " voor " + dossier);
        }
        als(gebruiker, () -> {
            taskService.complete(taak.getId(), variabelen);
            return null;
        });
        werkAf(dossier);
    }

    protected Job timer(Dossier dossier, String activiteit) {
        return managementService.createJobQuery().timers().activityId(activiteit)
                .processInstanceId(hoofdproces(dossier).getId()).singleResult();
    }

    /** Moves the engine clock to the timer's due date and runs it, as the job executor would. */
    protected void laatVerlopen(Job timer) {
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        String proces = timer.getProcessInstanceId();
        String dossiernummer = runtimeService.createProcessInstanceQuery().processInstanceId(proces).singleResult()
                .getBusinessKey();
        managementService.executeJob(timer.getId());
        werkAf(dossiernummer);
    }

    // The brede intake, walked as the casemanager does it. The appointment is today (the engine clock's day): the
    // date rules refuse an oproep in the past and "verschenen" before the appointment (intake/DatumRegelsTest), so the
    // steps that follow can be recorded on the same day.
    protected void oproepVersturen(Dossier dossier, TestGegevens.TestGebruiker cm) {
        oproepVersturen(dossier, cm, Tijd.vandaag());
    }

    /** An appointment after the PIP limit (a test that let the ten weeks pass) carries the reason the rule asks. */
    protected void oproepVersturen(Dossier dossier, TestGegevens.TestGebruiker cm, LocalDate afspraak) {
        Map<String, Object> oproep = new java.util.HashMap<>(Map.of("oproepDatum", afspraak.toString(), "oproepLocatie", "Stadhuis"));
        LocalDate pipUiterlijk = herlaad(dossier).getPipUiterlijkeDatum();
        if (pipUiterlijk != null && afspraak.isAfter(pipUiterlijk)) {
            oproep.put("oproepNaPipTermijnReden", "De inburgeraar was tot na de tien weken in het buitenland");
        }
        voltooi(cm, dossier, "Task_OproepVersturen", oproep);
    }

    protected void intakeVolledig(Dossier dossier, TestGegevens.TestGebruiker cm, String uitslag, int score) {
        oproepVersturen(dossier, cm);
        voltooi(cm, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        voltooi(cm, dossier, "Task_BredeIntakeGesprekVoeren", Map.of("intakeGesprekDatum", Tijd.vandaag().toString(),
                "domeinTaal", "Arabisch", "domeinOpleiding", "Havo-niveau", "domeinWerk", "Monteur",
                "domeinGezondheid", "Geen bijzonderheden", "meegewerkt", "JA"));
        voltooi(cm, dossier, "Task_LeerbaarheidstoetsVastleggen", Map.of("lbtVrijgesteld", "NEE", "lbtUitslag", uitslag,
                "lbtScore", score, "lbtVereisteScore", 50, "lbtDatum", Tijd.vandaag().toString()));
    }

    protected Map<String, Object> pip(String leerroute) {
        Map<String, Object> pip = new java.util.HashMap<>(Map.of("leerroute", leerroute, "pvtAfspraken", "PVT jaar 1",
                "ontzorgen", "JA", "aantalVoortgangsgesprekken", 12));
        if (!"ONDERWIJS".equals(leerroute)) {
            pip.put("mapAfspraken", "MAP jaar 2");
        }
        return pip;
    }
    /**
     * Lets time pass for this dossier until 10:00 on {@code dag}, as the job executor would: step by step the clock
     * moves to the next due job of any of the dossier's process instances and that job runs (timers in due-date
     * order, and every job that becomes executable on the way, such as async continuations), never jumping past a
     * job that falls due. A job that fails fails the test.
     */
    protected void verstrijkTot(Dossier dossier, LocalDate dag) {
        verstrijkTot(dag, dossier.getDossiernummer());
    }

    /** As {@link #verstrijkTot(Dossier, LocalDate)}, over the process instances of these business keys together. */
    protected void verstrijkTot(LocalDate dag, String... bedrijfssleutels) {
        Date doel = Date.from(LocalDateTime.of(dag, java.time.LocalTime.of(10, 0)).atZone(Tijd.ZONE).toInstant());
        if (ClockUtil.getCurrentTime().after(doel)) {
            throw new IllegalArgumentException("De klok staat al na " + dag + "; de tijd loopt niet terug");
        }
        for (int stap = 0; stap < 1_000; stap++) {
            java.util.Set<String> processen = java.util.Arrays.stream(bedrijfssleutels)
                    .flatMap(sleutel -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sleutel)
                            .list().stream())
                    .map(ProcessInstance::getId).collect(java.util.stream.Collectors.toSet());
            if (processen.isEmpty()) {
                ClockUtil.setCurrentTime(doel);
                return;
            }
            Job nu = managementService.createJobQuery().processInstanceIds(processen).executable()
                    .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
            if (nu != null) {
                managementService.executeJob(nu.getId());
                continue;
            }
            Job volgende = managementService.createJobQuery().processInstanceIds(processen).active().withRetriesLeft()
                    .duedateLowerThenOrEquals(doel).orderByJobDuedate().asc().listPage(0, 1).stream().findFirst()
                    .orElse(null);
            if (volgende == null) {
                ClockUtil.setCurrentTime(doel);
                return;
            }
            ClockUtil.setCurrentTime(volgende.getDuedate().after(ClockUtil.getCurrentTime())
                    ? volgende.getDuedate() : ClockUtil.getCurrentTime());
        }
        throw new AssertionError("Na 1000 jobs nog geen rust in de processen van " + String.join(", ", bedrijfssleutels));
    }
}
