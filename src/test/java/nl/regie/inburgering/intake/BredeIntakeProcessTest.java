package nl.regie.inburgering.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** The brede intake: oproep, no-show sequence, the conversation and the leerbaarheidstoets. */
class BredeIntakeProcessTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;

    private static final Map<String, Object> NIET_VERSCHENEN =
            Map.of("verschenen", "NEE", "redenNietVerschenen", "GEEN_GELDIGE_REDEN");

    @Autowired OproepRepository oproepen;
    @Autowired BredeIntakeRepository intakes;

    @Test
    void verschenenInburgeraarDoorlooptGesprekEnToets() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance intake = proces(dossier, "brede-intake");
        assertThat(intake.getBusinessKey()).isEqualTo(dossier.getDossiernummer());
        oproepVersturen(dossier, CM, VANDAAG.plusDays(7));
        assertThat(intake).isWaitingAt("Task_VerschijningVastleggen").variables()
                .containsEntry("oproepNummer", 1).containsEntry("laatsteOproep", false).doesNotContainKey("oproepLocatie");
        assertThat(Tijd.alsDatum(taak(dossier, "Task_VerschijningVastleggen").getDueDate())).isEqualTo(VANDAAG.plusDays(7));

        // "verschenen" can only be recorded once the appointment has come
        verstrijkTot(dossier, VANDAAG.plusDays(7));
        intakeVolledigNaOproep(dossier);
        assertThat(opgeslagenGesprek(dossier)).isEqualTo(VANDAAG.plusDays(7));

        assertThat(intake).isEnded().hasPassed("Task_BredeIntakeVastleggen");
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipOpstellen").variables()
                .containsEntry("lbtUitslag", "HAALBAAR").doesNotContainKeys("domeinGezondheid", "lbtScore");
        BredeIntake opgeslagen = intakes.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(opgeslagen.isZonderInburgeraar()).isFalse();
        assertThat(opgeslagen.getDomeinGezondheid()).isEqualTo("Geen bijzonderheden");
        assertThat(opgeslagen.getLbtScore()).isEqualTo(70);
        assertThat(opgeslagen.getLbtVereisteScore()).isEqualTo(50);
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).singleElement()
                .satisfies(o -> assertThat(o.getVerschenen()).isTrue());
    }

    private LocalDate opgeslagenGesprek(Dossier dossier) {
        return intakes.findByDossierId(dossier.getId()).orElseThrow().getGesprekDatum();
    }

    private void intakeVolledigNaOproep(Dossier dossier) {
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren", Map.of("intakeGesprekDatum", Tijd.vandaag().toString(),
                "domeinTaal", "Tigrinya", "domeinOpleiding", "Basisschool", "domeinWerk", "Landbouw",
                "domeinGezondheid", "Geen bijzonderheden", "meegewerkt", "JA"));
        voltooi(CM, dossier, "Task_LeerbaarheidstoetsVastleggen", Map.of("lbtVrijgesteld", "NEE", "lbtUitslag", "HAALBAAR",
                "lbtScore", 70, "lbtVereisteScore", 50, "lbtDatum", Tijd.vandaag().toString()));
    }

    @Test
    void naDrieKeerNietVerschijnenWordtDeIntakeZonderInburgeraarAfgerond() {
        Dossier dossier = openStatushouder("0441");
        for (int oproep = 1; oproep <= 2; oproep++) {
            oproepVersturen(dossier, CM);
            voltooi(CM, dossier, "Task_VerschijningVastleggen", NIET_VERSCHENEN);
            assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_SchriftelijkeWaarschuwingVersturen");
            voltooi(CM, dossier, "Task_SchriftelijkeWaarschuwingVersturen",
                    Map.of("waarschuwingVerzonden", VANDAAG.toString(), "waarschuwingToelichting", "Brief " + oproep + " aangetekend"));
            assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_OproepVersturen")
                    .variables().containsEntry("oproepNummer", oproep + 1);
            // the optional remark is stored with the missed oproep, not dropped
            int volgnummer = oproep;
            assertThat(oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).orElseThrow())
                    .satisfies(o -> assertThat(o.getVolgnummer()).isEqualTo(volgnummer))
                    .satisfies(o -> assertThat(o.getWaarschuwingToelichting()).isEqualTo("Brief " + volgnummer + " aangetekend"));
            assertThat(processEngine.getHistoryService().createHistoricDetailQuery()
                    .processInstanceId(proces(dossier, "brede-intake").getId()).variableUpdates().list())
                    .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                    .filteredOn(d -> "waarschuwingToelichting".equals(d.getVariableName()))
                    .as("the history records that it was set").isNotEmpty()
                    .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("aangetekend"));
        }
        oproepVersturen(dossier, CM);
        assertThat(proces(dossier, "brede-intake")).variables().containsEntry("laatsteOproep", true);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", NIET_VERSCHENEN);
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_IntakeZonderInburgeraarAfronden");

        voltooi(CM, dossier, "Task_IntakeZonderInburgeraarAfronden",
                Map.of("intakeZonderInburgeraarToelichting", "Gegevens van COA en DUO gebruikt"));

        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipOpstellen").variables()
                .containsEntry("lbtUitslag", "ONBEKEND").containsEntry("adviesLeerroute", "B1");
        assertThat(intakes.findByDossierId(dossier.getId()).orElseThrow().isZonderInburgeraar()).isTrue();
        List<Oproep> lijst = oproepen.findByDossierIdOrderByVolgnummer(dossier.getId());
        assertThat(lijst).extracting(Oproep::getVolgnummer).containsExactly(1, 2, 3);
        assertThat(lijst).extracting(Oproep::getWaarschuwingVerzonden).containsExactly(VANDAAG, VANDAAG, null);
        assertThat(lijst).extracting(Oproep::getVerschenen).containsOnly(false);
        assertThat(lijst).extracting(Oproep::getRedenNietVerschenen).containsOnly(RedenNietVerschenen.GEEN_GELDIGE_REDEN);
    }

    @Test
    void nietVerschenenMetGeldigeRedenGeeftEenNieuweOproepZonderWaarschuwingDieNietMeetelt() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", NIET_VERSCHENEN);
        voltooi(CM, dossier, "Task_SchriftelijkeWaarschuwingVersturen", Map.of("waarschuwingVerzonden", VANDAAG.toString()));
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", NIET_VERSCHENEN);
        voltooi(CM, dossier, "Task_SchriftelijkeWaarschuwingVersturen", Map.of("waarschuwingVerzonden", VANDAAG.toString()));
        oproepVersturen(dossier, CM);
        assertThat(proces(dossier, "brede-intake")).variables().containsEntry("oproepNummer", 3).containsEntry("laatsteOproep", true);

        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("redenNietVerschenen");
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_VerschijningVastleggen",
                Map.of("verschenen", "NEE", "redenNietVerschenen", "ZIEKTE")))
                .as("a valid reason needs its explanation")
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("verschijningToelichting");
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE", "redenNietVerschenen", "ZIEKTE",
                "verschijningToelichting", "Opgenomen in het ziekenhuis, verklaring huisarts gezien"));

        // the last oproep was missed with a valid reason: no warning, no intake without the inburgeraar, a fourth oproep
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_OproepVersturen").variables()
                .containsEntry("oproepNummer", 4).containsEntry("laatsteOproep", true);
        Oproep verontschuldigd = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).orElseThrow();
        assertThat(verontschuldigd.getVolgnummer()).isEqualTo(3);
        assertThat(verontschuldigd.getRedenNietVerschenen()).isEqualTo(RedenNietVerschenen.ZIEKTE);
        assertThat(verontschuldigd.getToelichting()).contains("ziekenhuis");
        assertThat(verontschuldigd.getWaarschuwingVerzonden()).isNull();
        assertThat(verontschuldigd.teltMee()).isFalse();

        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", NIET_VERSCHENEN);
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_IntakeZonderInburgeraarAfronden");
    }

    @Test
    void meewerkenWordtBijHetGesprekVastgelegdEnNietMeewerkenVraagtEenToelichting() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        Map<String, Object> gesprek = new java.util.HashMap<>(Map.of("intakeGesprekDatum", VANDAAG.toString(),
                "domeinTaal", "x", "domeinOpleiding", "x", "domeinWerk", "x", "meegewerkt", "NEE"));
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren", gesprek))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("meegewerktToelichting");
        gesprek.put("meegewerktToelichting", "Weigerde vragen over opleiding en werk te beantwoorden");
        voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren", gesprek);

        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_LeerbaarheidstoetsVastleggen").variables()
                .doesNotContainKeys("meegewerkt", "meegewerktToelichting");
        BredeIntake intake = intakes.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(intake.getMeegewerkt()).isEqualTo("NEE");
        assertThat(intake.getNietMeegewerktToelichting()).startsWith("Weigerde");
        assertThat(processEngine.getHistoryService().createHistoricDetailQuery()
                .processInstanceId(proces(dossier, "brede-intake").getId()).variableUpdates().list())
                .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                .filteredOn(d -> "meegewerktToelichting".equals(d.getVariableName()))
                .as("the history records that it was set").isNotEmpty()
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("Weigerde"));
    }

    @Test
    void eenWaarschuwingInDeToekomstWordtGeweigerd() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", NIET_VERSCHENEN);
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_SchriftelijkeWaarschuwingVersturen",
                Map.of("waarschuwingVerzonden", VANDAAG.plusDays(1).toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("waarschuwingVerzonden");
    }

    @Test
    void deToetsuitslagMoetBijDeScorePassen() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren", Map.of("intakeGesprekDatum", VANDAAG.toString(),
                "domeinTaal", "x", "domeinOpleiding", "x", "domeinWerk", "x", "meegewerkt", "JA"));

        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_LeerbaarheidstoetsVastleggen",
                Map.of("lbtVrijgesteld", "NEE", "lbtUitslag", "HAALBAAR")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("lbtScore");
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_LeerbaarheidstoetsVastleggen",
                Map.of("lbtVrijgesteld", "NEE", "lbtUitslag", "HAALBAAR", "lbtScore", 40, "lbtVereisteScore", 50)))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("past niet bij de score");
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_LeerbaarheidstoetsVastleggen",
                Map.of("lbtVrijgesteld", "JA")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("lbtVrijstellingReden");
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_LeerbaarheidstoetsVastleggen");

        voltooi(CM, dossier, "Task_LeerbaarheidstoetsVastleggen",
                Map.of("lbtVrijgesteld", "JA", "lbtVrijstellingReden", "AUDITIEF"));
        assertThat(proces(dossier, "pip")).variables().containsEntry("lbtUitslag", "VRIJGESTELD")
                .containsEntry("adviesLeerroute", "B1");
        assertThat(intakes.findByDossierId(dossier.getId()).orElseThrow().getLbtVrijstellingReden()).isEqualTo("AUDITIEF");
    }

    @Test
    void eenVerplichtLeefgebiedOntbreektEnDeTaakBlijftOpen() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren",
                Map.of("intakeGesprekDatum", VANDAAG.toString(), "domeinTaal", "x")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("domeinOpleiding").hasMessageContaining("domeinWerk");
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_BredeIntakeGesprekVoeren");
    }
}
