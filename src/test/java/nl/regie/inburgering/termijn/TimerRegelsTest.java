package nl.regie.inburgering.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.handhaving.Gedraging;
import nl.regie.inburgering.handhaving.HandhavingZaak;
import nl.regie.inburgering.handhaving.HandhavingZaakRepository;
import nl.regie.inburgering.handhaving.HandhavingZaken;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Every timer's due date, read off running dossiers, against a table of the rules: the law (termijn/Wettermijnen,
 * with the Algemene termijnenwet) and each demo gemeente's policy. One row per rule and gemeente, each its own
 * assertion named after the rule. The policy values below are what the gemeenten configured (application.yml; the
 * test profile gives Zoetermeer a seven-week reminder, a four-week BRP signal and, for handhaving, a six-week
 * nalevingstermijn and a three-week zienswijze-termijn, to show a gemeente's own value).
 */
class TimerRegelsTest extends ProcesTestBasis {

    /** A gemeente's policy for the timers (null: the gemeente has no such timer, e.g. no MB extension). */
    record Beleid(String naam, String cbs, TestGegevens.TestGebruiker casemanager, Period pipHerinneringNa,
                  Period brpOnbekendSignaalNa, Period partnerAntwoordBinnen, Period ontzorgenDuur, Period begeleidingDuur,
                  Period begeleidingBesluitVoorEinde, Period pvtStreeftermijn, Period mapStartNa, Period voortgangInterval,
                  Period afmeldingBevestigenBinnen, Period termijnHerinneringVoorEinde, Period trajectenGereedVoorEinde,
                  Period voortgangsgesprekInterval, Period voortgangsgesprekUitvoerenBinnen,
                  Period voortgangsrapportAntwoordBinnen, Period mapAntwoordBinnen,
                  boolean ontzorgenVanafHuisvesting, boolean begeleidingDoorGemeente,
                  Period nalevingstermijn, Period zienswijzeTermijn) {
    }

    /** regie.standaard, as Purmerend has it (no overrides). */
    static final Beleid STANDAARD = new Beleid("standaard (Purmerend)", "0439", TestGegevens.CM_PURMEREND,
            Period.ofWeeks(8), Period.ofWeeks(6), Period.ofWeeks(4), Period.ofMonths(6), Period.ofMonths(12),
            Period.ofMonths(1), Period.ofYears(1), Period.ofYears(1), Period.ofMonths(3), Period.ofWeeks(2),
            Period.ofMonths(6), Period.ofMonths(6), Period.ofMonths(3), Period.ofWeeks(2), Period.ofWeeks(2), Period.ofMonths(6), false, false,
            Period.ofWeeks(4), Period.ofWeeks(2));
    /**
     * Westfriesland (Hoorn): the timers are the defaults (its other differences are fixed costs and MAP hours), but
     * ontzorgen starts at the housing (seed: "vanaf het moment van huisvesting in de gemeente") and Hoorn gives the
     * begeleiding itself (its casemanager's task has no partner answer timer).
     */
    static final Beleid WESTFRIESLAND = new Beleid("Westfriesland (Hoorn)", "0441", TestGegevens.CM_HOORN,
            Period.ofWeeks(8), Period.ofWeeks(6), Period.ofWeeks(4), Period.ofMonths(6), Period.ofMonths(12),
            Period.ofMonths(1), Period.ofYears(1), Period.ofYears(1), Period.ofMonths(3), Period.ofWeeks(2),
            Period.ofMonths(6), Period.ofMonths(6), Period.ofMonths(3), Period.ofWeeks(2), Period.ofWeeks(2), Period.ofMonths(6), true, true,
            Period.ofWeeks(4), Period.ofWeeks(2));
    /**
     * Zoetermeer: 18 months of MB without extension (seed 003); test profile: reminder 7 weeks, BRP signal 4,
     * handhaving: nalevingstermijn 6 weeks, zienswijze-termijn 3 weeks.
     */
    static final Beleid ZOETERMEER = new Beleid("Zoetermeer", "0637", TestGegevens.CM_ZOETERMEER,
            Period.ofWeeks(7), Period.ofWeeks(4), Period.ofWeeks(4), Period.ofMonths(6), Period.ofMonths(18),
            null, Period.ofYears(1), Period.ofYears(1), Period.ofMonths(3), Period.ofWeeks(2),
            Period.ofMonths(6), Period.ofMonths(6), Period.ofMonths(3), Period.ofWeeks(2), Period.ofWeeks(2), Period.ofMonths(6), false, false,
            Period.ofWeeks(6), Period.ofWeeks(3));

    private static final TestGegevens.TestGebruiker IC = new TestGegevens.TestGebruiker("ic.timerregels",
            "inkomensconsulent", List.of("GM0441", "GM0439", "GM0637"));
    /** Fixes the PIPs the casemanagers of the three gemeenten draft (four eyes: another user). */
    private static final TestGegevens.TestGebruiker TL = new TestGegevens.TestGebruiker("tl.timerregels",
            "teamleider", List.of("GM0441", "GM0439", "GM0637"));
    /** Judges, warns and decides the handhaving cases of the three gemeenten. */
    private static final TestGegevens.TestGebruiker HH = new TestGegevens.TestGebruiker("hh.timerregels",
            Rollen.HANDHAVING, List.of("GM0441", "GM0439", "GM0637"));
    /**
     * The boetebeschikking's dagtekening: its six weeks end on eerste Kerstdag (Friday 25 December 2026); the Atw moves
     * the last day past tweede Kerstdag and the weekend to Monday 28 December.
     */
    private static final LocalDate BESCHIKKING_DAGTEKENING = LocalDate.of(2026, 11, 13);

    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transacties;
    @Autowired HandhavingZaakRepository handhavingZaken;
    @Autowired HandhavingZaken handhaving;

    @TestFactory
    Stream<DynamicTest> standaard() {
        return regels(STANDAARD);
    }

    @TestFactory
    Stream<DynamicTest> westfriesland() {
        return regels(WESTFRIESLAND);
    }

    @TestFactory
    Stream<DynamicTest> zoetermeer() {
        return regels(ZOETERMEER);
    }

    private LocalDate due(ProcessInstance pi, String activiteit) {
        Job job = managementService.createJobQuery().timers().activityId(activiteit).processInstanceId(pi.getId())
                .singleResult();
        if (job == null) {
            throw new AssertionError("Geen timer " + activiteit + " in " + pi.getProcessDefinitionId());
        }
        assertThat(job.getDuedate()).as(activiteit + " om 00:00").isEqualTo(Tijd.beginVan(Tijd.alsDatum(job.getDuedate())));
        return Tijd.alsDatum(job.getDuedate());
    }

    private Stream<DynamicTest> regels(Beleid b) {
        TestGegevens.zorgVoor(identityService, IC);
        TestGegevens.zorgVoor(identityService, TL);
        TestGegevens.zorgVoor(identityService, HH);
        List<DynamicTest> rijen = new ArrayList<>();
        Rij rij = (regel, verwacht, werkelijk) -> rijen.add(dynamicTest(b.naam() + ": " + regel,
                () -> assertThat(werkelijk).as(regel).isEqualTo(verwacht)));

        // A statushouder whose BRP registration is unknown: the casemanager's signal (local policy).
        Dossier zonderBrp = open(b.cbs(), "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), null);
        rij.add("BRP onbekend: koppelingsdatum + brp-onbekend-signaal-na",
                zonderBrp.getKoppelingsdatum().plus(b.brpOnbekendSignaalNa()), due(hoofdproces(zonderBrp), "Timer_BrpOnbekend"));

        // A statushouder in the BRP: the ten weeks, MB and ontzorgen, then the tracks of the PIP.
        LocalDate brp = VANDAAG.minusDays(7);
        Dossier d = open(b.cbs(), "ASIELSTATUSHOUDER", "ERI", LocalDate.of(1992, 2, 2), brp);
        LocalDate klokstart = LocalDate.of(2026, 2, 24); // SS139 after the BRP registration: the clock starts here
        gebeurtenis(d, GebeurtenisType.KENNISGEVING_DUO, klokstart);
        rij.add("PIP-herinnering: klokstart + pip-herinnering-na", klokstart.plus(b.pipHerinneringNa()),
                due(hoofdproces(d), "Timer_Herinneringsmoment"));

        ProcessInstance mb = proces(d, "begeleiding");
        if (b.begeleidingDoorGemeente()) {
            voltooi(b.casemanager(), d, "Task_BegeleidingStartenGemeente", Map.of("startdatum", brp.toString()));
        } else {
            rij.add("MB-start onbeantwoord: aangeboden + partner-antwoord-binnen", VANDAAG.plus(b.partnerAntwoordBinnen()),
                    due(mb, "BoundaryEvent_BegeleidingStartenGeenAntwoord"));
            beantwoord(partnertaak(d, "mb-uitvoering"), Map.of("startdatum", brp.toString()));
        }
        if (b.begeleidingBesluitVoorEinde() != null) {
            rij.add("MB-verlengingsbesluit: BRP-inschrijving + begeleiding-duur - begeleiding-besluit-voor-einde",
                    brp.plus(b.begeleidingDuur()).minus(b.begeleidingBesluitVoorEinde()), due(mb, "Timer_BesluitmomentVerlenging"));
        } else {
            rij.add("Einde MB zonder verlenging: BRP-inschrijving + begeleiding-duur", brp.plus(b.begeleidingDuur()),
                    due(mb, "Timer_EindeBegeleiding"));
        }

        LocalDate bijstand = VANDAAG.minusDays(2);
        LocalDate huisvesting = VANDAAG.minusDays(1);
        gebeurtenis(d, GebeurtenisType.START_BIJSTAND, bijstand);
        gebeurtenis(d, GebeurtenisType.HUISVESTING, huisvesting);
        LocalDate ontzorgenStart = b.ontzorgenVanafHuisvesting() ? huisvesting : bijstand;
        ProcessInstance ontzorgen = proces(d, "ontzorgen");
        rij.add("Inhouding onbeantwoord: aangeboden + partner-antwoord-binnen", VANDAAG.plus(b.partnerAntwoordBinnen()),
                due(ontzorgen, "BoundaryEvent_InhoudingStartenGeenAntwoord"));
        beantwoord(partnertaak(d, "ontzorgen-inhouding"), Map.of("bevestigd", true));
        als(IC, () -> {
            taskService.complete(taak(d, "Task_BudgettrainingVastleggen").getId(),
                    Map.of("budgettrainingDatum", VANDAAG.toString(), "budgettrainingAanbieder", "Schuldhulp"));
            return null;
        });
        werkAf(d);
        rij.add("Evaluatie ontzorgen: start ontzorgen (bijstand, of de latere van bijstand en huisvesting waar"
                + " ontzorgen-start HUISVESTING is) + ontzorgen-duur (Pw 56a)", ontzorgenStart.plus(b.ontzorgenDuur()),
                due(ontzorgen, "Timer_Evaluatiemoment"));

        LocalDate termijnStart = VANDAAG;
        ProcessInstance pvt = startNaPip(d, "pvt", "B1", termijnStart);
        werkAf(d);
        rij.add("PVT-streefdatum: start inburgeringstermijn + pvt-streeftermijn", termijnStart.plus(b.pvtStreeftermijn()),
                due(pvt, "BoundaryEvent_PvtStreefdatumVerstreken"));
        ProcessInstance map = startNaPip(d, "map", "B1", termijnStart);
        werkAf(d);
        voltooi(b.casemanager(), d, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        rij.add("MAP-start: start inburgeringstermijn + map-start-na", termijnStart.plus(b.mapStartNa()),
                due(map, "Timer_MapStart"));
        ProcessInstance leerroute = startNaPip(d, "leerroute", "B1", termijnStart);
        werkAf(d);
        rij.add("Aanmelding taalaanbieder onbeantwoord: aangeboden + partner-antwoord-binnen",
                VANDAAG.plus(b.partnerAntwoordBinnen()), due(leerroute, "BoundaryEvent_AanmeldenBijTaalaanbiederGeenAntwoord"));
        LocalDate lesstart = VANDAAG.plusDays(14);
        beantwoord(partnertaak(d, "taalaanbieder-aanmelding"), Map.of("startdatum", lesstart.toString()));
        rij.add("Eerste voortgangsrapportage: start les + voortgang-interval", lesstart.plus(b.voortgangInterval()),
                due(leerroute, "Timer_VolgendeVoortgang"));

        // A dossier that ends: every partner at work is told and has to confirm.
        Dossier einde = open(b.cbs(), "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1988, 8, 8), VANDAAG.minusDays(1));
        if (b.begeleidingDoorGemeente()) { // the gemeente's own begeleiding has no partner to tell: the income system
            gebeurtenis(einde, GebeurtenisType.START_BIJSTAND, VANDAAG.minusDays(1));
            gebeurtenis(einde, GebeurtenisType.HUISVESTING, VANDAAG.minusDays(1));
        }
        dossierService.registreer(einde, GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd", nl.regie.inburgering.dossier.Beeindigingsreden.VERHUISD, null, "test");
        werkAf(einde);
        rij.add("Afmelding onbevestigd: aangeboden + afmelding-bevestigen-binnen", VANDAAG.plus(b.afmeldingBevestigenBinnen()),
                due(proces(einde, "partner-afmelding"), "BoundaryEvent_AfmeldingNietBevestigd"));

        // A statushouder walked through intake and PIP (no interval of its own): the main process watches the term
        // (termijn/InburgeringstermijnService, end exclusive), the voortgangsgesprekken and the tracks run.
        Dossier t = open(b.cbs(), "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1994, 4, 4), VANDAAG.minusDays(1));
        gebeurtenis(t, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(t, b.casemanager(), "HAALBAAR", 60);
        Map<String, Object> pipZonderInterval = new HashMap<>(pip("B1"));
        pipZonderInterval.put("ontzorgen", "NEE");
        pipZonderInterval.put("geenOntzorgenReden", "Beheert het eigen budget al");
        voltooi(b.casemanager(), t, "Task_PipOpstellen", pipZonderInterval);
        LocalDate dagtekening = VANDAAG;
        voltooi(TL, t, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", dagtekening.toString()));
        LocalDate start = dagtekening.plusDays(1);   // Wi 11: the day after the dagtekening
        LocalDate termijnEinde = dagtekening.plusYears(3).plusDays(1); // exclusive, as DUO's einddatum
        rij.add("Termijn besproken: einde - termijn-herinnering-voor-einde", termijnEinde.minus(b.termijnHerinneringVoorEinde()),
                due(hoofdproces(t), "Timer_TermijnBespreken"));
        rij.add("Trajecten gereed: einde - trajecten-gereed-voor-einde", termijnEinde.minus(b.trajectenGereedVoorEinde()),
                due(hoofdproces(t), "Timer_TrajectenGereed"));
        rij.add("Inburgeringstermijn verstreken: dagtekening + 3 jaar + 1 dag (Wi 11, einde exclusief)", termijnEinde,
                due(hoofdproces(t), "Timer_InburgeringstermijnVerstreken"));
        LocalDate eersteGesprek = start.plus(b.voortgangsgesprekInterval());
        rij.add("Eerste voortgangsgesprek: start termijn + voortgangsgesprek-interval (PIP zonder eigen interval)",
                eersteGesprek, due(proces(t, "voortgang"), "Timer_VolgendGesprek"));
        voltooi(b.casemanager(), t, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        LocalDate mapStart = start.plus(b.mapStartNa());
        rij.add("MAP-start na het PIP: start termijn + map-start-na", mapStart, due(proces(t, "map"), "Timer_MapStart"));
        LocalDate lesstartT = VANDAAG.plusDays(14);
        beantwoord(partnertaak(t, "taalaanbieder-aanmelding"), Map.of("startdatum", lesstartT.toString()));
        LocalDate rapportVerwacht = lesstartT.plus(b.voortgangInterval());

        // A PIP that fixes its own interval (Wi 16: the PIP decides; the gemeente's interval is only the default).
        Dossier eigenInterval = open(b.cbs(), "GEZINSMIGRANT", "MAR", LocalDate.of(1993, 3, 3), VANDAAG);
        PipVersie pipMetInterval = new PipVersie(eigenInterval.getId(), 1);
        pipMetInterval.concept(Leerroute.B1, Leerroute.B1, null, "PVT jaar 1", "MAP jaar 2", null, false, 12, null,
                "cm.test", Instant.now());
        pipMetInterval.voortgangInterval(Period.ofMonths(2));
        pipMetInterval.vastgesteld(VANDAAG.minusDays(1), "tl.test", Instant.now());
        pipVersies.save(pipMetInterval);
        ProcessInstance voortgang = startNaPip(eigenInterval, "voortgang", "B1", VANDAAG);
        rij.add("Eerste voortgangsgesprek: start termijn + interval van het PIP (P2M)", VANDAAG.plusMonths(2),
                due(voortgang, "Timer_VolgendGesprek"));

        // The ten weeks end on a feestdag (5 May 2026): the escalation the day after the Atw's last day (moves the clock).
        Dossier gezinsmigrant = open(b.cbs(), "GEZINSMIGRANT", "CHN", LocalDate.of(1985, 6, 6), VANDAAG);
        gebeurtenis(gezinsmigrant, GebeurtenisType.KENNISGEVING_DUO, klokstart);
        verstrijkTot(gezinsmigrant, klokstart.plus(b.pipHerinneringNa()));
        rij.add("PIP-termijn verstreken: dag na klokstart + 10 weken (Bi 5.3), verlengd volgens de Atw",
                klokstart.plusWeeks(10).plusDays(1).plusDays(1), due(hoofdproces(gezinsmigrant), "Timer_TienWekenVerstreken"));
        rij.add("PIP-termijn verstreken: dag na Wettermijnen.pipUiterlijk", Wettermijnen.pipUiterlijk(klokstart).plusDays(1),
                due(hoofdproces(gezinsmigrant), "Timer_TienWekenVerstreken"));

        // The ten weeks end on a Saturday (9 May 2026): the last day is Monday 11 May, the escalation on the 12th.
        Dossier zaterdag = open(b.cbs(), "GEZINSMIGRANT", "IND", LocalDate.of(1987, 7, 7), VANDAAG);
        LocalDate kennisgeving = LocalDate.of(2026, 2, 28);
        gebeurtenis(zaterdag, GebeurtenisType.KENNISGEVING_DUO, kennisgeving);
        verstrijkTot(zaterdag, kennisgeving.plus(b.pipHerinneringNa()));
        rij.add("PIP-termijn verstreken: 10 weken eindigen op zaterdag 9 mei 2026, de Atw verlengt tot maandag 11 mei",
                LocalDate.of(2026, 5, 12), due(hoofdproces(zaterdag), "Timer_TienWekenVerstreken"));

        // Time passes for the walked dossier, every timer in order: the first voortgangsgesprek's task, then the
        // taalaanbieder's periodic report (its own no-answer period), then a year on the MAP provider's.
        verstrijkTot(t, eersteGesprek);
        rij.add("Voortgangsgesprek-taak uiterlijk: gepland + voortgangsgesprek-uitvoeren-binnen",
                eersteGesprek.plus(b.voortgangsgesprekUitvoerenBinnen()),
                Tijd.alsDatum(taak(t, "Task_VoortgangsgesprekVoeren").getDueDate()));
        verstrijkTot(t, rapportVerwacht);
        rij.add("Voortgangsrapport taalaanbieder onbeantwoord: verwacht + partner-antwoord-binnen-per-topic.taalaanbieder-voortgang",
                rapportVerwacht.plus(b.voortgangsrapportAntwoordBinnen()),
                due(proces(t, "leerroute"), "BoundaryEvent_VoortgangOntvangenGeenAntwoord"));
        verstrijkTot(t, mapStart);
        rij.add("MAP-aanbieder onbeantwoord: MAP-start + partner-antwoord-binnen-per-topic.map-uitvoering",
                mapStart.plus(b.mapAntwoordBinnen()), due(proces(t, "map"), "BoundaryEvent_MapUitvoerenGeenAntwoord"));

        handhavingRegels(b, rij);
        return rijen.stream();
    }

    /**
     * One handhaving case walked to each of its timers: the gemeente's nalevingstermijn and zienswijze-termijn
     * (handhaving/HandhavingTermijnen, last day inclusive, the timer at the start of the next day), the law's bezwaar
     * period and decision (Wettermijnen, with the Atw: the dagtekening is chosen so the six weeks end on Christmas)
     * and the financial system's answer period. A fresh dossier on the test's today: the clock is set back from the
     * walks above (their dossiers are not touched again), then moves timer by timer for this dossier and its case.
     */
    private void handhavingRegels(Beleid b, Rij rij) {
        zetKlok(VANDAAG);
        Dossier d = openStatushouder(b.cbs());
        new TransactionTemplate(transacties).executeWithoutResult(s -> publisher.publishEvent(new HandhavingSignaalGemeld(
                d.getDossiernummer(), "CASEMANAGER", Gedraging.PIP_AFSPRAKEN.name(), VANDAAG.minusDays(7),
                VANDAAG.minusDays(7), "Afspraak niet nagekomen", b.casemanager().id())));
        List<HandhavingZaak> zaken = handhavingZaken.findByDossierIdOrderById(d.getId());
        assertThat(zaken).hasSize(1);
        String nr = zaken.get(0).getZaaknummer();
        werkAf(nr);
        voltooiZaak(b.casemanager(), nr, "Task_VoorlichtingVastleggen", Map.of("verplichtingUitgelegd", "JA",
                "verplichtingBegrepen", "JA", "voorlichtingToelichting", "Uitgelegd"));
        voltooiZaak(HH, nr, "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "VOLLEDIG",
                "verwijtbaarheidReden", "Geen reden gegeven"));
        LocalDate waarschuwing = Tijd.vandaag();
        voltooiZaak(HH, nr, "Task_WaarschuwingVersturen", Map.of("waarschuwingDatum", waarschuwing.toString()));
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult();
        LocalDate nalevingTimer = due(zaak, "Timer_NalevingstermijnVerstreken");
        rij.add("Nalevingstermijn verstreken: dag na waarschuwing + nalevingstermijn (laatste dag inbegrepen)",
                waarschuwing.plus(b.nalevingstermijn()).plusDays(1), nalevingTimer);

        verstrijkTot(nalevingTimer, d.getDossiernummer(), nr);
        voltooiZaak(HH, nr, "Task_NalevingBeoordelen", Map.of("nageleefd", "NEE", "nalevingToelichting", "Nog steeds afwezig"));
        LocalDate voornemen = Tijd.vandaag();
        voltooiZaak(HH, nr, "Task_VoornemenVersturen", Map.of("voornemenDatum", voornemen.toString()));
        LocalDate zienswijzeTimer = due(zaak, "BoundaryEvent_ZienswijzetermijnVerstreken");
        rij.add("Zienswijzetermijn verstreken: dag na voornemen + zienswijze-termijn (laatste dag inbegrepen)",
                voornemen.plus(b.zienswijzeTermijn()).plusDays(1), zienswijzeTimer);
        Task zienswijze = zaakTaak(nr, "Task_ZienswijzeVastleggen");
        assertThat(zienswijze.getDueDate()).as("uiterlijk om 00:00").isEqualTo(Tijd.beginVan(Tijd.alsDatum(zienswijze.getDueDate())));
        rij.add("Zienswijze vastleggen uiterlijk: voornemen + zienswijze-termijn, einde van die dag",
                voornemen.plus(b.zienswijzeTermijn()).plusDays(1), Tijd.alsDatum(zienswijze.getDueDate()));

        // no zienswijze: the timer fires, the fine is computed; the besluit waits until the chosen dagtekening
        verstrijkTot(BESCHIKKING_DAGTEKENING, d.getDossiernummer(), nr);
        voltooiZaak(HH, nr, "Task_BesluitNemen", Map.of("besluit", "BOETE", "besluitReden", "Geen rechtvaardiging"));
        voltooiZaak(TL, nr, "Task_BoetebeschikkingMedeondertekenen", Map.of("medeondertekening", "ONDERTEKENEN",
                "dagtekening", BESCHIKKING_DAGTEKENING.toString()));
        LocalDate bezwaarTimer = due(zaak, "Timer_BezwaartermijnVerstreken");
        rij.add("Bezwaartermijn verstreken: dag na Wettermijnen.bezwaarUiterlijk (dagtekening + 6 weken, Awb 6:7/6:8, Atw)",
                Wettermijnen.bezwaarUiterlijk(BESCHIKKING_DAGTEKENING).plusDays(1), bezwaarTimer);
        rij.add("Bezwaartermijn verstreken: 6 weken eindigen op eerste Kerstdag (vr 25 dec 2026), de Atw verlengt tot"
                + " maandag 28 december", LocalDate.of(2026, 12, 29), bezwaarTimer);

        // a bezwaar on the extended last day is in time; the decision is due six weeks after that day (Awb 7:10)
        LocalDate laatsteDag = bezwaarTimer.minusDays(1);
        verstrijkTot(laatsteDag, d.getDossiernummer(), nr);
        handhaving.bezwaarOntvangen(nr, laatsteDag, HH.id());
        werkAf(nr);
        Task beslissen = zaakTaak(nr, "Task_BeslissenOpBezwaar");
        assertThat(beslissen.getDueDate()).as("uiterlijk om 00:00").isEqualTo(Tijd.beginVan(Tijd.alsDatum(beslissen.getDueDate())));
        rij.add("Beslissen op bezwaar uiterlijk: Wettermijnen.beslissenOpBezwaarUiterlijk (laatste bezwaardag + 6 weken,"
                + " Awb 7:10, Atw), einde van die dag", Wettermijnen.beslissenOpBezwaarUiterlijk(BESCHIKKING_DAGTEKENING).plusDays(1),
                Tijd.alsDatum(beslissen.getDueDate()));
        rij.add("Beslissen op bezwaar uiterlijk: 28 december 2026 + 6 weken = maandag 8 februari 2027",
                LocalDate.of(2027, 2, 9), Tijd.alsDatum(beslissen.getDueDate()));

        voltooiZaak(HH, nr, "Task_BeslissenOpBezwaar", Map.of("bezwaarUitkomst", "ONGEGROND", "bezwaarReden", "Geen nieuwe feiten"));
        LocalDate aangeboden = Tijd.vandaag();
        LocalDate geenAntwoord = due(zaak, "BoundaryEvent_BoeteInvorderenGeenAntwoord");
        rij.add("Boete-invordering onbeantwoord: aangeboden + partner-antwoord-binnen", aangeboden.plus(b.partnerAntwoordBinnen()),
                geenAntwoord);
        verstrijkTot(geenAntwoord, d.getDossiernummer(), nr);
        rij.add("Boete-invordering onbeantwoord: de handhaver krijgt de taak op die dag", geenAntwoord,
                Tijd.alsDatum(zaakTaak(nr, "Task_BoeteInvorderenGeenAntwoord").getCreateTime()));
    }

    private Task zaakTaak(String zaaknummer, String definitie) {
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer).taskDefinitionKey(definitie)
                .singleResult();
        if (taak == null) {
            throw new AssertionError("Geen open taak " + definitie + " in zaak " + zaaknummer);
        }
        return taak;
    }

    private void voltooiZaak(TestGegevens.TestGebruiker gebruiker, String zaaknummer, String definitie,
                             Map<String, Object> variabelen) {
        Task taak = zaakTaak(zaaknummer, definitie);
        als(gebruiker, () -> {
            taskService.complete(taak.getId(), new HashMap<>(variabelen));
            return null;
        });
        werkAf(zaaknummer);
    }

    @FunctionalInterface
    private interface Rij {
        void add(String regel, LocalDate verwacht, LocalDate werkelijk);
    }
}
