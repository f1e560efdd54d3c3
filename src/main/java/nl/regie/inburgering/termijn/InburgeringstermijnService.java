package nl.regie.inburgering.termijn;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.gemeente.GemeentenProperties;
import nl.regie.inburgering.leerroute.LeerrouteTraject;
import nl.regie.inburgering.leerroute.LeerrouteTrajectRepository;
import nl.regie.inburgering.map.MapTraject;
import nl.regie.inburgering.map.MapTrajectRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;
import nl.regie.inburgering.pvt.PvtTraject;
import nl.regie.inburgering.pvt.PvtTrajectRepository;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * The inburgeringstermijn (Wi art. 11): three years from the day after the PIP's dagtekening. Our end date
 * ({@code dossier.inburgeringstermijn_einde}) is <b>exclusive</b>, as DUO's {@code einddatum}
 * (Inburgeringstermijn.yml): the first day after the term; the last day of the term is the day before. The main
 * process watches it ({@code SubProcess_InburgeringstermijnBewaken}): every timer there reads its date from this
 * service, i.e. from our table, so a verlenging only has to change the table and send the message
 * {@code InburgeringstermijnGewijzigd} (the waiting timers are recreated, as for {@code PipTermijnGewijzigd}).
 */
@Service
public class InburgeringstermijnService {

    public static final String MESSAGE_TERMIJN_GEWIJZIGD = "InburgeringstermijnGewijzigd";
    /** The last day of the term as the forms show it (JJJJ-MM-DD). */
    public static final String LAATSTE_DAG_TEKST = "inburgeringstermijnLaatsteDag";
    /** Which tracks are not done, as the form of Task_TrajectenNietGereed shows it. */
    public static final String OPEN_TRAJECTEN = "openTrajecten";

    private static final String LEERROUTE = "leerroute";
    private static final String PVT = "PVT";
    private static final String MAP = "MAP";
    /** The conduct (handhaving/Gedraging) of a track not done by the end of the term; DUO enforces it. */
    private static final java.util.Map<String, String> GEDRAGING_PER_TRAJECT = java.util.Map.of(
            LEERROUTE, "LEERROUTE_NIET_VOLTOOID", PVT, "PVT_NIET_VOLTOOID", MAP, "MAP_NIET_VOLTOOID");

    /** User tasks whose due date is the end of the term (camunda:dueDate="${inburgeringstermijnService.einde(execution)}"). */
    static final Set<String> TAKEN_MET_TERMIJNEINDE = Set.of("Task_InburgeringstermijnBespreken", "Task_TrajectenNietGereed");

    private final DossierRepository dossiers;
    private final Gemeenten gemeenten;
    private final PvtTrajectRepository pvt;
    private final MapTrajectRepository map;
    private final LeerrouteTrajectRepository leerroutes;
    private final PipVersieRepository pipVersies;
    private final TermijnVerlengingRepository verlengingen;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ApplicationEventPublisher publisher;

