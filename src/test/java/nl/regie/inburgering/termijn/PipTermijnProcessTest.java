package nl.regie.inburgering.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.web.ConflictException;

/** The ten-week limit for the PIP: clock start, reminder, escalation and the opschorting exception. */
class PipTermijnProcessTest extends ProcesTestBasis {

    @org.springframework.beans.factory.annotation.Autowired
    private nl.regie.inburgering.dossier.GebeurtenisRepository gebeurtenissen;

    private static LocalDate datum(Job job) {
        return Tijd.alsDatum(job.getDuedate());
    }

    @Test
    void voorEenStatushouderStartDeKlokPasBijInschrijvingInDeBrp() {
        Dossier dossier = openStatushouder("0441");
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(2));
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_KlokstartAfwachten");
        assertThat(herlaad(dossier).getPipTermijnStart()).isNull();

        gebeurtenis(dossier, GebeurtenisType.BRP_INSCHRIJVING, VANDAAG.minusDays(1));

        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_VoorHerinnering", "CallActivity_BredeIntake");
        assertThat(herlaad(dossier).getPipTermijnStart()).isEqualTo(VANDAAG.minusDays(1));
        // ten weeks after Sunday 1 March is Sunday 10 May: the Algemene termijnenwet moves the last day to Monday
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(datum(timer(dossier, "Timer_Herinneringsmoment"))).isEqualTo(VANDAAG.minusDays(1).plusWeeks(8));
    }

    @Test
    void eenHerhaaldeKennisgevingOfInschrijvingVerschuiftDeKlokNiet() {
        // DUO's kennisgeving came first; the BRP registration follows: the clock starts at the registration.
        Dossier dossier = openStatushouder("0441");
        gebeurtenis(dossier, GebeurtenisType.BRP_INSCHRIJVING, VANDAAG.minusDays(20));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(10));
        assertThat(datum(timer(dossier, "Timer_Herinneringsmoment"))).isEqualTo(VANDAAG.minusDays(10).plusWeeks(8));
        LocalDate uiterlijk = herlaad(dossier).getPipUiterlijkeDatum();
        assertThat(uiterlijk).isEqualTo(VANDAAG.minusDays(10).plusWeeks(10));

        // DUO repeats SS139 (e.g. when the person left the COA) and the BRP registration comes again with other
        // dates: both are recorded, the clock keeps its first start.
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(2));
        gebeurtenis(dossier, GebeurtenisType.BRP_INSCHRIJVING, VANDAAG.minusDays(1));

        assertThat(hoofdproces(dossier)).hasNotPassed("Event_TermijnGewijzigdVoorHerinnering").isWaitingAt("Gateway_VoorHerinnering");
        assertThat(datum(timer(dossier, "Timer_Herinneringsmoment"))).isEqualTo(VANDAAG.minusDays(10).plusWeeks(8));
        Dossier na = herlaad(dossier);
        assertThat(na.getPipTermijnStart()).isEqualTo(VANDAAG.minusDays(10));
        assertThat(na.getPipUiterlijkeDatum()).isEqualTo(uiterlijk);
        assertThat(na.getKennisgevingDuoDatum()).isEqualTo(VANDAAG.minusDays(10));
        assertThat(na.getBrpInschrijvingsdatum()).isEqualTo(VANDAAG.minusDays(20));
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId()))
                .extracting(g -> g.getType() + " " + g.getDatum())
                .contains("KENNISGEVING_DUO " + VANDAAG.minusDays(2), "BRP_INSCHRIJVING " + VANDAAG.minusDays(1));
    }

    @Test
    void voorEenGezinsmigrantStartDeKlokBijDeKennisgevingVanDuo() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "IND", LocalDate.of(1992, 2, 2), VANDAAG.minusDays(30));
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_KlokstartAfwachten");
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_VoorHerinnering");
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(VANDAAG.plusWeeks(10));
    }

    @Test
    void deIntakeMagBeginnenVoordatDeKlokLoopt() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, TestGegevens.CM_HOORN);
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_VerschijningVastleggen");
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_KlokstartAfwachten");
    }

    @Test
    void herinneringNaAchtWekenEnEscalatieNaTienWekenZonderHetWerkTeStoppen() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 70);
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipOpstellen");
        Task pipOpstellen = taak(dossier, "Task_PipOpstellen");
        assertThat(Tijd.alsDatum(pipOpstellen.getDueDate())).isEqualTo(VANDAAG.plusWeeks(10));
        assertThat(datum(timer(dossier, "Timer_Herinneringsmoment"))).isEqualTo(VANDAAG.plusWeeks(8));
        assertThat(hoofdproces(dossier)).variables().containsEntry("pipUiterlijkeDatumTekst", VANDAAG.plusWeeks(10).toString());

        verstrijkTot(dossier, VANDAAG.plusWeeks(8).minusDays(1));
        assertThat(taak(dossier, "Task_PipTermijnHerinneren")).isNull();
        verstrijkTot(dossier, VANDAAG.plusWeeks(8));

        Task herinneringTaak = taak(dossier, "Task_PipTermijnHerinneren");
        assertThat(herinneringTaak).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(herinneringTaak.getId()))
                .anyMatch(l -> "casemanager".equals(l.getGroupId()));
        assertThat(Tijd.alsDatum(herinneringTaak.getDueDate())).isEqualTo(VANDAAG.plusWeeks(10));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipTermijnHerinneren", Map.of("herinneringActie", "Afspraak gepland"));
        assertThat(datum(timer(dossier, "Timer_TienWekenVerstreken"))).isEqualTo(VANDAAG.plusWeeks(10).plusDays(1));

        verstrijkTot(dossier, VANDAAG.plusWeeks(10));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNull();
        verstrijkTot(dossier, VANDAAG.plusWeeks(10).plusDays(1));

        Task escalatie = taak(dossier, "Task_PipTermijnEscaleren");
        assertThat(escalatie).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(escalatie.getId())).anyMatch(l -> "teamleider".equals(l.getGroupId()));
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipOpstellen");
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipTermijnEscaleren",
                Map.of("escalatieMaatregel", "Voorrang gegeven"));
        assertThat(hoofdproces(dossier)).hasPassed("End_EscalatieAfgehandeld").isWaitingAt("CallActivity_Pip");
    }

    @Test
    void opschortingVerschuiftDeLimietNaarTweeWekenNaOntvangstVanDeInformatie() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        oproepVersturen(dossier, TestGegevens.CM_HOORN);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        verstrijkTot(dossier, VANDAAG.plusWeeks(9));
        assertThat(taak(dossier, "Task_PipTermijnHerinneren")).isNotNull();

        gebeurtenis(dossier, GebeurtenisType.WACHTEN_OP_DERDE, VANDAAG.plusWeeks(9));
        // The ten weeks pass while the gemeente waits for the third party: an allowed overrun, so no escalation;
        // the main process waits for the new limit.
        verstrijkTot(dossier, VANDAAG.plusWeeks(10).plusDays(3));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNull();
        assertThat(hoofdproces(dossier)).hasPassed("Timer_TienWekenVerstreken").isWaitingAt("Event_InformatieDerdeAfwachten");
        assertThat(timer(dossier, "Timer_TienWekenVerstreken")).isNull();

        LocalDate ontvangen = VANDAAG.plusWeeks(10);
        gebeurtenis(dossier, GebeurtenisType.INFORMATIE_DERDE_ONTVANGEN, ontvangen);

        // two weeks after receipt is Monday 25 May 2026, tweede Pinksterdag: the Algemene termijnenwet moves it a day
        LocalDate nieuweLimiet = LocalDate.of(2026, 5, 26);
        assertThat(ontvangen.plusWeeks(2)).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(nieuweLimiet);
        assertThat(datum(timer(dossier, "Timer_TienWekenVerstreken"))).isEqualTo(nieuweLimiet.plusDays(1));
        assertThat(Tijd.alsDatum(taak(dossier, "Task_BredeIntakeGesprekVoeren").getDueDate())).isEqualTo(nieuweLimiet);
        assertThat(Tijd.alsDatum(taak(dossier, "Task_PipTermijnHerinneren").getDueDate())).isEqualTo(nieuweLimiet);
        assertThat(hoofdproces(dossier)).variables().containsEntry("pipUiterlijkeDatumTekst", nieuweLimiet.toString());

        verstrijkTot(dossier, nieuweLimiet);
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNull();
        // The new limit passes without the suspension: now the teamleider is escalated.
        verstrijkTot(dossier, nieuweLimiet.plusDays(1));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNotNull();
        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_BredeIntakeGesprekVoeren");
    }

    @Test
    void informatieDieVroegBinnenkwamMaarLaatIsVastgelegdGeeftAlsnogDeEscalatie() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        verstrijkTot(dossier, VANDAAG.plusWeeks(5));
        gebeurtenis(dossier, GebeurtenisType.WACHTEN_OP_DERDE, VANDAAG.plusWeeks(5));
        verstrijkTot(dossier, VANDAAG.plusWeeks(10).plusDays(2));
        assertThat(taak(dossier, "Task_PipTermijnHerinneren")).isNotNull();
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNull();
        assertThat(hoofdproces(dossier)).isWaitingAt("Event_InformatieDerdeAfwachten");

        // Received in week 6: two weeks later is before the ten weeks, so the limit stays; it has passed.
        gebeurtenis(dossier, GebeurtenisType.INFORMATIE_DERDE_ONTVANGEN, VANDAAG.plusWeeks(6));
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(VANDAAG.plusWeeks(10));
        assertThat(datum(timer(dossier, "Timer_TienWekenVerstreken"))).isEqualTo(VANDAAG.plusWeeks(10).plusDays(1));

        verstrijkTot(dossier, VANDAAG.plusWeeks(10).plusDays(2));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNotNull();
    }

    @Test
    void informatieVanEenDerdeZonderOpschortingWordtGeweigerd() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        assertThatThrownBy(() -> gebeurtenis(dossier, GebeurtenisType.INFORMATIE_DERDE_ONTVANGEN, VANDAAG))
                .isInstanceOf(ConflictException.class).hasMessageContaining("WACHTEN_OP_DERDE");
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(VANDAAG.plusWeeks(10));
    }

    @Test
    void deHerinneringstermijnIsPerGemeenteInstelbaar() {
        // application-test.yml: Zoetermeer reminds after 7 weeks instead of the default 8.
        Dossier dossier = open("0637", "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        assertThat(datum(timer(dossier, "Timer_Herinneringsmoment"))).isEqualTo(VANDAAG.plusWeeks(7));
    }

    @Test
    void dezelfdeGebeurtenisTweeKeerTeltEenKeer() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        boolean nogmaals = dossierService.registreer(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG, null, "test");
        assertThat(nogmaals).isFalse();
        assertThat(managementService.createJobQuery().processInstanceId(hoofdproces(dossier).getId()).count()).isEqualTo(1);
    }
}
