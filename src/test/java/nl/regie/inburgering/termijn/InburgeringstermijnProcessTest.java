package nl.regie.inburgering.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * The inburgeringstermijn after the PIP (Wi 11): three years from the day after the dagtekening, end exclusive as
 * DUO's einddatum; the reminder {@code termijn-herinnering-voor-einde} (P6M) before the end, the tracks watched
 * {@code trajecten-gereed-voor-einde} (P6M) before it, the term passing; DUO's verlenging events re-date the end,
 * every waiting timer and the open tasks' due dates. Time passes with the engine clock, every timer in order.
 */
class InburgeringstermijnProcessTest extends ProcesTestBasis {

    /** PIP fixed today (2 March 2026): the term runs from 3 March 2026; its exclusive end is 3 March 2029. */
    static final LocalDate EINDE = LocalDate.of(2029, 3, 3);

    @Autowired TermijnBesprekingRepository besprekingen;
    @Autowired TermijnVerlengingRepository verlengingen;

    private Dossier metVastgesteldPip() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 4, 4), VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        Map<String, Object> pip = new java.util.HashMap<>(pip("B1"));
        pip.put("ontzorgen", "NEE");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipOpstellen", pip);
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        return dossier;
    }

    private LocalDate vervaldag(Job timer) {
        return Tijd.alsDatum(timer.getDuedate());
    }

    private void verlenging(Dossier dossier, GebeurtenisType type, LocalDate datum, LocalDate einddatum) {
        dossierService.registreer(dossier, type, datum, null, null, einddatum, TestGegevens.DUO.id());
        werkAf(dossier);
    }

    @Test
    void hetEindeIsExclusiefDrieJaarNaDeDagNaDeDagtekening() {
        assertThat(InburgeringstermijnService.eindeNaDagtekening(LocalDate.of(2026, 3, 2), Period.ofYears(3)))
                .isEqualTo(LocalDate.of(2029, 3, 3));
        // a term starting on 29 February keeps its full three years (the last day is 28 February, the end 1 March)
        assertThat(InburgeringstermijnService.eindeNaDagtekening(LocalDate.of(2024, 2, 28), Period.ofYears(3)))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(InburgeringstermijnService.eindeNaDagtekening(LocalDate.of(2023, 2, 28), Period.ofYears(3)))
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void herinneringTrajectenEnVerstrijkenOpDeDagVolgensDeRegels() {
        Dossier dossier = metVastgesteldPip();
        assertThat(herlaad(dossier).getInburgeringstermijnStart()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(EINDE);
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_VoorBespreken", "Gateway_VoorTrajectenControle", "Gateway_VoorEinde")
                .variables().containsEntry(InburgeringstermijnService.LAATSTE_DAG_TEKST, "2029-03-02");
        assertThat(vervaldag(timer(dossier, "Timer_TermijnBespreken"))).isEqualTo(EINDE.minusMonths(6));
        assertThat(vervaldag(timer(dossier, "Timer_TrajectenGereed"))).isEqualTo(EINDE.minusMonths(6));
        assertThat(vervaldag(timer(dossier, "Timer_InburgeringstermijnVerstreken"))).isEqualTo(EINDE);

        // the day before: nothing yet; on the day (00:00, six months before the end) the casemanager gets both tasks
        verstrijkTot(dossier, EINDE.minusMonths(6).minusDays(1));
        assertThat(taak(dossier, "Task_InburgeringstermijnBespreken")).isNull();
        assertThat(taak(dossier, "Task_TrajectenNietGereed")).isNull();
        verstrijkTot(dossier, EINDE.minusMonths(6));
        Task bespreken = taak(dossier, "Task_InburgeringstermijnBespreken");
        assertThat(bespreken).hasCandidateGroup("casemanager");
        assertThat(Tijd.alsDatum(bespreken.getDueDate())).isEqualTo(EINDE);
        Task trajecten = taak(dossier, "Task_TrajectenNietGereed");
        assertThat(trajecten).hasCandidateGroup("casemanager");
        assertThat(Tijd.alsDatum(trajecten.getDueDate())).isEqualTo(EINDE);
        // which tracks, from our tables: nobody answered the PVT, the leerroute and the MAP are not done
        assertThat((String) runtimeService.getVariable(hoofdproces(dossier).getId(), InburgeringstermijnService.OPEN_TRAJECTEN))
                .contains("leerroute", "PVT", "MAP");

        // a verlenging wanted needs its reason; the conversation is recorded in our table
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_InburgeringstermijnBespreken",
                Map.of("opKoers", "NEE", "verlengingAanvragen", "JA")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("verlengingReden");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_InburgeringstermijnBespreken",
                Map.of("opKoers", "NEE", "verlengingAanvragen", "JA", "verlengingReden", "Lang ziek geweest (medische verklaring)"));
        assertThat(besprekingen.findByDossierIdOrderById(dossier.getId())).singleElement().satisfies(b -> {
            assertThat(b.isOpKoers()).isFalse();
            assertThat(b.isVerlengingAanvragen()).isTrue();
            assertThat(b.getReden()).contains("ziek");
            assertThat(b.getBesprokenDoor()).isEqualTo(TestGegevens.CM_HOORN.id());
            assertThat(b.getTermijnEinde()).isEqualTo(EINDE);
        });
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_TrajectenNietGereed", Map.of("trajectenActie", "GESPREK_GEPLAND"));

        // the last day of the term passes: not yet; at 00:00 on the (exclusive) end the dossier shows it
        verstrijkTot(dossier, EINDE.minusDays(1));
        assertThat(herlaad(dossier).getTermijnVerstrekenOp()).isNull();
        assertThat(taak(dossier, "Task_InburgeringstermijnVerstreken")).isNull();
        verstrijkTot(dossier, EINDE);
        assertThat(herlaad(dossier).getTermijnVerstrekenOp()).isEqualTo(EINDE);
        assertThat(taak(dossier, "Task_InburgeringstermijnVerstreken")).hasCandidateGroup("casemanager");
        assertThat(herlaad(dossier).isLopend()).as("DUO enforces; the dossier runs until the plicht ends").isTrue();
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_InburgeringstermijnVerstreken", Map.of("termijnVerstrekenActie", "DUO_HANDHAAFT"));
        assertThat(hoofdproces(dossier)).hasPassed("End_TermijnVerstrekenAfgehandeld")
                .isWaitingAt("Event_EindeGewijzigdNaEinde");
    }

    @Test
    void eenAanvraagVerandertNietsEenToekenningOpAanvraagHerdateertTimersEnOpenTaken() {
        Dossier dossier = metVastgesteldPip();
        verstrijkTot(dossier, EINDE.minusMonths(6));
        Job verstrekenVoor = timer(dossier, "Timer_InburgeringstermijnVerstreken");
        LocalDate aanvraag = EINDE.minusMonths(5);
        verstrijkTot(dossier, aanvraag);

        // requested: nothing moves
        verlenging(dossier, GebeurtenisType.VERLENGING_AANGEVRAAGD, aanvraag, null);
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(EINDE);
        assertThat(timer(dossier, "Timer_InburgeringstermijnVerstreken").getId()).isEqualTo(verstrekenVoor.getId());
        assertThat(Tijd.alsDatum(taak(dossier, "Task_InburgeringstermijnBespreken").getDueDate())).isEqualTo(EINDE);
        assertThat(verlengingen.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(v -> assertThat(v.isOpen()).isTrue());

        // an end that is not later than today's is refused, naming the field; nothing changes
        assertThatThrownBy(() -> verlenging(dossier, GebeurtenisType.VERLENGING_OP_AANVRAAG, aanvraag.plusWeeks(6), EINDE))
                .isInstanceOf(OngeldigVerzoekException.class).hasMessageContaining("einddatum");
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(EINDE);

        // granted on request (SS104) within eight weeks: a year more
        LocalDate nieuw = EINDE.plusYears(1);
        verstrijkTot(dossier, aanvraag.plusWeeks(6));
        verlenging(dossier, GebeurtenisType.VERLENGING_OP_AANVRAAG, aanvraag.plusWeeks(6), nieuw);
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(nieuw);
        assertThat(vervaldag(timer(dossier, "Timer_InburgeringstermijnVerstreken"))).isEqualTo(nieuw);
        assertThat(vervaldag(timer(dossier, "Timer_TermijnBespreken"))).isEqualTo(nieuw.minusMonths(6));
        assertThat(vervaldag(timer(dossier, "Timer_TrajectenGereed"))).isEqualTo(nieuw.minusMonths(6));
        assertThat(Tijd.alsDatum(taak(dossier, "Task_InburgeringstermijnBespreken").getDueDate())).isEqualTo(nieuw);
        assertThat(Tijd.alsDatum(taak(dossier, "Task_TrajectenNietGereed").getDueDate())).isEqualTo(nieuw);
        assertThat(runtimeService.getVariable(hoofdproces(dossier).getId(), InburgeringstermijnService.LAATSTE_DAG_TEKST))
                .isEqualTo(nieuw.minusDays(1).toString());
        assertThat(verlengingen.findByDossierIdOrderById(dossier.getId())).singleElement().satisfies(v -> {
            assertThat(v.getBesluit()).isEqualTo(TermijnVerlenging.Besluit.OP_AANVRAAG);
            assertThat(v.getAangevraagdOp()).isEqualTo(aanvraag);
            assertThat(v.getOudeEinddatum()).isEqualTo(EINDE);
            assertThat(v.getNieuweEinddatum()).isEqualTo(nieuw);
        });

        // the old end passes without anything happening
        verstrijkTot(dossier, EINDE.plusDays(1));
        assertThat(herlaad(dossier).getTermijnVerstrekenOp()).isNull();
        assertThat(taak(dossier, "Task_InburgeringstermijnVerstreken")).isNull();
        verstrijkTot(dossier, nieuw);
        assertThat(herlaad(dossier).getTermijnVerstrekenOp()).isEqualTo(nieuw);
    }

    @Test
    void eenAfwijzingLaatHetEindeStaanEenAmbtshalveVerlengingNaHetVerstrijkenOpentDeTermijnWeer() {
        Dossier dossier = metVastgesteldPip();
        verlenging(dossier, GebeurtenisType.VERLENGING_AANGEVRAAGD, VANDAAG, null);
        verlenging(dossier, GebeurtenisType.VERLENGING_AFGEWEZEN, VANDAAG, null);
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(EINDE);
        assertThat(vervaldag(timer(dossier, "Timer_InburgeringstermijnVerstreken"))).isEqualTo(EINDE);
        assertThat(vervaldag(timer(dossier, "Timer_TermijnBespreken"))).isEqualTo(EINDE.minusMonths(6));
        assertThat(verlengingen.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(v -> assertThat(v.getBesluit()).isEqualTo(TermijnVerlenging.Besluit.AFGEWEZEN));

        verstrijkTot(dossier, EINDE);
        assertThat(herlaad(dossier).getTermijnVerstrekenOp()).isEqualTo(EINDE);
        // DUO extends ex officio (SS103): the term runs again, the passing is watched at the new end
        LocalDate nieuw = EINDE.plusMonths(6);
        verlenging(dossier, GebeurtenisType.VERLENGING_AMBTSHALVE, EINDE.plusDays(2), nieuw);
        assertThat(herlaad(dossier).getTermijnVerstrekenOp()).isNull();
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(nieuw);
        assertThat(vervaldag(timer(dossier, "Timer_InburgeringstermijnVerstreken"))).isEqualTo(nieuw);
        assertThat(verlengingen.findByDossierIdOrderById(dossier.getId())).hasSize(2).last()
                .satisfies(v -> assertThat(v.getBesluit()).isEqualTo(TermijnVerlenging.Besluit.AMBTSHALVE));
    }

    @Test
    void eenVerlengingVoorHetPipWordtGeweigerd() {
        Dossier dossier = openStatushouder("0441");
        assertThatThrownBy(() -> verlenging(dossier, GebeurtenisType.VERLENGING_AMBTSHALVE, VANDAAG, VANDAAG.plusYears(3)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PIP");
        assertThat(verlengingen.findByDossierIdOrderById(dossier.getId())).isEmpty();
    }
}
