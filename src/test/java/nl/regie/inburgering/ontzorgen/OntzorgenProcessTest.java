package nl.regie.inburgering.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** Financieel ontzorgen: started by the bijstand, reviewed after six months, continued any number of rounds. */
class OntzorgenProcessTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker IC = new TestGegevens.TestGebruiker("ic.test", "inkomensconsulent",
            List.of("GM0441", "GM0439"));

    @Autowired OntzorgenTrajectRepository trajecten;
    @Autowired OntzorgenEvaluatieRepository evaluaties;

    private ProcessInstance gestart(Dossier dossier) {
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG); // Hoorn ontzorgt from the housing (Westfriesland)
        ProcessInstance pi = proces(dossier, "ontzorgen");
        assertThat(pi).as("ontzorgen gestart").isNotNull();
        LockedExternalTask inhouding = partnertaak(dossier, "ontzorgen-inhouding");
        assertThat(inhouding.getVariables()).containsEntry("actie", "START").containsEntry("partner", "inkomenssysteem")
                .containsEntry("ingangsdatum", VANDAAG.toString()).doesNotContainKey("bsn");
        beantwoord(inhouding, Map.of("bevestigd", true, "referentie", "IW-2026-001"));
        als(IC, () -> {
            taskService.complete(taak(dossier, "Task_BudgettrainingVastleggen").getId(),
                    Map.of("budgettrainingDatum", VANDAAG.plusDays(7).toString(), "budgettrainingAanbieder", "Schuldhulp Hoorn"));
            return null;
        });
        werkAf(dossier);
        return pi;
    }

    private void evalueer(Dossier dossier, ProcessInstance pi, LocalDate verwacht, String besluit, String reden) {
        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(verwacht);
        laatVerlopen(timerIn(pi));
        assertThat(Tijd.alsDatum(taak(dossier, "Task_OntzorgenEvalueren").getDueDate())).isEqualTo(verwacht);
        Map<String, Object> antwoord = new java.util.HashMap<>(Map.of("ontzorgenBesluit", besluit, "ontzorgenReden", reden));
        if ("VRIJWILLIG_BUDGETBEHEER".equals(besluit)) {
            antwoord.put("budgetbeheerToestemming", "JA"); // Pw 57: only with the inburgeraar's consent
        }
        als(IC, () -> {
            taskService.complete(taak(dossier, "Task_OntzorgenEvalueren").getId(), antwoord);
            return null;
        });
        werkAf(dossier);
    }

    @Test
    void naZesMaandenZonderToestemmingStoptDeInhoudingMetToestemmingGaatHetDoor() {
        TestGegevens.zorgVoor(identityService, IC);
        Dossier zonder = openStatushouder("0441");
        ProcessInstance pi = gestart(zonder);
        laatVerlopen(timerIn(pi));
        assertThat(Tijd.alsDatum(taak(zonder, "Task_OntzorgenEvalueren").getDueDate())).isEqualTo(VANDAAG.plusMonths(6));
        String taakId = taak(zonder, "Task_OntzorgenEvalueren").getId();
        for (Map<String, Object> zonderToestemming : List.<Map<String, Object>>of(
                Map.of("ontzorgenBesluit", "VRIJWILLIG_BUDGETBEHEER", "ontzorgenReden", "Nog achterstand"),
                Map.of("ontzorgenBesluit", "VRIJWILLIG_BUDGETBEHEER", "ontzorgenReden", "Nog achterstand",
                        "budgetbeheerToestemming", "NEE"))) {
            assertThatThrownBy(() -> als(IC, () -> {
                taskService.complete(taakId, zonderToestemming);
                return null;
            })).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("budgetbeheerToestemming");
        }
        assertThat(pi).isWaitingAt("Task_OntzorgenEvalueren");
        // without consent the only way is to stop: the income system is told to stop withholding
        als(IC, () -> {
            taskService.complete(taakId, Map.of("ontzorgenBesluit", "STOPPEN", "ontzorgenReden",
                    "Geen toestemming voor vrijwillig budgetbeheer", "budgetbeheerToestemming", "NEE"));
            return null;
        });
        werkAf(zonder);
        assertThat(partnertaak(zonder, "ontzorgen-inhouding").getVariables()).containsEntry("actie", "STOP");
        OntzorgenTraject gestopt = trajecten.findByDossierId(zonder.getId()).orElseThrow();
        assertThat(evaluaties.findByTrajectIdOrderByRonde(gestopt.getId())).singleElement().satisfies(e -> {
            assertThat(e.getBesluit()).isEqualTo("STOPPEN");
            assertThat(e.getToestemmingBudgetbeheer()).isFalse();
        });

        Dossier met = openStatushouder("0441");
        ProcessInstance verder = gestart(met);
        evalueer(met, verder, VANDAAG.plusMonths(6), "VRIJWILLIG_BUDGETBEHEER", "Wil zelf graag door");
        assertThat(verder).isWaitingAt("Timer_Evaluatiemoment");
        assertThat(Tijd.alsDatum(timerIn(verder).getDuedate())).isEqualTo(VANDAAG.plusMonths(12));
        OntzorgenTraject traject = trajecten.findByDossierId(met.getId()).orElseThrow();
        assertThat(evaluaties.findByTrajectIdOrderByRonde(traject.getId())).singleElement()
                .satisfies(e -> assertThat(e.getToestemmingBudgetbeheer()).isTrue());
        assertThat(runtimeService.getVariables(verder.getId())).doesNotContainKey("budgetbeheerToestemming");
    }

    @Test
    void naZesMaandenZelfredzaamDeInhoudingStopt() {
        TestGegevens.zorgVoor(identityService, IC);
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = gestart(dossier);
        OntzorgenTraject traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(traject.getVasteLasten()).isEqualTo("HUUR,ZORGVERZEKERING");
        assertThat(traject.getReferentie()).isEqualTo("IW-2026-001");
        assertThat(traject.getBudgettrainingDatum()).isEqualTo(VANDAAG.plusDays(7));

        evalueer(dossier, pi, VANDAAG.plusMonths(6), "STOPPEN", "Betaalt zelf huur en premie");

        LockedExternalTask stop = partnertaak(dossier, "ontzorgen-inhouding");
        assertThat(stop.getVariables()).containsEntry("actie", "STOP");
        beantwoord(stop, Map.of("bevestigd", true));
        assertThat(pi).hasPassed("End_OntzorgenBeeindigd").isEnded();
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(OntzorgenTraject.Status.BEEINDIGD);
        assertThat(evaluaties.findByTrajectIdOrderByRonde(traject.getId())).singleElement()
                .satisfies(e -> assertThat(e.getDoor()).isEqualTo(IC.id()));
    }

    @Test
    void tweeKeerVerlengdAlsVrijwilligBudgetbeheerEnDanGestopt() {
        TestGegevens.zorgVoor(identityService, IC);
        Dossier dossier = openStatushouder("0439");
        ProcessInstance pi = gestart(dossier);
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getVasteLasten())
                .isEqualTo("HUUR,GAS,WATER,ELEKTRICITEIT,ZORGVERZEKERING");

        evalueer(dossier, pi, VANDAAG.plusMonths(6), "VRIJWILLIG_BUDGETBEHEER", "Nog achterstand energie");
        assertThatThrownBy(() -> evalueer(dossier, pi, VANDAAG.plusMonths(12), "VRIJWILLIG_BUDGETBEHEER", ""))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("ontzorgenReden");
        als(IC, () -> {
            taskService.complete(taak(dossier, "Task_OntzorgenEvalueren").getId(),
                    Map.of("ontzorgenBesluit", "VRIJWILLIG_BUDGETBEHEER", "ontzorgenReden", "Budgetcursus nog bezig",
                            "budgetbeheerToestemming", "JA"));
            return null;
        });
        werkAf(dossier);
        evalueer(dossier, pi, VANDAAG.plusMonths(18), "STOPPEN", "Zelfredzaam");
        beantwoord(partnertaak(dossier, "ontzorgen-inhouding"), Map.of("bevestigd", true));

        assertThat(pi).isEnded();
        OntzorgenTraject traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(evaluaties.findByTrajectIdOrderByRonde(traject.getId())).extracting(OntzorgenEvaluatie::getBesluit)
                .containsExactly("VRIJWILLIG_BUDGETBEHEER", "VRIJWILLIG_BUDGETBEHEER", "STOPPEN");
    }

    @Test
    void geenOntzorgenVoorGezinsmigrantenEnNareizigersAlleenVolgensBeleid() {
        Dossier gezinsmigrant = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(gezinsmigrant, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(gezinsmigrant, GebeurtenisType.HUISVESTING, VANDAAG);
        assertThat(proces(gezinsmigrant, "ontzorgen")).isNull();
        Dossier nareiziger = open("0441", "NAREIZIGER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(nareiziger, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(nareiziger, GebeurtenisType.HUISVESTING, VANDAAG);
        assertThat(proces(nareiziger, "ontzorgen")).isNull();
        assertThat(proces(nareiziger, "begeleiding")).isNotNull();
    }
}
