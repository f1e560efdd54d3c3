package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.map.MapRoutewissel;
import nl.regie.inburgering.pip.Leerroute;

/**
 * A route switch (Wi art. 15; Bi): within 1.5 years of the term's start (configurable), from the onderwijsroute
 * to the B1-route at any time, and no more often than the gemeente's policy allows (Zoetermeer: once). It changes
 * the PIP: since issue 9 it is one kind of PIP change (process {@code pip-wijziging}, four eyes), judged on the
 * dagtekening of the new PIP; only then is the running leerroute interrupted (its partner task withdrawn, the old
 * taalaanbieder told) and started again for the new route. Requests made before under the old process
 * {@value #PROCES_ROUTEWISSEL} finish on it (its delegates stay).
 */
@Service
public class RoutewisselService {

    public static final String PROCES_LEERROUTE = "leerroute";
    public static final String PROCES_ROUTEWISSEL = "routewissel";
    public static final String MESSAGE_LEERROUTE_GEWIJZIGD = "LeerrouteGewijzigd";
    static final String AANVRAGER = "aanvrager"; // a variable of the old process {@value #PROCES_ROUTEWISSEL}

    private final DossierRepository dossiers;
    private final RoutewisselRepository wissels;
    private final Gemeenten gemeenten;
    private final RuntimeService runtimeService;
    private final MapRoutewissel mapRoutewissel;

    public RoutewisselService(DossierRepository dossiers, RoutewisselRepository wissels, Gemeenten gemeenten,
                              RuntimeService runtimeService, MapRoutewissel mapRoutewissel) {
        this.dossiers = dossiers;
        this.wissels = wissels;
        this.gemeenten = gemeenten;
        this.runtimeService = runtimeService;
        this.mapRoutewissel = mapRoutewissel;
    }

    /**
     * The route the dossier's running leerroute follows now; null when no leerroute runs (not started, done, ended).
     */
    public Leerroute huidigeRoute(String dossiernummer) {
        ProcessInstance leerroute = lopendeLeerroute(dossiernummer);
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        if (leerroute == null || dossier.getInburgeringstermijnStart() == null) {
            return null;
        }
        return Leerroute.valueOf((String) runtimeService.getVariable(leerroute.getId(), ProcesVariabelen.LEERROUTE));
    }

    /**
     * Why a switch from {@code van} to {@code naar} cannot be fixed on {@code peildatum} (the dagtekening of the new
     * PIP; at a request: today), or null when it can: the 1.5 years from the term's start (Bi; onderwijsroute → B1
     * always) and the gemeente's maximum number of switches (refused requests do not count).
     */
    public String weigering(Dossier dossier, Leerroute van, Leerroute naar, LocalDate peildatum) {
        Gemeente gemeente = gemeenten.metTenantId(dossier.getGemeente());
        LocalDate uiterlijk = dossier.getInburgeringstermijnStart().plus(nl.regie.inburgering.termijn.Wettermijnen.ROUTEWISSEL_TERMIJN);
        boolean altijdToegestaan = van == Leerroute.ONDERWIJS && naar == Leerroute.B1;
        if (!altijdToegestaan && peildatum.isAfter(uiterlijk)) {
            return "Een routewissel kan alleen worden vastgesteld tot en met " + uiterlijk
                    + " (anderhalf jaar na de start van de inburgeringstermijn); alleen van de onderwijsroute naar de"
                    + " B1-route mag altijd.";
        }
        int maximum = gemeente.beleid().getMaxRoutewissels();
        long gebruikt = wissels.findByDossierIdOrderById(dossier.getId()).stream()
                .filter(w -> w.getStatus() == Routewissel.Status.VASTGESTELD).count();
        if (maximum >= 0 && gebruikt >= maximum) {
            return "Gemeente " + gemeente.naam() + " staat " + maximum
                    + (maximum == 1 ? " routewissel" : " routewissels") + " per inburgeraar toe; die is al gebruikt.";
        }
        return null;
    }

    /** A switch asked for under the old process {@value #PROCES_ROUTEWISSEL} that still waits for a teamleider. */
    public boolean wachtendeRoutewissel(Dossier dossier) {
        return wissels.findByDossierIdOrderById(dossier.getId()).stream()
                .anyMatch(w -> w.getStatus() == Routewissel.Status.AANGEVRAAGD);
    }

    /** The request a routewissel process decides on, found by that process's id (a variable could be rewritten). */
    public Routewissel vanProces(String procesInstantieId, String dossiernummer) {
        return wissels.findByProcesInstantieId(procesInstantieId).orElseGet(() -> {
            // a request from before its process was recorded: the dossier's one waiting request
            Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
            Routewissel wissel = wissels.findByDossierIdOrderById(dossier.getId()).stream()
                    .filter(w -> w.getStatus() == Routewissel.Status.AANGEVRAAGD && w.getProcesInstantieId() == null)
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "Geen routewissel bij procesinstantie " + procesInstantieId));
            wissel.gestartIn(procesInstantieId);
            return wissel;
        });
    }

    /**
     * After the teamleider fixed the new PIP version: the running leerroute starts again for the new route, and the
     * MAP follows (it lapses on the onderwijsroute, and starts when the route leaves it).
     */
    public void voerDoor(String dossiernummer, Leerroute van, Leerroute naar) {
        ProcessInstance leerroute = lopendeLeerroute(dossiernummer);
        if (leerroute == null) {
            throw new IllegalStateException("Dossier " + dossiernummer + " heeft geen lopende leerroute meer");
        }
        runtimeService.createMessageCorrelation(MESSAGE_LEERROUTE_GEWIJZIGD)
                .processInstanceId(leerroute.getId())
                .setVariable(ProcesVariabelen.LEERROUTE, naar.name())
                .correlate();
        mapRoutewissel.routeGewisseld(dossiers.getByDossiernummer(dossiernummer), van, naar);
    }

    public ProcessInstance lopendeLeerroute(String dossiernummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES_LEERROUTE)
                .processInstanceBusinessKey(dossiernummer).singleResult();
    }
}
