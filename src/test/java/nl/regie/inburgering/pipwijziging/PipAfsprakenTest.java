package nl.regie.inburgering.pipwijziging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The PIP's agreements drive what runs (Wi 15, 16; Pw 56a): the voortgangsgesprekken interval is a kind of PIP
 * change that re-plans the waiting conversation; the ontzorgen agreement stops or starts the withholding.
 */
class PipAfsprakenTest extends ProcesTestBasis {

    static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;

    @Autowired PipWijzigingService service;
    @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;

    void vraag(Dossier dossier, PipWijzigingSoort soort) {
        service.vraagAan(dossier.getDossiernummer(), EnumSet.of(soort), "Uit het voortgangsgesprek",
                PipWijzigingService.AANLEIDING_CASEMANAGER, CM.id());
        werkAf(dossier);
    }

    static Map<String, Object> concept(Object... paren) {
        Map<String, Object> m = new HashMap<>(Map.of("wijzigingReden", "Afgesproken in het voortgangsgesprek"));
        for (int i = 0; i < paren.length; i += 2) {
            m.put((String) paren[i], paren[i + 1]);
        }
        return m;
    }

    void stelVast(Dossier dossier) {
        voltooi(TL, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString()));
        werkAf(dossier);
    }

    PipVersie laatste(Dossier dossier) {
        return pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow();
    }

    LocalDate gepland(ProcessInstance voortgang) {
        Job timer = managementService.createJobQuery().processInstanceId(voortgang.getId()).timers()
                .activityId("Timer_VolgendGesprek").singleResult();
        assertThat(timer).as("wachtende gesprekstimer").isNotNull();
        return Tijd.alsDatum(timer.getDuedate());
    }

    @Test
    void eenWijzigingVanHetIntervalIsEenNieuwePipVersieEnHerplantHetWachtendeGesprek() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance voortgang = startNaPip(dossier, "voortgang", "B1", VANDAAG);
        assertThat(gepland(voortgang)).as("no interval in the PIP: the gemeente's P3M").isEqualTo(LocalDate.of(2026, 6, 2));

        vraag(dossier, PipWijzigingSoort.INTERVAL);
        assertThat(proces(dossier, "pip-wijziging")).isWaitingAt("Task_PipWijzigingOpstellen").variables()
                .containsEntry("wijzigInterval", true);
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PipWijzigingOpstellen",
                concept("wijzigInterval", true, "voortgangInterval", "P5M")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("voortgangInterval");
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigInterval", true, "voortgangInterval", "P1M"));
        assertThat(gepland(voortgang)).as("nothing before the teamleider decides").isEqualTo(LocalDate.of(2026, 6, 2));
        stelVast(dossier);

        PipVersie v2 = laatste(dossier);
        assertThat(v2.getVersie()).isEqualTo(2);
        assertThat(v2.getVoortgangInterval()).isEqualTo(Period.ofMonths(1));
        assertThat(v2.getWijzigingSoorten()).isEqualTo("INTERVAL");
        assertThat(gepland(voortgang)).as("re-planned at once").isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(managementService.createJobQuery().processInstanceId(voortgang.getId()).timers().count()).isEqualTo(1);

        // a later change of another kind keeps the interval; back to empty restores the gemeente's default
        vraag(dossier, PipWijzigingSoort.INTERVAL);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigInterval", true, "voortgangInterval", null));
        stelVast(dossier);
        assertThat(laatste(dossier).getVoortgangInterval()).isNull();
        assertThat(gepland(voortgang)).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    /** Version 1 of the PIP, fixed the day before the term, with this ontzorgen agreement (as the first PIP stores it). */
    void pip(Dossier dossier, boolean ontzorgen) {
        Dossier actueel = herlaad(dossier);
        actueel.pipVastgesteld(VANDAAG, VANDAAG.plusYears(3));
        dossiers.save(actueel);
        PipVersie pip = new PipVersie(dossier.getId(), 1);
        pip.concept(nl.regie.inburgering.pip.Leerroute.B1, nl.regie.inburgering.pip.Leerroute.B1, null, "PVT jaar 1",
                "MAP jaar 2", null, ontzorgen, 12, null, "cm.test", java.time.Instant.now());
        if (!ontzorgen) {
            pip.duoGegevens(PipVersie.Niveaus.B1, null, null, null, null, "Beheert zijn geld zelf");
        }
        pip.vastgesteld(VANDAAG.minusDays(1), "tl.test", java.time.Instant.now());
        pipVersies.save(pip);
    }

    ProcessInstance ontzorgen(Dossier dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("ontzorgen")
                .processInstanceBusinessKey(dossier.getDossiernummer()).singleResult();
    }

    long ontzorgenOoit(Dossier dossier) {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("ontzorgen")
                .processInstanceBusinessKey(dossier.getDossiernummer()).count();
    }

    @Autowired nl.regie.inburgering.ontzorgen.OntzorgenTrajectRepository ontzorgenTrajecten;

    @Test
    void eenPipZonderOntzorgenStoptDeLopendeInhoudingEnHetInkomenssysteemHoortHet() {
        Dossier dossier = openStatushouder("0441");
        pip(dossier, true);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.START_BIJSTAND, VANDAAG);
        // Westfriesland ontzorgt from the housing (seed 004): housed the same day
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.HUISVESTING, VANDAAG);
        ProcessInstance pi = ontzorgen(dossier);
        assertThat(pi).as("ontzorgen started on bijstand").isNotNull();
        beantwoord(partnertaak(dossier, "ontzorgen-inhouding"), Map.of("bevestigd", true, "referentie", "IW-1"));
        werkAf(dossier);
        assertThat(pi).isWaitingAt("Task_BudgettrainingVastleggen");

        vraag(dossier, PipWijzigingSoort.ONTZORGEN);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigOntzorgen", true, "ontzorgen", "NEE",
                "geenOntzorgenReden", "Beheert zijn geld aantoonbaar zelf"));
        stelVast(dossier);

        assertThat(laatste(dossier).isOntzorgen()).isFalse();
        assertThat(pi).isWaitingAt("Task_InhoudingStoppen");
        assertThat(taak(dossier, "Task_BudgettrainingVastleggen")).as("the track's open task is withdrawn").isNull();
        var stop = partnertaak(dossier, "ontzorgen-inhouding");
        assertThat(stop.getVariables()).containsEntry("actie", "STOP").containsEntry("partner", "inkomenssysteem");
        beantwoord(stop, Map.of("bevestigd", true, "referentie", "IW-1-STOP"));
        werkAf(dossier);
        assertThat(pi).isEnded();
        assertThat(ontzorgenTrajecten.findByDossierId(dossier.getId()).orElseThrow().getStatus())
                .isEqualTo(nl.regie.inburgering.ontzorgen.OntzorgenTraject.Status.BEEINDIGD);
        assertThat(hoofdproces(dossier)).as("the dossier goes on").isNotNull();

        // a later PIP with ontzorgen does not restart a withholding that ran
        vraag(dossier, PipWijzigingSoort.ONTZORGEN);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigOntzorgen", true, "ontzorgen", "JA"));
        stelVast(dossier);
        assertThat(ontzorgen(dossier)).isNull();
        assertThat(ontzorgenOoit(dossier)).isEqualTo(1);
    }

    @Test
    void eenPipZonderOntzorgenHoudtDeStartTegenEnEenWijzigingNaarJaStartHet() {
        Dossier dossier = openStatushouder("0441");
        pip(dossier, false);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.START_BIJSTAND, VANDAAG);
        // Westfriesland ontzorgt from the housing (seed 004): housed the same day
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.HUISVESTING, VANDAAG);
        assertThat(ontzorgenOoit(dossier)).as("the PIP agrees no ontzorgen: bijstand does not start it").isZero();

        vraag(dossier, PipWijzigingSoort.ONTZORGEN);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigOntzorgen", true, "ontzorgen", "JA"));
        stelVast(dossier);

        ProcessInstance pi = ontzorgen(dossier);
        assertThat(pi).as("ontzorgen JA for an asielstatushouder on bijstand starts it").isNotNull();
        var start = partnertaak(dossier, "ontzorgen-inhouding");
        assertThat(start.getVariables()).containsEntry("actie", "START").containsEntry("ingangsdatum", VANDAAG.toString());
    }

    @Test
    void eenStoringBijOntzorgenVolgensHetPipIsEenIncidentEnNaHerstelStartHet() {
        Dossier dossier = openStatushouder("0441");
        pip(dossier, false);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.HUISVESTING, VANDAAG);
        vraag(dossier, PipWijzigingSoort.ONTZORGEN);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigOntzorgen", true, "ontzorgen", "JA"));
        ProcessInstance wijziging = proces(dossier, "pip-wijziging");
        org.camunda.bpm.engine.task.Task vaststellen = taak(dossier, "Task_PipWijzigingVaststellen");
        nl.regie.inburgering.test.Storingen.zet(dossier);
        Job stap;
        try {
            als(TL, () -> {
                taskService.complete(vaststellen.getId(),
                        Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString()));
                return null;
            });
            // the completion's continuation fixes version 2; ontzorgen follows in a job of its own
            managementService.executeJob(volgendeJob(dossier.getDossiernummer()).getId());
            assertThat(laatste(dossier).getVersie()).isEqualTo(2);
            assertThat(laatste(dossier).getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);

            stap = nl.regie.inburgering.test.Storingen.faaltTotIncident(managementService, wijziging.getId(),
                    nl.regie.inburgering.dossier.PipVersieVastgesteld.STAP_ONTZORGEN);
            org.camunda.bpm.engine.runtime.Incident incident = runtimeService.createIncidentQuery()
                    .processInstanceId(wijziging.getId()).activityId(nl.regie.inburgering.dossier.PipVersieVastgesteld.STAP_ONTZORGEN)
                    .singleResult();
            assertThat(incident).as("an incident in Cockpit, not a log line").isNotNull();
            assertThat(incident.getIncidentMessage()).contains(nl.regie.inburgering.test.Storingen.MELDING);
            assertThat(ontzorgenOoit(dossier)).isZero();
        } finally {
            nl.regie.inburgering.test.Storingen.herstel(dossier);
        }

        // the procesbeheerder retries once the cause is repaired
        managementService.setJobRetries(stap.getId(), 1);
        managementService.executeJob(stap.getId());
        werkAf(dossier);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(wijziging.getId()).count()).isZero();
        assertThat(wijziging).isEnded();
        assertThat(ontzorgen(dossier)).as("ontzorgen JA starts it after the retry").isNotNull();
        var start = partnertaak(dossier, "ontzorgen-inhouding");
        assertThat(start.getVariables()).containsEntry("actie", "START");
    }

    /**
     * A PIP change on the model as it was before the step (c3e0f7b, not migrated): ontzorgen follows the fixed
     * version in the job that fixes it (the event's listener in the same transaction), so a failure is an incident
     * there and the fixing is retried with its reaction.
     */
    @Test
    void opEenOudeModelversieVolgtOntzorgenHetPipInDeJobVanDeVaststellingEnWordtEenStoringEenIncident() {
        nl.regie.inburgering.test.ModelVersies modelVersies = new nl.regie.inburgering.test.ModelVersies(repositoryService);
        try {
            String oud = modelVersies.deployVan("landed-c3e0f7b", "voor de stap ontzorgen volgens het PIP (test)",
                    "pip-wijziging.bpmn");
            Dossier dossier = openStatushouder("0441");
            pip(dossier, false);
            gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.START_BIJSTAND, VANDAAG);
            gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.HUISVESTING, VANDAAG);
            vraag(dossier, PipWijzigingSoort.ONTZORGEN);
            ProcessInstance wijziging = proces(dossier, "pip-wijziging");
            assertThat(wijziging.getProcessDefinitionId()).isEqualTo(modelVersies.definitie(oud, "pip-wijziging").getId());
            voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigOntzorgen", true, "ontzorgen", "JA"));
            org.camunda.bpm.engine.task.Task vaststellen = taak(dossier, "Task_PipWijzigingVaststellen");
            nl.regie.inburgering.test.Storingen.zet(dossier);
            Job vastgesteld;
            try {
                als(TL, () -> {
                    taskService.complete(vaststellen.getId(),
                            Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString()));
                    return null;
                });
                vastgesteld = nl.regie.inburgering.test.Storingen.faaltTotIncident(managementService, wijziging.getId(),
                        "Task_PipWijzigingVaststellen");
                assertThat(runtimeService.createIncidentQuery().processInstanceId(wijziging.getId()).count()).isOne();
                assertThat(laatste(dossier).getVersie()).as("fixed and reacted to in one transaction").isEqualTo(1);
            } finally {
                nl.regie.inburgering.test.Storingen.herstel(dossier);
            }
            managementService.setJobRetries(vastgesteld.getId(), 1);
            managementService.executeJob(vastgesteld.getId());
            werkAf(dossier);
            assertThat(laatste(dossier).getVersie()).isEqualTo(2);
            assertThat(wijziging).isEnded().hasNotPassed(nl.regie.inburgering.dossier.PipVersieVastgesteld.STAP_ONTZORGEN);
            assertThat(ontzorgen(dossier)).as("ontzorgen JA starts it on the old model too").isNotNull();
            assertThat(partnertaak(dossier, "ontzorgen-inhouding").getVariables()).containsEntry("actie", "START");
        } finally {
            modelVersies.opruimen();
        }
    }

    /** The first PIP (pip.bpmn) without ontzorgen stops the running withholding in the step after the fixing. */
    @Test
    void eenEerstePipZonderOntzorgenStoptDeInhoudingInDeStapNaDeVaststelling() {
        Dossier dossier = openStatushouder("0441");
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.HUISVESTING, VANDAAG);
        ProcessInstance pi = ontzorgen(dossier);
        assertThat(pi).as("ontzorgen started on bijstand").isNotNull();
        beantwoord(partnertaak(dossier, "ontzorgen-inhouding"), Map.of("bevestigd", true, "referentie", "IW-1"));
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        intakeVolledig(dossier, CM, "HAALBAAR", 60);
        Map<String, Object> zonderOntzorgen = new HashMap<>(pip("B1"));
        zonderOntzorgen.put("ontzorgen", "NEE");
        zonderOntzorgen.put("geenOntzorgenReden", "Beheert zijn geld aantoonbaar zelf");
        voltooi(CM, dossier, "Task_PipOpstellen", zonderOntzorgen);
        ProcessInstance pipProces = proces(dossier, "pip");
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));

        assertThat(laatste(dossier).isOntzorgen()).isFalse();
        assertThat(pipProces).isEnded().hasPassed(nl.regie.inburgering.dossier.PipVersieVastgesteld.STAP_ONTZORGEN);
        assertThat(pi).isWaitingAt("Task_InhoudingStoppen");
        assertThat(partnertaak(dossier, "ontzorgen-inhouding").getVariables()).containsEntry("actie", "STOP");
        assertThat(hoofdproces(dossier)).as("the tracks of the PIP start").isWaitingAt("CallActivity_Leerroute");
    }
}
