package nl.regie.inburgering.pipwijziging;

import static nl.regie.inburgering.pip.Besluitweergave.datum;
import static nl.regie.inburgering.pip.Besluitweergave.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.AfgeschermdeVelden;
import nl.regie.inburgering.engine.FormulierSchemas;
import nl.regie.inburgering.leerroute.LeerrouteTraject;
import nl.regie.inburgering.leerroute.LeerrouteTrajectRepository;
import nl.regie.inburgering.leerroute.Voortgangsrapportage;
import nl.regie.inburgering.leerroute.VoortgangsrapportageRepository;
import nl.regie.inburgering.pip.Besluitweergave;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;
import nl.regie.inburgering.termijn.Wettermijnen;

/**
 * At the creation of the teamleider's task "PIP-wijziging vaststellen": what the decision is about, from our tables
 * (pip_wijziging, pip_versie, dossier, the taalaanbieder's reports), as task-local read-only form fields: current and
 * requested route in words, NT2 hours and reports so far, the term, the route switch's 1.5-year limit, the previous
 * dagtekening, who asked (full name) and why. Only the fields of the task's own form are set; the reason and the
 * reports are shielded from the engine's history ({@link Afgeschermd}).
 */
@Component("pipWijzigingVaststellenGegevens")
public class PipWijzigingVaststellenGegevens implements TaskListener {

    public static final String HUIDIGE_ROUTE = "huidigeRouteTekst";
    public static final String GEVRAAGDE_ROUTE = "gevraagdeRouteTekst";
    public static final String AANGEVRAAGD_DOOR = "aangevraagdDoorNaam";
    public static final String AANGEVRAAGD_OP = "aangevraagdOpTekst";
    public static final String OPGESTELD_DOOR = "opgesteldDoorNaam";
    public static final String REDEN = "aanvraagReden";
    public static final String UREN = "nt2UrenTotNu";
    public static final String RAPPORTAGES = "rapportagesTotNu";
    public static final String TERMIJN_START = "termijnStartTekst";
    public static final String TERMIJN_EINDE = "termijnEindeTekst";
    public static final String ROUTEWISSEL_UITERLIJK = "routewisselUiterlijkTekst";
    public static final String VORIGE_DAGTEKENING = "vorigeDagtekeningTekst";

    private final DossierRepository dossiers;
    private final PipWijzigingService service;
    private final PipVersieRepository versies;
    private final LeerrouteTrajectRepository trajecten;
    private final VoortgangsrapportageRepository rapportages;
    private final IdentityService identiteit;

    public PipWijzigingVaststellenGegevens(DossierRepository dossiers, PipWijzigingService service,
                                           PipVersieRepository versies, LeerrouteTrajectRepository trajecten,
                                           VoortgangsrapportageRepository rapportages, IdentityService identiteit) {
        this.dossiers = dossiers;
        this.service = service;
        this.versies = versies;
        this.trajecten = trajecten;
        this.rapportages = rapportages;
        this.identiteit = identiteit;
    }

    @Override
    public void notify(DelegateTask taak) {
        String dossiernummer = taak.getExecution().getProcessBusinessKey();
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        PipWijziging wijziging = service.vanProces(taak.getProcessInstanceId(), dossiernummer);
        PipVersie geldend = versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(),
                PipVersie.Status.VASTGESTELD).orElse(null);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put(HUIDIGE_ROUTE, geldend == null ? null : route(geldend.getLeerroute()));
        g.put(GEVRAAGDE_ROUTE, wijziging.soorten().contains(PipWijzigingSoort.LEERROUTE) && wijziging.getLeerroute() != null
                ? route(wijziging.getLeerroute()) : "Geen routewissel gevraagd");
        g.put(AANGEVRAAGD_DOOR, Besluitweergave.naam(identiteit, wijziging.getAangevraagdDoor()));
        g.put(AANGEVRAAGD_OP, datum(wijziging.getAangevraagdOp()));
        g.put(OPGESTELD_DOOR, Besluitweergave.naam(identiteit, wijziging.getOpgesteldDoor()));
        g.put(REDEN, wijziging.getReden());
        g.put(UREN, service.nt2Uren(dossier) + " uur");
        g.put(RAPPORTAGES, rapportages(dossier));
        g.put(TERMIJN_START, datum(dossier.getInburgeringstermijnStart()));
        g.put(TERMIJN_EINDE, datum(dossier.getInburgeringstermijnEinde()));
        g.put(ROUTEWISSEL_UITERLIJK, dossier.getInburgeringstermijnStart() == null ? null
                : datum(dossier.getInburgeringstermijnStart().plus(Wettermijnen.ROUTEWISSEL_TERMIJN))
                        + " (van de onderwijsroute naar de B1-route mag altijd)");
        g.put(VORIGE_DAGTEKENING, geldend == null || geldend.getDagtekening() == null ? null
                : datum(geldend.getDagtekening()) + " (PIP-versie " + geldend.getVersie() + ")");
        g.values().removeIf(Objects::isNull);
        g.keySet().retainAll(FormulierSchemas.veldnamen(taak));
        taak.setVariablesLocal(g);
    }

    /** The taalaanbieder's reports, oldest first: period end, level per part, attendance, hours. */
    private String rapportages(Dossier dossier) {
        List<String> regels = new ArrayList<>();
        for (LeerrouteTraject traject : trajecten.findByDossierIdOrderById(dossier.getId())) {
            for (Voortgangsrapportage r : rapportages.findByTrajectIdOrderByPeriodeTot(traject.getId())) {
                regels.add("t/m " + datum(r.getPeriodeTot()) + ": lezen " + streep(r.getLezen()) + ", luisteren "
                        + streep(r.getLuisteren()) + ", schrijven " + streep(r.getSchrijven()) + ", spreken "
                        + streep(r.getSpreken()) + "; aanwezigheid "
                        + (r.getAanwezigheid() == null ? "-" : r.getAanwezigheid() + "%") + "; "
                        + (waarde(r.getUren()) + waarde(r.getTaaluren())) + " uur NT2"
                        + (r.getOordeel() == null ? "" : "; oordeel: " + r.getOordeel()));
            }
        }
        return regels.isEmpty() ? "Nog geen voortgangsrapportages van de taalaanbieder" : String.join("\n", regels);
    }

    private static String streep(String niveau) {
        return niveau == null ? "-" : niveau;
    }

    private static int waarde(Integer uren) {
        return uren == null ? 0 : uren;
    }

    /** Why the change was asked and what the reports say: shown on the task, never kept in the engine's history. */
    @Component
    public static class Afgeschermd implements AfgeschermdeVelden {
        @Override
        public Set<String> velden() {
            return Set.of(REDEN, RAPPORTAGES);
        }
    }
}
