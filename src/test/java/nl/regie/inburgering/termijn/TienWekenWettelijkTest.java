package nl.regie.inburgering.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisRepository;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * The ten weeks as the law reads (issue 9 item 6): a late wait is refused, an early one suspends the escalation,
 * DUO's plicht notice starts no clock, the Algemene termijnenwet moves a last day on a weekend or feestdag, and a
 * statushouder whose BRP registration stays unknown gives the casemanager a task.
 */
class TienWekenWettelijkTest extends ProcesTestBasis {

    @Autowired private GebeurtenisRepository gebeurtenissen;

    @org.springframework.boot.test.web.server.LocalServerPort private int poort;

    private Dossier gezinsmigrant() {
        return open("0441", "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
    }

    @Test
    void eenWachtOpEenDerdeNaDeLimietWordtGeweigerdEnNietsVastgelegd() {
        Dossier dossier = gezinsmigrant();
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        LocalDate uiterlijk = VANDAAG.plusWeeks(10);
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(uiterlijk);
        verstrijkTot(dossier, uiterlijk.plusDays(2));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNotNull();
        long voor = gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId()).size();

        assertThatThrownBy(() -> dossierService.registreer(dossier, GebeurtenisType.WACHTEN_OP_DERDE,
                uiterlijk.plusDays(1), null, "test"))
                .isInstanceOfSatisfying(OngeldigVerzoekException.class,
                        e -> assertThat(e.getVelden()).containsOnlyKeys("datum"));

        Dossier na = herlaad(dossier);
        assertThat(na.getOpschortingSinds()).isNull();
        assertThat(na.getPipUiterlijkeDatum()).isEqualTo(uiterlijk);
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId())).hasSize((int) voor);
    }

    @Test
    void overOnzeApiNoemtDeWeigeringHetVeldDatumEnKentDuoDeInburgeringsplicht() {
        Dossier dossier = gezinsmigrant();
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/gebeurtenissen";
        nl.regie.inburgering.test.Http duo = nl.regie.inburgering.test.Http.als(poort, TestGegevens.DUO.id());
        assertThat(duo.post(pad, Map.of("type", "INBURGERINGSPLICHT_DUO", "datum", VANDAAG.toString())).status())
                .isEqualTo(201);
        assertThat(herlaad(dossier).getPipTermijnStart()).isNull();
        assertThat(duo.post(pad, Map.of("type", "KENNISGEVING_DUO", "datum", VANDAAG.toString())).status()).isEqualTo(201);
        verstrijkTot(dossier, VANDAAG.plusWeeks(10).plusDays(3));

        nl.regie.inburgering.test.Http.Antwoord laat = nl.regie.inburgering.test.Http.als(poort, TestGegevens.CM_HOORN.id())
                .post(pad, Map.of("type", "WACHTEN_OP_DERDE", "datum", VANDAAG.plusWeeks(10).plusDays(1).toString()));
        assertThat(laat.status()).isEqualTo(400);
        assertThat(laat.json().path("velden").has("datum")).isTrue();
        assertThat(herlaad(dossier).getOpschortingSinds()).isNull();
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId())).extracting(g -> g.getType())
                .containsExactly(GebeurtenisType.INBURGERINGSPLICHT_DUO, GebeurtenisType.KENNISGEVING_DUO);
    }

    @Test
    void eenWachtDieVoorDeLimietBegonSchortDeEscalatieOpOokAlsHijLaterIsVastgelegd() {
        Dossier dossier = gezinsmigrant();
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        verstrijkTot(dossier, VANDAAG.plusWeeks(9).plusDays(3));
        // recorded in week 9, begun in week 6
        gebeurtenis(dossier, GebeurtenisType.WACHTEN_OP_DERDE, VANDAAG.plusWeeks(6));

        verstrijkTot(dossier, VANDAAG.plusWeeks(10).plusDays(5));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNull();
        assertThat(hoofdproces(dossier)).isWaitingAt("Event_InformatieDerdeAfwachten");
        assertThat(herlaad(dossier).getOpschortingSinds()).isEqualTo(VANDAAG.plusWeeks(6));
    }

    @Test
    void eenWachtOpDeLaatsteDagTeltNogMee() {
        Dossier dossier = gezinsmigrant();
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        verstrijkTot(dossier, VANDAAG.plusWeeks(10));
        gebeurtenis(dossier, GebeurtenisType.WACHTEN_OP_DERDE, VANDAAG.plusWeeks(10));
        verstrijkTot(dossier, VANDAAG.plusWeeks(10).plusDays(2));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNull();
        assertThat(hoofdproces(dossier)).isWaitingAt("Event_InformatieDerdeAfwachten");
    }

    @Test
    void deInburgeringsplichtVanDuoStartDeKlokNiet() {
        Dossier dossier = gezinsmigrant();
        gebeurtenis(dossier, GebeurtenisType.INBURGERINGSPLICHT_DUO, VANDAAG.minusDays(1));

        Dossier na = herlaad(dossier);
        assertThat(na.getPipTermijnStart()).isNull();
        assertThat(na.getKennisgevingDuoDatum()).isNull();
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_KlokstartAfwachten");
        assertThat(timer(dossier, "Timer_Herinneringsmoment")).isNull();
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId()))
                .extracting(g -> g.getType()).containsExactly(GebeurtenisType.INBURGERINGSPLICHT_DUO);

        // SS139 starts it
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        assertThat(herlaad(dossier).getPipTermijnStart()).isEqualTo(VANDAAG);
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_VoorHerinnering");
    }

    @Test
    void eenLimietOpEenFeestdagSchuiftNaarDeVolgendeWerkdag() {
        // kennisgeving Tuesday 24 February 2026: ten weeks end on Tuesday 5 May (de vijfde mei, Atw art. 3)
        Dossier dossier = gezinsmigrant();
        LocalDate kennisgeving = LocalDate.of(2026, 2, 24);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, kennisgeving);

        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(Tijd.alsDatum(timer(dossier, "Timer_Herinneringsmoment").getDuedate()))
                .as("the reminder is policy: eight weeks, not moved").isEqualTo(kennisgeving.plusWeeks(8));
        assertThat(hoofdproces(dossier)).variables().containsEntry("pipUiterlijkeDatumTekst", "2026-05-06");
        oproepVersturen(dossier, TestGegevens.CM_HOORN);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        assertThat(Tijd.alsDatum(taak(dossier, "Task_BredeIntakeGesprekVoeren").getDueDate())).isEqualTo(LocalDate.of(2026, 5, 6));

        verstrijkTot(dossier, LocalDate.of(2026, 5, 6));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).as("5 May is no last day").isNull();
        assertThat(Tijd.alsDatum(timer(dossier, "Timer_TienWekenVerstreken").getDuedate())).isEqualTo(LocalDate.of(2026, 5, 7));
        verstrijkTot(dossier, LocalDate.of(2026, 5, 7));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNotNull();
    }

    @Test
    void eenLimietOpZaterdagSchuiftNaarMaandag() {
        Dossier dossier = gezinsmigrant();
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, LocalDate.of(2026, 2, 28)); // a Saturday
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(Tijd.alsDatum(timer(dossier, "Timer_Herinneringsmoment").getDuedate()))
                .isEqualTo(LocalDate.of(2026, 4, 25));
    }

    @Test
    void eenStatushouderZonderBrpInschrijvingGeeftNaZesWekenEenTaak() {
        Dossier dossier = openStatushouder("0441"); // koppeling VANDAAG - 3 = Friday 27 February 2026
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        LocalDate signaal = dossier.getKoppelingsdatum().plusWeeks(6);
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_KlokstartAfwachten");
        assertThat(Tijd.alsDatum(timer(dossier, "Timer_BrpOnbekend").getDuedate())).isEqualTo(signaal);

        verstrijkTot(dossier, signaal.minusDays(1));
        assertThat(taak(dossier, "Task_BrpInschrijvingNagaan")).isNull();
        verstrijkTot(dossier, signaal);

        Task taak = taak(dossier, "Task_BrpInschrijvingNagaan");
        assertThat(taak).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).anyMatch(l -> "casemanager".equals(l.getGroupId()));
        assertThat(taskService.getVariables(taak.getId())).as("the date is in the Dossier tab").doesNotContainKey("koppelingsdatum");
        assertThat(taskService.getVariable(taak.getId(), "dossiernummer")).isEqualTo(dossier.getDossiernummer());
        assertThat(hoofdproces(dossier)).isWaitingAt("Event_PipTermijnGestartNaSignaal", "Task_BrpInschrijvingNagaan");
        assertThat(timer(dossier, "Timer_BrpOnbekend")).as("one signal, not a loop").isNull();

        // the registration arrives while the task is open: the clock starts, the task stays until done
        gebeurtenis(dossier, GebeurtenisType.BRP_INSCHRIJVING, signaal.minusDays(2));
        assertThat(herlaad(dossier).getPipTermijnStart()).isEqualTo(signaal.minusDays(2));
        assertThat(hoofdproces(dossier)).isWaitingAt("Gateway_VoorHerinnering", "Task_BrpInschrijvingNagaan");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_BrpInschrijvingNagaan",
                Map.of("brpNagaanOpmerking", "Burgerzaken: ingeschreven, geregistreerd"));
        assertThat(hoofdproces(dossier)).hasPassed("End_BrpInschrijvingNagegaan").isWaitingAt("Gateway_VoorHerinnering");
    }

    @Test
    void geenTaakAlsDeBrpInschrijvingBekendIsOfVoorEenGezinsmigrant() {
        Dossier statushouder = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG.minusDays(1));
        Dossier gezinsmigrant = gezinsmigrant();
        LocalDate signaal = statushouder.getKoppelingsdatum().plusWeeks(6);
        verstrijkTot(statushouder, signaal.plusDays(1));
        verstrijkTot(gezinsmigrant, signaal.plusDays(1));
        for (Dossier dossier : java.util.List.of(statushouder, gezinsmigrant)) {
            assertThat(hoofdproces(dossier)).hasPassed("Timer_BrpOnbekend").isWaitingAt("Event_PipTermijnGestartNaSignaal");
            assertThat(taak(dossier, "Task_BrpInschrijvingNagaan")).isNull();
        }
        // the clock still starts after the signal moment
        gebeurtenis(gezinsmigrant, GebeurtenisType.KENNISGEVING_DUO, signaal);
        assertThat(hoofdproces(gezinsmigrant)).isWaitingAt("Gateway_VoorHerinnering");
    }

    @Test
    void hetSignaalmomentIsLokaalBeleid() {
        // application-test.yml: Zoetermeer signals after four weeks
        Dossier dossier = open("0637", "ASIELSTATUSHOUDER", "ERI", LocalDate.of(1995, 3, 3), null);
        assertThat(Tijd.alsDatum(timer(dossier, "Timer_BrpOnbekend").getDuedate()))
                .isEqualTo(dossier.getKoppelingsdatum().plusWeeks(4));
    }
}
