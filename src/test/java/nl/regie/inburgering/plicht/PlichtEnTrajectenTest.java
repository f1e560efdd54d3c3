package nl.regie.inburgering.plicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.begeleiding.BegeleidingTraject;
import nl.regie.inburgering.begeleiding.BegeleidingTrajectRepository;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.TrajectenStarter;
import nl.regie.inburgering.partner.PartnerAfmelding;
import nl.regie.inburgering.partner.PartnerAfmeldingRepository;
import nl.regie.inburgering.test.ModelVersies;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.Storingen;
import nl.regie.inburgering.test.TestGegevens;

/** Issue 9 item 8: MB and ontzorgen only for an inburgeringsplichtige; the overrule "toch plichtig" sets the plicht. */
class PlichtEnTrajectenTest extends ProcesTestBasis {

    @Autowired PartnerAfmeldingRepository afmeldingen;
    @Autowired BegeleidingTrajectRepository begeleiding;
    @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;

    /** A statushouder of 15 (the check says: not yet obliged), registered in the BRP and on bijstand. */
    private Dossier openNogNietPlichtig() {
        Dossier dossier = open("0388", "ASIELSTATUSHOUDER", "SYR", VANDAAG.minusYears(15), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG); // Westfriesland: ontzorgen from the housing
        return dossier;
    }

