package nl.regie.inburgering.plicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** The main process: the plicht check and the casemanager's confirmation, and the stage after the PIP's tracks. */
class InburgeringProcessTest extends ProcesTestBasis {

    @Test
    void eenStatushouderIsPlichtigEnBegintMetDeBredeIntake() {
        Dossier dossier = openStatushouder("0441");

        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd).hasPassed("Task_InburgeringsplichtBepalen")
                .isWaitingAt("CallActivity_BredeIntake", "Gateway_KlokstartAfwachten")
                .variables().containsEntry("plichtig", true).doesNotContainKey("bsn");
        assertThat(hoofd.getTenantId()).isEqualTo("GM0441");
        assertThat(proces(dossier, "brede-intake").getTenantId()).isEqualTo("GM0441");
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_OproepVersturen");
        assertThat(herlaad(dossier).getStatus()).isEqualTo(DossierStatus.INTAKE_EN_PIP);
        assertThat(herlaad(dossier).getPlichtReden()).contains("Asielvergunning");
    }

    @Test
    void eenEuOnderdaanIsNietPlichtigEnDeCasemanagerSluitHetDossier() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "DEU", LocalDate.of(1980, 5, 1), null);
        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd).isWaitingAt("Task_GeenPlichtBevestigen").variables().containsEntry("plichtig", false);
        assertThat(herlaad(dossier).getStatus()).isEqualTo(DossierStatus.GEEN_PLICHT_TE_BEVESTIGEN);

        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "BEVESTIGEN", "geenPlichtToelichting", "Duitse nationaliteit, paspoort gezien"));

        assertThat(hoofd).hasPassed("Task_DossierSluitenGeenPlicht").isEnded().hasPassed("End_GeenInburgeringsplicht");
        Dossier gesloten = herlaad(dossier);
        assertThat(gesloten.getStatus()).isEqualTo(DossierStatus.GESLOTEN_GEEN_PLICHT);
        assertThat(gesloten.getAfsluitreden()).contains("EU");
        assertThat(gesloten.getPlichtBevestiging()).isEqualTo("Duitse nationaliteit, paspoort gezien");
    }

    @Test
    void deCasemanagerKanDeUitkomstOverrulenEnHetTrajectStarten() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "MAR", VANDAAG.minusYears(15), null);
        assertThat(hoofdproces(dossier)).isWaitingAt("Task_GeenPlichtBevestigen");
        assertThat(herlaad(dossier).getPlichtReden()).contains("Jonger dan 16");

        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "TOCH_PLICHTIG", "geenPlichtToelichting", "Wordt over twee weken 16 volgens BRP"));

        assertThat(hoofdproces(dossier)).hasPassed("Task_PlichtHerzienVastleggen").isWaitingAt("CallActivity_BredeIntake");
        assertThat(herlaad(dossier).getStatus()).isEqualTo(DossierStatus.INTAKE_EN_PIP);
    }

    @Test
    void eenBesluitZonderToelichtingWordtGeweigerd() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "AUT", LocalDate.of(1980, 5, 1), null);
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "BEVESTIGEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geenPlichtToelichting");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "MISSCHIEN", "geenPlichtToelichting", "x")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geenPlichtBesluit");
        assertThat(hoofdproces(dossier)).isWaitingAt("Task_GeenPlichtBevestigen");
    }

    @Test
    void eenCasemanagerVanEenAndereGemeenteZietDeTaakNiet() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "FRA", LocalDate.of(1980, 5, 1), null);
        long zichtbaar = als(TestGegevens.CM_ZOETERMEER, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(dossier.getDossiernummer()).count());
        long eigen = als(TestGegevens.CM_HOORN, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(dossier.getDossiernummer()).count());
        assertThat(zichtbaar).isZero();
        assertThat(eigen).isEqualTo(1);
    }

    @Test
    void naAlleTrajectenVanHetPipWachtHetDossierOpHetEindeVanDePlicht() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", VANDAAG.minusYears(22), VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipOpstellen", Map.of("leerroute", "ONDERWIJS",
                "pvtAfspraken", "PVT jaar 1", "ontzorgen", "NEE", "aantalVoortgangsgesprekken", 6));
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        // the gezinsmigrant's own school, followed until done; the PVT signed; no MAP on the onderwijsroute
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GekozenTaalschoolVastleggen",
                Map.of("taalschool", "ROC Noord", "taalschoolStartdatum", VANDAAG.toString()));
        laatVerlopen(managementService.createJobQuery().processInstanceId(proces(dossier, "leerroute").getId()).timers()
                .singleResult());
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VoortgangGezinsmigrantBeoordelen", Map.of(
                "monitoringOordeel", "OP_SCHEMA", "monitoringToelichting", "Schakeljaar afgerond", "monitoringBesluit", "AFGEROND"));
        beantwoord(partnertaak(dossier, "pvt-uitvoering"), Map.of("ondertekend", Tijd.vandaag().toString(), "uren", 12));

        // the tracks being done does not end the plicht: the dossier keeps running, its term watched, until DUO
        // reports the end (here: onderwijsroute completed) as a coded BEEINDIGD event; one path ends every dossier
        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd).hasPassed("CallActivity_Leerroute", "CallActivity_Pvt", "End_TrajectenAfgerond")
                .isWaitingAt("Gateway_VoorBespreken", "Gateway_VoorTrajectenControle", "Gateway_VoorEinde");
        assertThat(herlaad(dossier).isLopend()).isTrue();
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, Tijd.vandaag(), "SS106",
                nl.regie.inburgering.dossier.Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE, null, "duo.koppeling");
        werkAf(dossier);
        assertThat(hoofd).hasPassed("Task_BeeindigingVastleggen", "End_DossierBeeindigd").isEnded();
        Dossier voldaan = herlaad(dossier);
        assertThat(voldaan.getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(voldaan.getAfsluitredenCode()).isEqualTo(nl.regie.inburgering.dossier.Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE);
        assertThat(voldaan.getAfgeslotenOp()).isEqualTo(Tijd.vandaag());
    }
}
