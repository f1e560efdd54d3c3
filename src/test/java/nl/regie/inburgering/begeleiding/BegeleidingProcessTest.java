package nl.regie.inburgering.begeleiding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Maatschappelijke begeleiding by the partner: from the BRP registration, 12 months (Zoetermeer 18), extendable once
 * by 6. Enkhuizen is Westfriesland with the partner (Hoorn gives the begeleiding itself: BegeleidingDoorGemeenteTest).
 */
class BegeleidingProcessTest extends ProcesTestBasis {

    @Autowired BegeleidingTrajectRepository trajecten;

    private ProcessInstance gestart(Dossier dossier, LocalDate brp) {
        ProcessInstance pi = proces(dossier, "begeleiding");
        assertThat(pi).as("begeleiding gestart bij de BRP-inschrijving").isNotNull();
        LockedExternalTask start = partnertaak(dossier, "mb-uitvoering");
        assertThat(start.getVariables()).containsEntry("actie", "START").containsEntry("partner", "vluchtelingenwerk")
                .containsEntry("begeleidingVanaf", brp.toString()).containsKey("begeleidingTot").doesNotContainKey("bsn");
        beantwoord(start, Map.of("startdatum", brp.toString()));
        return pi;
    }

    @Test
    void twaalfMaandenEenKeerVerlengdMetZesEnDeTweedeVerlengingGeweigerd() {
        Dossier dossier = open("0388", "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1985, 3, 3), VANDAAG);
        ProcessInstance pi = gestart(dossier, VANDAAG);
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getEinddatum()).isEqualTo(VANDAAG.plusMonths(12));
        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(VANDAAG.plusMonths(11));

        laatVerlopen(timerIn(pi));
        assertThat(Tijd.alsDatum(taak(dossier, "Task_VerlengingBeoordelen").getDueDate())).isEqualTo(VANDAAG.plusMonths(12));
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "VERLENGEN", "begeleidingReden", "Nog veel vragen over zorg en school"));
        LockedExternalTask verlengen = partnertaak(dossier, "mb-uitvoering");
        assertThat(verlengen.getVariables()).containsEntry("actie", "VERLENGEN")
                .containsEntry("begeleidingTot", VANDAAG.plusMonths(18).toString());
        beantwoord(verlengen, Map.of("bevestigd", true));
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getEinddatum()).isEqualTo(VANDAAG.plusMonths(18));

        laatVerlopen(timerIn(pi));
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "VERLENGEN", "begeleidingReden", "Nog even")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("al eenmaal verlengd");
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "NIET_VERLENGEN", "begeleidingReden", "Zelfstandig"));

        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(VANDAAG.plusMonths(18));
        laatVerlopen(timerIn(pi));
        LockedExternalTask einde = partnertaak(dossier, "mb-uitvoering");
        assertThat(einde.getVariables()).containsEntry("actie", "BEEINDIGEN");
        beantwoord(einde, Map.of("einddatum", VANDAAG.plusMonths(18).toString()));
        assertThat(pi).hasPassed("End_BegeleidingAfgerond").isEnded();
        BegeleidingTraject traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(traject.isVerlengd()).isTrue();
        assertThat(traject.getStatus()).isEqualTo(BegeleidingTraject.Status.AFGEROND);
    }

    @Test
    void zoetermeerBegeleidtAchttienMaandenZonderVerlenging() {
        Dossier dossier = open("0637", "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1985, 3, 3), VANDAAG);
        ProcessInstance pi = gestart(dossier, VANDAAG);

        assertThat(pi).isWaitingAt("Timer_EindeBegeleiding").hasNotPassed("Task_VerlengingBeoordelen");
        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(VANDAAG.plusMonths(18));
        laatVerlopen(timerIn(pi));
        beantwoord(partnertaak(dossier, "mb-uitvoering"), Map.of("einddatum", VANDAAG.plusMonths(18).toString()));
        assertThat(pi).isEnded();
    }

    @Test
    void geenBegeleidingVoorGezinsmigranten() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1985, 3, 3), VANDAAG);
        assertThat(proces(dossier, "begeleiding")).isNull();
    }
}
