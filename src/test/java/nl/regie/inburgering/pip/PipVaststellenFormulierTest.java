package nl.regie.inburgering.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.AfgeschermdeHistorie;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The teamleider who fixes the PIP sees what is decided: the whole draft, DUO's fields and the intake, from our tables,
 * as task-local read-only fields that no completion may write; health data and narratives stay out of history.
 */
class PipVaststellenFormulierTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;

    @Autowired HistoryService historyService;

    @Test
    void deTeamleiderZietHetHeleConceptEnDeIntakeAlleenOpDeTaak() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1980, 1, 1), VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, CM, "HAALBAAR", 60);
        Map<String, Object> pip = new HashMap<>(pip("B1"));
        pip.putAll(Map.of("geschatteIntensiteit", 1200, "alfabetisering", "AA", "magOpleidingAfmaken", true,
                "begeleidingAfspraken", "Begeleiding bij het zoeken naar werk", "voortgangInterval", "P3M"));
        voltooi(CM, dossier, "Task_PipOpstellen", pip);

        Task taak = taak(dossier, "Task_PipVaststellen");
        Map<String, Object> lokaal = taskService.getVariablesLocal(taak.getId());
        LocalDate uiterlijk = herlaad(dossier).getPipUiterlijkeDatum();
        assertThat(uiterlijk).isNotNull();
        assertThat(lokaal)
                .containsEntry("conceptLeerroute", "B1-route")
                .containsEntry("conceptAdvies", "B1-route")
                .containsEntry("conceptPvt", "PVT jaar 1")
                .containsEntry("conceptMap", "MAP jaar 2")
                .containsEntry("conceptBegeleiding", "Begeleiding bij het zoeken naar werk")
                .containsEntry("conceptOntzorgen", "Ja")
                .containsEntry("conceptVoortgangsgesprekken", "12 gesprekken, elke 3 maanden")
                .containsEntry("conceptNiveaus", "lezen B1, luisteren B1, schrijven B1, spreken B1")
                .containsEntry("conceptIntensiteit", "1200 uur")
                .containsEntry("conceptAlfabetisering", "Onderwijs voor anders-gealfabetiseerde")
                .containsEntry("conceptOpleidingAfmaken", "Ja")
                .containsEntry("conceptOpgesteldDoor", "cm.hoorn Test (cm.hoorn)")
                .containsEntry("pipUiterlijkOp", uiterlijk.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .containsEntry("intakeGesprekOp", VANDAAG.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .as("no reason when there is ontzorgen").doesNotContainKey("conceptGeenOntzorgenReden");
        assertThat((String) lokaal.get("intakeLeerbaarheid")).contains("HAALBAAR", "score 60", "vereist 50");
        assertThat((String) lokaal.get("intakeLeefgebieden"))
                .contains("Taal: Arabisch", "Werk: Monteur", "Gezondheid: Geen bijzonderheden");

        // task-local: not on the process, gone with the task
        assertThat(runtimeService.getVariables(taak.getExecutionId()))
                .doesNotContainKeys("conceptLeerroute", "intakeLeefgebieden", "conceptPvt", "pipUiterlijkOp");
        // shielded from history, while an ordinary display value is kept as usual
        assertThat(historischeWaarde(taak, "intakeLeefgebieden")).isEqualTo(AfgeschermdeHistorie.AFGESCHERMD);
        assertThat(historischeWaarde(taak, "intakeLeerbaarheid")).isEqualTo(AfgeschermdeHistorie.AFGESCHERMD);
        assertThat(historischeWaarde(taak, "conceptBegeleiding")).isEqualTo(AfgeschermdeHistorie.AFGESCHERMD);
        assertThat(historischeWaarde(taak, "conceptLeerroute")).isEqualTo("B1-route");
        List<HistoricDetail> details = historyService.createHistoricDetailQuery().variableUpdates()
                .processInstanceId(taak.getProcessInstanceId()).list();
        assertThat(details).isNotEmpty().noneMatch(d -> String.valueOf(((HistoricVariableUpdate) d).getValue())
                .contains("Gezondheid: Geen bijzonderheden"));

        // read-only: a completion that changes one is refused, naming it, and the task stays open
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN",
                "dagtekening", VANDAAG.toString(), "conceptLeerroute", "Z-route (zelfredzaamheidsroute)")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("conceptLeerroute");
        assertThat(taak(dossier, "Task_PipVaststellen")).isNotNull();

        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        PipVersie vastgesteld = pipVersies.findFirstByDossierIdOrderByVersieDesc(herlaad(dossier).getId()).orElseThrow();
        assertThat(vastgesteld.getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);
        assertThat(vastgesteld.getLeerroute()).isEqualTo(Leerroute.B1);
    }

    private Object historischeWaarde(Task taak, String naam) {
        return historyService.createHistoricVariableInstanceQuery().taskIdIn(taak.getId()).variableName(naam)
                .singleResult().getValue();
    }
}