    public InburgeringstermijnService(DossierRepository dossiers, Gemeenten gemeenten, PvtTrajectRepository pvt,
                                      MapTrajectRepository map, LeerrouteTrajectRepository leerroutes,
                                      PipVersieRepository pipVersies, TermijnVerlengingRepository verlengingen,
                                      RuntimeService runtimeService, TaskService taskService,
                                      ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.dossiers = dossiers;
        this.gemeenten = gemeenten;
        this.pvt = pvt;
        this.map = map;
        this.leerroutes = leerroutes;
        this.pipVersies = pipVersies;
        this.verlengingen = verlengingen;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * The exclusive end of a term that starts the day after {@code dagtekening}: the day after the dagtekening's date
     * {@code duur} later. For a dagtekening of 28 February 2024 (start 29 February) that is 1 March 2027, not
     * 29 February + 3 years clamped to 28 February (which would cut a day off the term).
     */
    public static LocalDate eindeNaDagtekening(LocalDate dagtekening, Period duur) {
        return dagtekening.plus(duur).plusDays(1);
    }

    // ---- read by the main process's timers, due dates and gateways (from our table via the business key) ----

    /** The moment the term has passed: 00:00 on the (exclusive) end date. */
    public Date einde(DelegateExecution execution) {
        return Tijd.beginVan(eindeVan(dossier(execution)));
    }

    /** The reminder: {@code termijn-herinnering-voor-einde} (local policy, default P6M) before the end. */
    public Date herinnering(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        return Tijd.beginVan(eindeVan(dossier).minus(beleid(dossier).getTermijnHerinneringVoorEinde()));
    }

    /** PVT, MAP and leerroute should be done {@code trajecten-gereed-voor-einde} (default P6M) before the end. */
    public Date trajectenGereed(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        return Tijd.beginVan(eindeVan(dossier).minus(beleid(dossier).getTrajectenGereedVoorEinde()));
    }

    /** Sets the variables the forms show: the last day of the term. Called when the watch starts and on every change. */
    public void toonTermijn(DelegateExecution execution) {
        execution.setVariable(LAATSTE_DAG_TEKST, eindeVan(dossier(execution)).minusDays(1).toString());
    }

    /** Lists (for the form) the tracks not done now; true when there is at least one. */
    public boolean trajectenControleren(DelegateExecution execution) {
        List<String> open = openTrajecten(dossier(execution));
        execution.setVariable(OPEN_TRAJECTEN, String.join(", ", open));
        return !open.isEmpty();
    }

    /** Whether any of PVT, MAP and leerroute is not done, from our tables (never from a variable). */
    public boolean heeftOpenTrajecten(DelegateExecution execution) {
        return !openTrajecten(dossier(execution)).isEmpty();
    }

    /**
     * The term passed with the plicht not met (the dossier still runs): the dossier shows it from today, and each
     * track not done by the end of the term is a signal for handhaving (dossier event {@link HandhavingSignaalGemeld},
     * bron INBURGERINGSTERMIJN, the term's first to last day), in this transaction. Which tracks are done comes from
     * our tables ({@link #openTrajecten(Dossier)}, as for Task_TrajectenNietGereed); no MAP signal on the
     * onderwijsroute (no MAP there) nor with a MAP vrijstelling (counted as done). Once per passing of the term: a
     * verlenging after it clears the mark, and the new end, when it passes, is a new term end (a new period).
     */
    public void verstreken(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        if (dossier.isLopend() && dossier.getTermijnVerstrekenOp() == null) {
            dossier.inburgeringstermijnVerstreken(Tijd.vandaag());
            signaleerOpenTrajecten(dossier);
        }
    }

    private void signaleerOpenTrajecten(Dossier dossier) {
        LocalDate laatsteDag = eindeVan(dossier).minusDays(1);
        LocalDate start = dossier.getInburgeringstermijnStart() != null ? dossier.getInburgeringstermijnStart() : laatsteDag;
        boolean onderwijsroute = route(dossier) == Leerroute.ONDERWIJS;
        for (String traject : openTrajecten(dossier)) {
            if (MAP.equals(traject) && onderwijsroute) {
                continue;
            }
            publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(), "INBURGERINGSTERMIJN",
                    GEDRAGING_PER_TRAJECT.get(traject), start, laatsteDag,
                    "De inburgeringstermijn is op " + laatsteDag + " verstreken; " + traject + " is niet voltooid.",
                    "systeem:inburgeringstermijn"));
        }
    }

    /** Which of PVT, MAP and leerroute are not done (the MAP only where the route has one). */
    public List<String> openTrajecten(Dossier dossier) {
        List<String> open = new ArrayList<>();
        List<LeerrouteTraject> routes = leerroutes.findByDossierIdOrderById(dossier.getId());
        boolean leerrouteKlaar = !routes.isEmpty() && (routes.get(routes.size() - 1).getStatus() == LeerrouteTraject.Status.BEHAALD
                || routes.get(routes.size() - 1).getStatus() == LeerrouteTraject.Status.AFGEROND);
        if (!leerrouteKlaar) {
            open.add(LEERROUTE);
        }
        if (pvt.findByDossierId(dossier.getId()).map(PvtTraject::getOndertekend).isEmpty()) {
            open.add(PVT);
        }
        Leerroute route = route(dossier);
        boolean mapKlaar = map.findByDossierId(dossier.getId())
                .map(m -> m.getStatus() == MapTraject.Status.AFGEROND || m.getStatus() == MapTraject.Status.VRIJGESTELD)
                .orElse(route == Leerroute.ONDERWIJS);
        if (!mapKlaar) {
            open.add(MAP);
        }
        return open;
    }

    /** The leerroute of the latest fixed PIP; null before there is one. */
    private Leerroute route(Dossier dossier) {
        return pipVersies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(), PipVersie.Status.VASTGESTELD)
                .map(PipVersie::getLeerroute).orElse(null);
    }

    // ---- DUO's events on our API ----

    /**
     * Applies a verlenging event (in the caller's transaction): records the request or DUO's decision in our table
     * and, when DUO granted a new end, re-dates the dossier, the open tasks' due dates and the waiting timers.
     */
    public void verwerk(Dossier dossier, GebeurtenisType type, LocalDate datum, LocalDate einddatum) {
        LocalDate einde = dossier.getInburgeringstermijnEinde();
        if (einde == null) {
            throw new ConflictException(type + " vereist een lopende inburgeringstermijn: het PIP is nog niet vastgesteld.");
        }
        List<TermijnVerlenging> eerder = verlengingen.findByDossierIdOrderById(dossier.getId());
        TermijnVerlenging open = eerder.stream().filter(TermijnVerlenging::isOpen).reduce((a, b) -> b).orElse(null);
        switch (type) {
            case VERLENGING_AANGEVRAAGD -> {
                if (open == null) {
                    verlengingen.save(new TermijnVerlenging(dossier.getId(), datum, einde));
                }
            }
            case VERLENGING_AFGEWEZEN -> {
                TermijnVerlenging verlenging = open != null ? open : new TermijnVerlenging(dossier.getId(), null, einde);
                verlenging.besloten(TermijnVerlenging.Besluit.AFGEWEZEN, datum, null);
                verlengingen.save(verlenging);
            }
            case VERLENGING_AMBTSHALVE, VERLENGING_OP_AANVRAAG -> {
                if (einddatum == null) {
                    throw OngeldigVerzoekException.veld("einddatum", "is verplicht bij " + type + ": de nieuwe einddatum (exclusief)");
                }
                if (!einddatum.isAfter(einde)) {
                    throw OngeldigVerzoekException.veld("einddatum", "moet na de huidige einddatum " + einde + " (exclusief) liggen");
                }
                TermijnVerlenging verlenging = type == GebeurtenisType.VERLENGING_OP_AANVRAAG && open != null
                        ? open : new TermijnVerlenging(dossier.getId(), null, einde);
                verlenging.besloten(type == GebeurtenisType.VERLENGING_AMBTSHALVE
                        ? TermijnVerlenging.Besluit.AMBTSHALVE : TermijnVerlenging.Besluit.OP_AANVRAAG, datum, einddatum);
                verlengingen.save(verlenging);
                herdateer(dossier, einddatum);
            }
            default -> throw new IllegalArgumentException(type + " is geen verlenging");
        }
    }

    /** The new end: the dossier, the forms' text, the open tasks' due dates, and the waiting timers (message). */
    void herdateer(Dossier dossier, LocalDate nieuweEinde) {
        dossier.verlengInburgeringstermijn(nieuweEinde);
        dossiers.saveAndFlush(dossier);
        for (ProcessInstance proces : runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.getDossiernummer()).processDefinitionKey("inburgering").active().list()) {
            runtimeService.setVariable(proces.getId(), LAATSTE_DAG_TEKST, nieuweEinde.minusDays(1).toString());
        }
        Date vervaldatum = Tijd.beginVan(nieuweEinde);
        for (Task taak : taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer()).list()) {
            if (TAKEN_MET_TERMIJNEINDE.contains(taak.getTaskDefinitionKey())) {
                taak.setDueDate(vervaldatum);
                taskService.saveTask(taak);
            }
        }
        runtimeService.createMessageCorrelation(MESSAGE_TERMIJN_GEWIJZIGD)
                .processInstanceBusinessKey(dossier.getDossiernummer())
                .correlateAll();
    }

    private Dossier dossier(DelegateExecution execution) {
        return dossiers.findByDossiernummer(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("Geen dossier bij proces " + execution.getProcessInstanceId()));
    }

    private static LocalDate eindeVan(Dossier dossier) {
        if (dossier.getInburgeringstermijnEinde() == null) {
            throw new IllegalStateException("Geen inburgeringstermijn voor " + dossier);
        }
        return dossier.getInburgeringstermijnEinde();
    }

    private GemeentenProperties.Beleid beleid(Dossier dossier) {
        return gemeenten.metTenantId(dossier.getGemeente()).beleid();
    }
}