    @Test
    void mbEnOntzorgenStartenPasAlsDePlichtVaststaat() {
        Dossier dossier = openNogNietPlichtig();
        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd).isWaitingAt("Task_GeenPlichtBevestigen");
        assertThat(herlaad(dossier).getPlichtig()).isFalse();
        assertThat(proces(dossier, "begeleiding")).isNull();
        assertThat(proces(dossier, "ontzorgen")).isNull();

        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "TOCH_PLICHTIG", "geenPlichtToelichting", "Wordt volgende week 16 volgens BRP"));

        Dossier plichtig = herlaad(dossier);
        assertThat(plichtig.getPlichtig()).isTrue();
        assertThat(plichtig.getStatus()).isEqualTo(DossierStatus.INTAKE_EN_PIP);
        assertThat(hoofd).isWaitingAt("CallActivity_BredeIntake", "CallActivity_Begeleiding", "CallActivity_Ontzorgen");
        assertThat(proces(dossier, "begeleiding")).isNotNull();
        assertThat(proces(dossier, "ontzorgen")).isNotNull();
    }

    @Test
    void hetOverrulenVanGeenPlichtZetHetDossierOpPlichtig() {
        Dossier dossier = open("0388", "GEZINSMIGRANT", "MAR", VANDAAG.minusYears(15), null);
        assertThat(herlaad(dossier).getPlichtig()).isFalse();
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "TOCH_PLICHTIG", "geenPlichtToelichting", "Wordt over twee weken 16"));
        assertThat(herlaad(dossier).getPlichtig()).isTrue();
        // a gezinsmigrant gets neither MB nor ontzorgen
        assertThat(proces(dossier, "begeleiding")).isNull();
        assertThat(proces(dossier, "ontzorgen")).isNull();
    }

    @Test
    void geenPlichtBevestigdStoptLopendeBegeleidingEnOntzorgenEnMeldtDePartnersAf() {
        Dossier dossier = openNogNietPlichtig();
        // a dossier started on the previous model version: TrajectenStarter started MB and ontzorgen on the BRP
        // and bijstand events, before the plicht was established
        runtimeService.createMessageCorrelation(TrajectenStarter.MESSAGE_BEGELEIDING_STARTEN)
                .processInstanceBusinessKey(dossier.getDossiernummer()).setVariable("brpInschrijvingsdatum", VANDAAG.toString())
                .correlate();
        runtimeService.createMessageCorrelation(TrajectenStarter.MESSAGE_ONTZORGEN_STARTEN)
                .processInstanceBusinessKey(dossier.getDossiernummer()).setVariable("bijstandStartdatum", VANDAAG.toString())
                .correlate();
        werkAf(dossier);
        ProcessInstance hoofd = hoofdproces(dossier);
        ProcessInstance mb = proces(dossier, "begeleiding");
        ProcessInstance ontzorgen = proces(dossier, "ontzorgen");
        assertThat(mb).isNotNull();
        assertThat(ontzorgen).isNotNull();

        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "BEVESTIGEN", "geenPlichtToelichting", "Jonger dan 16, geboortedatum gecontroleerd"));

        assertThat(mb).isEnded();
        assertThat(ontzorgen).isEnded();
        // the main process's step after the confirmation stops them: the dossier's ending takes over its path
        assertThat(hoofd).hasPassed(TrajectenStarter.STAP_STOPPEN_ZONDER_PLICHT, "Task_BeeindigingVastleggen")
                .isWaitingAt("CallActivity_PartnersAfmelden");
        Dossier gesloten = herlaad(dossier);
        assertThat(gesloten.getStatus()).isEqualTo(DossierStatus.GESLOTEN_GEEN_PLICHT);
        assertThat(begeleiding.findByDossierId(dossier.getId()).orElseThrow().getStatus())
                .isEqualTo(BegeleidingTraject.Status.BEEINDIGD);
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).extracting(PartnerAfmelding::getTopic)
                .contains("mb-uitvoering", "ontzorgen-inhouding");
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).allSatisfy(a ->
                assertThat(a.getReden()).isEqualTo("Geen inburgeringsplicht"));
        var taak = partnertaak(dossier, "mb-uitvoering");
        assertThat(taak.getVariables()).containsEntry("actie", "AFMELDEN");
    }

    @Test
    void eenStoringNaHetPlichtbesluitIsEenIncidentEnNaHerstelStartenMbEnOntzorgen() {
        Dossier dossier = openNogNietPlichtig();
        ProcessInstance hoofd = hoofdproces(dossier);
        Task taak = taak(dossier, "Task_GeenPlichtBevestigen");
        Storingen.zet(dossier);
        Job stap;
        try {
            als(TestGegevens.CM_ENKHUIZEN, () -> {
                taskService.complete(taak.getId(), Map.of("geenPlichtBesluit", "TOCH_PLICHTIG",
                        "geenPlichtToelichting", "Wordt volgende week 16 volgens BRP"));
                return null;
            });
            // the completion's continuation records the plicht; the tracks follow in a job of their own
            managementService.executeJob(volgendeJob(dossier.getDossiernummer()).getId());
            assertThat(herlaad(dossier).getPlichtig()).isTrue();

            stap = Storingen.faaltTotIncident(managementService, hoofd.getId(), TrajectenStarter.STAP_NA_PLICHTBESLUIT);
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(hoofd.getId())
                    .activityId(TrajectenStarter.STAP_NA_PLICHTBESLUIT).singleResult();
            assertThat(incident).as("an incident in Cockpit, not a log line").isNotNull();
            assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(incident.getIncidentMessage()).contains(Storingen.MELDING);
            assertThat(herlaad(dossier).getPlichtig()).as("the decision stands").isTrue();
            assertThat(hoofd).as("the intake goes on beside the failed step").isWaitingAt("CallActivity_BredeIntake");
            assertThat(proces(dossier, "begeleiding")).isNull();
            assertThat(proces(dossier, "ontzorgen")).isNull();
        } finally {
            Storingen.herstel(dossier);
        }

        // the procesbeheerder retries once the cause is repaired
        managementService.setJobRetries(stap.getId(), 1);
        managementService.executeJob(stap.getId());
        werkAf(dossier);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(hoofd.getId()).count()).isZero();
        assertThat(hoofd).isWaitingAt("CallActivity_BredeIntake", "CallActivity_Begeleiding", "CallActivity_Ontzorgen");
        assertThat(proces(dossier, "begeleiding")).isNotNull();
        assertThat(proces(dossier, "ontzorgen")).isNotNull();
    }

    /**
     * A dossier on the main process as it was before the step (c3e0f7b, not migrated: the change is a step early in
     * the dossier and every version keeps working): the decision's delegate publishes PlichtVastgesteld without a
     * step to follow, and the tracks start in that same job, so a failure is an incident there and the decision is
     * retried with its reaction.
     */
    @Test
    void opEenOudeModelversieStartenMbEnOntzorgenInDeJobVanHetBesluitEnWordtEenStoringEenIncident() {
        ModelVersies versies = new ModelVersies(repositoryService);
        try {
            String oud = versies.deployVan("landed-c3e0f7b", "voor de stappen na het plichtbesluit (test)", "inburgering.bpmn");
            Dossier dossier = openNogNietPlichtig();
            ProcessInstance hoofd = hoofdproces(dossier);
            assertThat(hoofd.getProcessDefinitionId()).isEqualTo(versies.definitie(oud, "inburgering").getId());
            Task taak = taak(dossier, "Task_GeenPlichtBevestigen");
            Storingen.zet(dossier);
            Job besluit;
            try {
                als(TestGegevens.CM_ENKHUIZEN, () -> {
                    taskService.complete(taak.getId(), Map.of("geenPlichtBesluit", "TOCH_PLICHTIG",
                            "geenPlichtToelichting", "Wordt volgende week 16 volgens BRP"));
                    return null;
                });
                besluit = Storingen.faaltTotIncident(managementService, hoofd.getId(), "Task_GeenPlichtBevestigen");
                assertThat(runtimeService.createIncidentQuery().processInstanceId(hoofd.getId()).count()).isOne();
                assertThat(herlaad(dossier).getPlichtig()).as("decided and reacted to in one transaction").isFalse();
            } finally {
                Storingen.herstel(dossier);
            }
            managementService.setJobRetries(besluit.getId(), 1);
            managementService.executeJob(besluit.getId());
            werkAf(dossier);
            assertThat(herlaad(dossier).getPlichtig()).isTrue();
            assertThat(hoofd).hasNotPassed(TrajectenStarter.STAP_NA_PLICHTBESLUIT)
                    .isWaitingAt("CallActivity_BredeIntake", "CallActivity_Begeleiding", "CallActivity_Ontzorgen");
            assertThat(proces(dossier, "begeleiding")).isNotNull();
            assertThat(proces(dossier, "ontzorgen")).isNotNull();
        } finally {
            versies.opruimen();
        }
    }

    @Test
    void geenPlichtZonderLopendeTrajectenSluitMeteen() {
        Dossier dossier = openNogNietPlichtig();
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "BEVESTIGEN", "geenPlichtToelichting", "Jonger dan 16"));
        assertThat(hoofdproces(dossier)).isNull();
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).isEmpty();
    }
}
