package nl.regie.inburgering.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.pipwijziging.PipWijzigingService;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.partner.PartnersProperties;
import nl.regie.inburgering.verhuizing.VorigePip;

/**
 * Demo profile only: creates demo users (password = user name) and a handful of dossiers at different stages, once.
 * Every dossier is driven through the same services and tasks a real user would use.
 */
@Component
@ConditionalOnProperty(name = "regie.demo.enabled", havingValue = "true")
public class DemoGegevens {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGegevens.class);
    static final List<String> WESTFRIESLAND_ZONDER_HOORN = List.of("GM0498", "GM0388", "GM1598", "GM0420", "GM0432", "GM0532");
    static final List<String> WESTFRIESLAND = List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532");

    /** Demo users: id → (name, role, gemeenten). */
    record DemoGebruiker(String id, String voornaam, String achternaam, String rol, List<String> gemeenten) {
    }

    static final List<DemoGebruiker> GEBRUIKERS = List.of(
            new DemoGebruiker("cm.westfriesland", "Sanne", "de Vries (regio Westfriesland)", Rollen.CASEMANAGER, WESTFRIESLAND_ZONDER_HOORN),
            new DemoGebruiker("cm.hoorn", "Ahmed", "Bakker (Hoorn)", Rollen.CASEMANAGER, List.of("GM0441")),
            new DemoGebruiker("cm.purmerend", "Lotte", "Jansen (Purmerend)", Rollen.CASEMANAGER, List.of("GM0439")),
            new DemoGebruiker("cm.zoetermeer", "Yusuf", "Visser (Zoetermeer)", Rollen.CASEMANAGER, List.of("GM0637")),
            new DemoGebruiker("cm.stichtsevecht", "Eva", "Smit (Stichtse Vecht)", Rollen.CASEMANAGER, List.of("GM1904")),
            new DemoGebruiker("tl.westfriesland", "Peter", "Mulder (teamleider Westfriesland)", Rollen.TEAMLEIDER, WESTFRIESLAND),
            new DemoGebruiker("tl.purmerend", "Fatima", "El Amrani (teamleider Purmerend)", Rollen.TEAMLEIDER, List.of("GM0439")),
            new DemoGebruiker("tl.zoetermeer", "Joost", "de Boer (teamleider Zoetermeer)", Rollen.TEAMLEIDER, List.of("GM0637")),
            new DemoGebruiker("tl.stichtsevecht", "Marieke", "Dekker (teamleider Stichtse Vecht)", Rollen.TEAMLEIDER, List.of("GM1904")),
            new DemoGebruiker("ic.westfriesland", "Karin", "Vos (inkomensconsulent)", Rollen.INKOMENSCONSULENT, WESTFRIESLAND),
            new DemoGebruiker("hh.westfriesland", "Ruud", "Peters (handhaving)", Rollen.HANDHAVING, WESTFRIESLAND),
            new DemoGebruiker("pb.regio", "Inge", "Hendriks (procesbeheerder)", Rollen.PROCESBEHEERDER,
                    List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532", "GM0439", "GM0637", "GM1904")),
            new DemoGebruiker("fb.regio", "Wim", "Koster (functioneel beheerder)", Rollen.BEHEERDER, List.of()),
            new DemoGebruiker("coa.koppeling", "COA", "koppeling (partner)", Rollen.COA, List.of()),
            new DemoGebruiker("duo.koppeling", "DUO", "koppeling (partner)", Rollen.DUO, List.of()),
            // metrics (issue 14): Prometheus scrapes /actuator/prometheus with this account, and can do nothing else
            new DemoGebruiker("monitoring", "Prometheus", "(monitoring)", Rollen.MONITORING, List.of()));

    private final IdentityService identityService;
    private final TaskService taskService;
    private final DossierService dossierService;
    private final PartnersProperties partners;
    private final ExternalTaskService externalTaskService;
    private final PipWijzigingService pipWijzigingen;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final org.springframework.context.ApplicationEventPublisher dossierEvents;
    private final org.springframework.transaction.support.TransactionTemplate transactie;
    private final nl.regie.inburgering.handhaving.HandhavingZaakRepository handhavingZaken;

    public DemoGegevens(IdentityService identityService, TaskService taskService, DossierService dossierService,
                        PartnersProperties partners, ExternalTaskService externalTaskService,
                        PipWijzigingService pipWijzigingen, RuntimeService runtimeService,
                        ManagementService managementService,
                        org.springframework.context.ApplicationEventPublisher dossierEvents,
                        org.springframework.transaction.support.TransactionTemplate transactie,
                        nl.regie.inburgering.handhaving.HandhavingZaakRepository handhavingZaken) {
        this.dossierEvents = dossierEvents;
        this.transactie = transactie;
        this.handhavingZaken = handhavingZaken;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.externalTaskService = externalTaskService;
        this.pipWijzigingen = pipWijzigingen;
        this.identityService = identityService;
        this.taskService = taskService;
        this.dossierService = dossierService;
        this.partners = partners;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void maakAan() {
        boolean eersteStart = identityService.createUserQuery().userId("cm.hoorn").count() == 0;
        // demo users added in a later version are created in an existing demo database too
        GEBRUIKERS.stream().filter(g -> identityService.createUserQuery().userId(g.id()).count() == 0).forEach(this::gebruiker);
        if (!eersteStart) {
            return; // dossiers created at an earlier start
        }
        partners.getPartners().forEach((id, partner) -> gebruiker(new DemoGebruiker(id, partner.getNaam(), "(partner)",
                Rollen.PARTNER, partner.getGemeenten())));
        LocalDate vandaag = Tijd.vandaag();

        // Hoorn: statushouder, known to DUO and registered in the BRP: the ten-week clock runs; oproep to send.
        Dossier hoorn = open("725763863", "Amanuel", "Tesfay", LocalDate.of(1994, 3, 12), "ERI", "ASIELSTATUSHOUDER",
                "0441", vandaag.minusWeeks(4), true, vandaag.minusWeeks(3));
        dossierService.registreer(hoorn, GebeurtenisType.KENNISGEVING_DUO, vandaag.minusWeeks(3), "SS139", "duo.koppeling");
        // bijstand and housing (Westfriesland ontzorgt from the housing): financieel ontzorgen starts (the income
        // system's task waits); the BRP registration started begeleiding
        dossierService.registreer(hoorn, GebeurtenisType.START_BIJSTAND, vandaag.minusWeeks(3), "Pw-uitkering", "ic.westfriesland");
        dossierService.registreer(hoorn, GebeurtenisType.HUISVESTING, vandaag.minusWeeks(3), "Woning Hoorn", "cm.hoorn");

        // Enkhuizen: statushouder still in the AZC: not yet in the BRP, so the clock has not started; intake begins.
        open("162275869", "Hevin", "Ali", LocalDate.of(2001, 7, 2), "SYR", "ASIELSTATUSHOUDER", "0388",
                vandaag.minusWeeks(1), false, null);

        // Purmerend: gezinsmigrant, intake done, PIP to draft.
        Dossier purmerend = open("192285142", "Maria", "Santos", LocalDate.of(1988, 11, 20), "BRA", "GEZINSMIGRANT",
                "0439", vandaag.minusWeeks(6), false, vandaag.minusWeeks(6));
        dossierService.registreer(purmerend, GebeurtenisType.KENNISGEVING_DUO, vandaag.minusWeeks(5), "SS139", "duo.koppeling");
        intakeAfnemen(purmerend, "cm.purmerend", "HAALBAAR", 60, 50);

        // Zoetermeer: statushouder, PIP drafted by the casemanager, waiting for the teamleider.
        Dossier zoetermeer = open("691682483", "Abdi", "Hassan", LocalDate.of(1979, 1, 5), "SOM", "ASIELSTATUSHOUDER",
                "0637", vandaag.minusWeeks(9), true, vandaag.minusWeeks(8));
        dossierService.registreer(zoetermeer, GebeurtenisType.KENNISGEVING_DUO, vandaag.minusWeeks(9), "SS139", "duo.koppeling");
        intakeAfnemen(zoetermeer, "cm.zoetermeer", "NIET_HAALBAAR", 30, 50);
        pipOpstellen(zoetermeer, "cm.zoetermeer", "Z");

        // Medemblik: statushouder with a fixed PIP: leerroute, PVT and MAP run (the MAP's vrijstelling question is open).
        Dossier medemblik = open("987825707", "Nour", "Haddad", LocalDate.of(1990, 5, 30), "SYR", "ASIELSTATUSHOUDER",
                "0420", vandaag.minusWeeks(12), true, vandaag.minusWeeks(11));
        dossierService.registreer(medemblik, GebeurtenisType.KENNISGEVING_DUO, vandaag.minusWeeks(11), "SS139", "duo.koppeling");
        intakeAfnemen(medemblik, "cm.westfriesland", "HAALBAAR", 70, 50);
        pipOpstellen(medemblik, "cm.westfriesland", "B1");
        voltooi(medemblik, "tl.westfriesland", "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", vandaag.minusDays(1).toString()));
        // the taalaanbieder confirmed the enrolment: the leerroute waits for its first progress report
        externalTaskService.fetchAndLock(5, "demo").topic("taalaanbieder-aanmelding", 60_000L)
                .businessKey(medemblik.getDossiernummer()).execute()
                .forEach(t -> externalTaskService.complete(t.getId(), "demo", Map.of("startdatum", vandaag.toString())));
        voerAchtergrondUit(medemblik);

        // Koggenland: statushouder on the B1-route; the casemanager asked to switch to the Z-route: the teamleider decides.
        Dossier koggenland = open("908301662", "Tesfay", "Gebremedhin", LocalDate.of(1983, 2, 17), "ERI", "ASIELSTATUSHOUDER",
                "1598", vandaag.minusWeeks(40), false, vandaag.minusWeeks(39));
        dossierService.registreer(koggenland, GebeurtenisType.KENNISGEVING_DUO, vandaag.minusWeeks(39), "SS139", "duo.koppeling");
        intakeAfnemen(koggenland, "cm.westfriesland", "HAALBAAR", 55, 50, vandaag.minusWeeks(32));
        pipOpstellen(koggenland, "cm.westfriesland", "B1");
        voltooi(koggenland, "tl.westfriesland", "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", vandaag.minusWeeks(30).toString()));
        externalTaskService.fetchAndLock(5, "demo").topic("taalaanbieder-aanmelding", 60_000L)
                .businessKey(koggenland.getDossiernummer()).execute()
                .forEach(t -> externalTaskService.complete(t.getId(), "demo", Map.of("startdatum", vandaag.minusWeeks(28).toString())));
        voerAchtergrondUit(koggenland);
        pipWijzigingen.vraagRoutewisselAan(koggenland.getDossiernummer(), Leerroute.Z,
                "Na 600 uur NT2 blijft B1 buiten bereik; de Z-route past beter bij zijn doelen", "cm.westfriesland");

        // Opmeer: statushouder on bijstand who moved to Utrecht: the dossier ended; the income system and the
        // maatschappelijke begeleiding are asked to confirm (withholding stops, support ends).
        Dossier opmeer = open("131860914", "Rahel", "Kidane", LocalDate.of(1997, 8, 3), "ERI", "ASIELSTATUSHOUDER",
                "0432", vandaag.minusWeeks(10), true, vandaag.minusWeeks(9));
        dossierService.registreer(opmeer, GebeurtenisType.START_BIJSTAND, vandaag.minusWeeks(9), "Pw-uitkering", "ic.westfriesland");
        dossierService.registreer(opmeer, GebeurtenisType.HUISVESTING, vandaag.minusWeeks(9), null, "cm.westfriesland");
        externalTaskService.fetchAndLock(5, "demo").topic("ontzorgen-inhouding", 60_000L)
                .businessKey(opmeer.getDossiernummer()).execute()
                .forEach(t -> externalTaskService.complete(t.getId(), "demo", Map.of("bevestigd", true, "referentie", "INK-2026-0412")));
        voerAchtergrondUit(opmeer);
        dossierService.registreer(opmeer, GebeurtenisType.BEEINDIGD, vandaag.minusDays(2), "Verhuisd naar Utrecht (SS120 bij de nieuwe gemeente)",
                Beeindigingsreden.VERHUISD, null, "cm.westfriesland");

        Dossier stedeBroec = inburgeringstermijnDossiers(vandaag);
        handhaving(koggenland, stedeBroec, vandaag);

        // Stichtse Vecht: a German national: the check says not obliged; the casemanager must confirm.
        open("688136138", "Lukas", "Schneider", LocalDate.of(1985, 9, 14), "DEU", "GEZINSMIGRANT", "1904",
                vandaag.minusWeeks(2), false, vandaag.minusWeeks(2));

        // Purmerend: moved in from Amsterdam (not on this installation) with Amsterdam's PIP (DUO SS121): the PIP, the
        // B1-route and the term are taken over; cm.purmerend confirms the taken-over facts, then the tracks start.
        LocalDate dagtekeningAmsterdam = vandaag.minusMonths(14);
        DossierOpenenVerzoek verhuisd = new DossierOpenenVerzoek("314159265", "Yonas", "Berhane", LocalDate.of(1996, 4, 9),
                "ERI", "ASIELSTATUSHOUDER", "0439", vandaag.minusMonths(18), false, vandaag.minusWeeks(1),
                new VorigePip("0363", dagtekeningAmsterdam, "B1", dagtekeningAmsterdam.plusDays(1),
                        dagtekeningAmsterdam.plusDays(1).plusYears(3)));
        voerAchtergrondUit(dossierService.open(verhuisd, dossierService.valideer(verhuisd), "cm.purmerend").dossier());
        LOG.info("Demo: {} gebruikers en 12 dossiers aangemaakt (wachtwoord = gebruikersnaam)", GEBRUIKERS.size());
    }

    private void gebruiker(DemoGebruiker demo) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.voornaam());
        user.setLastName(demo.achternaam());
        user.setPassword(demo.id());
        user.setEmail(demo.id() + "@demo.regie-inburgering.nl");
        identityService.saveUser(user);
        identityService.createMembership(demo.id(), demo.rol());
        demo.gemeenten().forEach(g -> identityService.createTenantUserMembership(g, demo.id()));
    }

    private Dossier open(String bsn, String voornamen, String achternaam, LocalDate geboren, String nationaliteit,
                         String doelgroep, String cbs, LocalDate koppeling, boolean bijstand, LocalDate brp) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(bsn, voornamen, achternaam, geboren, nationaliteit,
                doelgroep, cbs, koppeling, bijstand, brp);
        Gemeente gemeente = dossierService.valideer(verzoek);
        return dossierService.open(verzoek, gemeente, "coa.koppeling").dossier();
    }

    /**
     * The end of the route (issue 9): a dossier near the end of its inburgeringstermijn (the casemanager's reminder
     * and the tracks not done are open), one whose term DUO extended on request, and one whose plicht is met.
     */
    /** Returns Stede Broec's dossier (its handhaving case follows). */
    private Dossier inburgeringstermijnDossiers(LocalDate vandaag) {
        // Stede Broec: PIP fixed 2.5 years ago: six months before the end the casemanager discusses the term
        LocalDate dagtekening = vandaag.minusMonths(30).minusWeeks(1);
        Dossier stedeBroec = metPip("299871617", "Samir", "Othman", LocalDate.of(1986, 6, 11), "SYR", "0532", dagtekening);
        termijnBewaken(stedeBroec);

        // Drechterland: the end was two months away; the casemanager advised a verlenging, DUO granted a year (SS104)
        dagtekening = vandaag.minusMonths(34);
        Dossier drechterland = metPip("749290419", "Mariam", "Yohannes", LocalDate.of(1992, 10, 1), "ERI", "0498", dagtekening);
        termijnBewaken(drechterland);
        voltooi(drechterland, "cm.westfriesland", "Task_InburgeringstermijnBespreken", Map.of("opKoers", "NEE",
                "verlengingAanvragen", "JA", "verlengingReden", "Vier maanden ziek geweest; medische verklaring aanwezig"));
        LocalDate einde = nl.regie.inburgering.termijn.InburgeringstermijnService.eindeNaDagtekening(dagtekening, java.time.Period.ofYears(3));
        dossierService.registreer(drechterland, GebeurtenisType.VERLENGING_AANGEVRAAGD, vandaag.minusWeeks(7),
                "Aanvraag door de inburgeraar", null, null, "cm.westfriesland");
        dossierService.registreer(drechterland, GebeurtenisType.VERLENGING_OP_AANVRAAG, vandaag.minusWeeks(1),
                "SS104", null, einde.plusYears(1), "duo.koppeling");
        voerAchtergrondUit(drechterland);

        // Enkhuizen: the inburgeringsdiploma (DUO SS106): the plicht is met, the dossier ended, partners are told
        dagtekening = vandaag.minusMonths(20);
        Dossier enkhuizen = metPip("143911491", "Omar", "Darwish", LocalDate.of(1995, 2, 20), "SYR", "0388", dagtekening);
        dossierService.registreer(enkhuizen, GebeurtenisType.BEEINDIGD, vandaag.minusDays(3), "SS106: inburgeringsdiploma B1",
                Beeindigingsreden.VOLDAAN_DIPLOMA, null, "duo.koppeling");
        voerAchtergrondUit(enkhuizen);
        return stedeBroec;
    }

    /**
     * Handhaving (hh.westfriesland): Koggenland's casemanager reported missed lessons, explained the obligation, and
     * the case waits for the verwijtbaarheid; Stede Broec's taalaanbieder reported 45 % attendance: culpable, warned,
     * not complied within the period, voornemen tot boete sent three days ago: the zienswijze period runs.
     */
    private void handhaving(Dossier koggenland, Dossier stedeBroec, LocalDate vandaag) {
        String eerste = handhavingszaak(koggenland, "CASEMANAGER", "PIP_AFSPRAKEN", vandaag.minusWeeks(6), vandaag.minusWeeks(3),
                "Drie weken niet naar de lessen gekomen zonder bericht; telefonisch niet bereikbaar");
        voltooiZaak(eerste, "cm.westfriesland", "Task_VoorlichtingVastleggen", Map.of("verplichtingUitgelegd", "JA",
                "verplichtingBegrepen", "JA", "voorlichtingToelichting",
                "De verplichtingen uit het PIP zijn met een tolk uitgelegd; de inburgeraar heeft ze in eigen woorden herhaald"));

        // the case's steps happened weeks ago: the engine clock is set to each step's day (the rules refuse a step
        // dated before the previous one), then back to now; the job executor starts only after the seeding
        try {
            ClockUtil.setCurrentTime(Tijd.beginVan(vandaag.minusWeeks(7)));
            String tweede = handhavingszaak(stedeBroec, "PARTNERRAPPORTAGE", "LESVERZUIM", vandaag.minusMonths(5),
                    vandaag.minusMonths(2), "Aanwezigheid 45 % volgens de voortgangsrapportage van de taalaanbieder");
            voltooiZaak(tweede, "cm.westfriesland", "Task_VoorlichtingVastleggen", Map.of("verplichtingUitgelegd", "JA",
                    "verplichtingBegrepen", "JA", "voorlichtingToelichting", "Uitgelegd in het voortgangsgesprek"));
            voltooiZaak(tweede, "hh.westfriesland", "Task_VerwijtbaarheidBeoordelen", Map.of("verwijtbaarheid", "VOLLEDIG",
                    "verwijtbaarheidReden", "Geen afmeldingen of verklaring; de verplichting was bekend en begrepen"));
            ClockUtil.setCurrentTime(Tijd.beginVan(vandaag.minusWeeks(6)));
            voltooiZaak(tweede, "hh.westfriesland", "Task_WaarschuwingVersturen",
                    Map.of("waarschuwingDatum", vandaag.minusWeeks(6).toString()));
            // the period to comply ended two weeks ago: its timer falls due
            ClockUtil.setCurrentTime(Tijd.beginVan(vandaag.minusDays(3)));
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(tweede).list().forEach(p ->
                    managementService.createJobQuery().processInstanceId(p.getId()).timers().executable().list()
                            .forEach(j -> managementService.executeJob(j.getId())));
            voerAchtergrondUit(tweede);
            voltooiZaak(tweede, "hh.westfriesland", "Task_NalevingBeoordelen", Map.of("nageleefd", "NEE",
                    "nalevingToelichting", "Ook na de waarschuwing minder dan de helft van de lessen bijgewoond"));
            voltooiZaak(tweede, "hh.westfriesland", "Task_VoornemenVersturen",
                    Map.of("voornemenDatum", vandaag.minusDays(3).toString()));
        } finally {
            ClockUtil.reset();
        }
    }

    /** A signal as its source would report it; returns the number of the case it started. */
    private String handhavingszaak(Dossier dossier, String bron, String gedraging, LocalDate van, LocalDate tot,
                                   String omschrijving) {
        transactie.executeWithoutResult(t -> dossierEvents.publishEvent(new nl.regie.inburgering.dossier.HandhavingSignaalGemeld(
                dossier.getDossiernummer(), bron, gedraging, van, tot, omschrijving, "cm.westfriesland")));
        String zaaknummer = handhavingZaken.findByDossierIdAndGedragingAndPeriodeVanAndPeriodeTot(dossier.getId(),
                nl.regie.inburgering.handhaving.Gedraging.valueOf(gedraging), van, tot).orElseThrow().getZaaknummer();
        voerAchtergrondUit(zaaknummer);
        return zaaknummer;
    }

    /** A Westfriese statushouder on the B1-route whose PIP was fixed on {@code dagtekening}. */
    private Dossier metPip(String bsn, String voornamen, String achternaam, LocalDate geboren, String nationaliteit,
                           String cbs, LocalDate dagtekening) {
        Dossier dossier = open(bsn, voornamen, achternaam, geboren, nationaliteit, "ASIELSTATUSHOUDER", cbs,
                dagtekening.minusWeeks(12), false, dagtekening.minusWeeks(11));
        dossierService.registreer(dossier, GebeurtenisType.KENNISGEVING_DUO, dagtekening.minusWeeks(11), "SS139", "duo.koppeling");
        intakeAfnemen(dossier, "cm.westfriesland", "HAALBAAR", 60, 50, dagtekening.minusWeeks(4));
        pipOpstellen(dossier, "cm.westfriesland", "B1");
        voltooi(dossier, "tl.westfriesland", "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", dagtekening.toString()));
        return dossier;
    }

    /** Runs the main process's term timers that are due already (the job executor starts after the seeding). */
    private void termijnBewaken(Dossier dossier) {
        String hoofd = runtimeService.createProcessInstanceQuery().processDefinitionKey("inburgering")
                .processInstanceBusinessKey(dossier.getDossiernummer()).singleResult().getId();
        for (int ronde = 0; ronde < 10; ronde++) {
            var due = new java.util.ArrayList<org.camunda.bpm.engine.runtime.Job>();
            for (String timer : List.of("Timer_TermijnBespreken", "Timer_TrajectenGereed")) {
                due.addAll(managementService.createJobQuery().processInstanceId(hoofd).timers().executable()
                        .activityId(timer).list());
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> managementService.executeJob(j.getId()));
            voerAchtergrondUit(dossier);
        }
    }

    private void intakeAfnemen(Dossier dossier, String casemanager, String uitslag, int score, int vereist) {
        intakeAfnemen(dossier, casemanager, uitslag, score, vereist, Tijd.vandaag().minusWeeks(2));
    }

    /**
     * The intake happened in the past: the engine clock is set to the day the oproep was sent (a week before the
     * appointment) and to the appointment's day (the date rules refuse an oproep in the past and "verschenen" before
     * the appointment), then back to now.
     */
    private void intakeAfnemen(Dossier dossier, String casemanager, String uitslag, int score, int vereist, LocalDate gesprek) {
        try {
            ClockUtil.setCurrentTime(Tijd.beginVan(gesprek.minusWeeks(1)));
            voltooi(dossier, casemanager, "Task_OproepVersturen",
                    Map.of("oproepDatum", gesprek.toString(), "oproepLocatie", "Stadhuis, spreekkamer 2"));
            ClockUtil.setCurrentTime(Tijd.beginVan(gesprek));
            voltooi(dossier, casemanager, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
            voltooi(dossier, casemanager, "Task_BredeIntakeGesprekVoeren", Map.of("intakeGesprekDatum", gesprek.toString(),
                    "domeinTaal", "Spreekt Arabisch en wat Engels", "domeinOpleiding", "Middelbare school afgerond",
                    "domeinWerk", "Ervaring als kok; wil in de horeca werken", "meegewerkt", "JA"));
            voltooi(dossier, casemanager, "Task_LeerbaarheidstoetsVastleggen", Map.of("lbtVrijgesteld", "NEE",
                    "lbtUitslag", uitslag, "lbtScore", score, "lbtVereisteScore", vereist, "lbtDatum", gesprek.toString()));
        } finally {
            ClockUtil.reset();
        }
    }

    private void pipOpstellen(Dossier dossier, String casemanager, String leerroute) {
        Task taak = taak(dossier, "Task_PipOpstellen");
        Object advies = taskService.getVariable(taak.getId(), "adviesLeerroute");
        Map<String, Object> pip = new java.util.HashMap<>(Map.of("leerroute", leerroute,
                "pvtAfspraken", "PVT in het eerste jaar, 12 uur in groepsverband", "ontzorgen", "JA",
                "aantalVoortgangsgesprekken", 12, "begeleidingAfspraken", "Maatschappelijke begeleiding 12 maanden"));
        if (!"ONDERWIJS".equals(leerroute)) {
            pip.put("mapAfspraken", "MAP vanaf het tweede jaar, 40 uur praktijk");
        }
        if (!leerroute.equals(advies)) {
            pip.put("afwijkingReden", "Besproken met de inburgeraar op grond van de brede intake");
        }
        voltooi(dossier, casemanager, "Task_PipOpstellen", pip);
    }

    private Task taak(Dossier dossier, String taakDefinitie) {
        return taak(dossier.getDossiernummer(), taakDefinitie);
    }

    private Task taak(String businessKey, String taakDefinitie) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taakDefinitie).singleResult();
    }

    /** Completes a task of a handhaving case (business key: the zaaknummer) as the given demo user. */
    private void voltooiZaak(String zaaknummer, String gebruiker, String taakDefinitie, Map<String, Object> variabelen) {
        voltooi(taak(zaaknummer, taakDefinitie), gebruiker, variabelen);
        voerAchtergrondUit(zaaknummer);
    }

    /** Completes a task as the given demo user would in Tasklist (so that authorship and four eyes hold). */
    private void voltooi(Dossier dossier, String gebruiker, String taakDefinitie, Map<String, Object> variabelen) {
        voltooi(taak(dossier, taakDefinitie), gebruiker, variabelen);
        voerAchtergrondUit(dossier);
    }

    private void voltooi(Task taak, String gebruiker, Map<String, Object> variabelen) {
        DemoGebruiker demo = GEBRUIKERS.stream().filter(g -> g.id().equals(gebruiker)).findFirst().orElseThrow();
        identityService.setAuthentication(gebruiker, List.of(demo.rol()), demo.gemeenten());
        try {
            taskService.complete(taak.getId(), variabelen);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * What follows a completion runs behind the models' save points, as jobs. The job executor starts only when the
     * application is ready, after this seeding, so the demo runs the dossier's due asynchronous steps itself,
     * one at a time, before its next step.
     */
    private void voerAchtergrondUit(Dossier dossier) {
        voerAchtergrondUit(dossier.getDossiernummer());
    }

    private void voerAchtergrondUit(String businessKey) {
        for (int ronde = 0; ronde < 500; ronde++) {
            org.camunda.bpm.engine.runtime.Job volgende = null;
            for (var proces : runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).list()) {
                volgende = managementService.createJobQuery().processInstanceId(proces.getId()).messages().executable()
                        .orderByJobId().asc().listPage(0, 1).stream().findFirst().orElse(null);
                if (volgende != null) {
                    break;
                }
            }
            if (volgende == null) {
                return;
            }
            managementService.executeJob(volgende.getId());
        }
        throw new IllegalStateException("Demo: asynchrone stappen van " + businessKey + " houden niet op");
    }
}
