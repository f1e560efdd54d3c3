package nl.regie.inburgering.pipwijziging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.AfgeschermdeHistorie;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The teamleider deciding on a route switch sees what is decided: both routes in words, the NT2 hours and reports so
 * far, the term, the 1.5-year limit, the previous dagtekening, who asked (full name) and why — read-only, task-local.
 */
class PipWijzigingVaststellenFormulierTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;
    private static final DateTimeFormatter DD_MM_JJJJ = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired PipWijzigingService service;
    @Autowired HistoryService historyService;

    @Test
    void deRoutewisselToontRoutesUrenTermijnenEnAanvrager() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));
        // time passes; every progress report that falls due is answered
        LocalDate tot = VANDAAG.plusMonths(4);
        Job timer = timerIn(leerroute);
        int rapporten = 0;
        while (timer != null && !Tijd.alsDatum(timer.getDuedate()).isAfter(tot)) {
            verstrijkTot(dossier, Tijd.alsDatum(timer.getDuedate()));
            beantwoord(partnertaak(dossier, "taalaanbieder-voortgang"), Map.of("lezen", "A2", "luisteren", "A2",
                    "schrijven", "A1", "spreken", "A2", "aanwezigheid", 95, "uren", 100));
            rapporten++;
            timer = timerIn(leerroute);
        }
        verstrijkTot(dossier, tot);
        assertThat(rapporten).as("reports so far").isPositive();

        service.vraagAan(dossier.getDossiernummer(), EnumSet.of(PipWijzigingSoort.LEERROUTE),
                "Leert langzamer dan verwacht", PipWijzigingService.AANLEIDING_CASEMANAGER, CM.id());
        werkAf(dossier);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", Map.of("wijzigingReden", "Leert langzamer dan verwacht",
                "wijzigLeerroute", true, "leerroute", "Z"));

        Task taak = taak(dossier, "Task_PipWijzigingVaststellen");
        Map<String, Object> lokaal = taskService.getVariablesLocal(taak.getId());
        assertThat(lokaal)
                .containsEntry("huidigeRouteTekst", "B1-route")
                .containsEntry("gevraagdeRouteTekst", "Z-route (zelfredzaamheidsroute)")
                .containsEntry("aangevraagdDoorNaam", "cm.hoorn Test (cm.hoorn)")
                .containsEntry("opgesteldDoorNaam", "cm.hoorn Test (cm.hoorn)")
                .containsEntry("aangevraagdOpTekst", tot.format(DD_MM_JJJJ))
                .containsEntry("aanvraagReden", "Leert langzamer dan verwacht")
                .containsEntry("nt2UrenTotNu", (100 * rapporten) + " uur")
                .containsEntry("termijnStartTekst", VANDAAG.format(DD_MM_JJJJ))
                .containsEntry("termijnEindeTekst", VANDAAG.plusYears(3).format(DD_MM_JJJJ))
                .containsEntry("vorigeDagtekeningTekst", VANDAAG.minusDays(1).format(DD_MM_JJJJ) + " (PIP-versie 1)");
        assertThat((String) lokaal.get("routewisselUiterlijkTekst")).startsWith(VANDAAG.plusMonths(18).format(DD_MM_JJJJ));
        assertThat(((String) lokaal.get("rapportagesTotNu")).lines())
                .hasSize(rapporten)
                .allMatch(r -> r.contains("lezen A2, luisteren A2, schrijven A1, spreken A2; aanwezigheid 95%; 100 uur NT2"));

        assertThat(runtimeService.getVariables(taak.getExecutionId()))
                .doesNotContainKeys("huidigeRouteTekst", "aanvraagReden", "rapportagesTotNu", "aangevraagdDoorNaam");
        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(taak.getId())
                .variableName("rapportagesTotNu").singleResult().getValue()).isEqualTo(AfgeschermdeHistorie.AFGESCHERMD);
        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(taak.getId())
                .variableName("aanvraagReden").singleResult().getValue()).isEqualTo(AfgeschermdeHistorie.AFGESCHERMD);

        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit",
                "VASTSTELLEN", "dagtekening", tot.toString(), "gevraagdeRouteTekst", "Onderwijsroute")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("gevraagdeRouteTekst");

        voltooi(TL, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", tot.toString()));
        assertThat(pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getLeerroute())
                .isEqualTo(Leerroute.Z);
    }
}
