package nl.regie.inburgering.leerroute;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.map.MapRoutewissel;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * A route switch (Wi art. 15; Bi): within 1.5 years of the term's start (configurable), from the onderwijsroute
 * to the B1-route at any time, and no more often than the gemeente's policy allows (Zoetermeer: once). It changes
 * the PIP, so the casemanager asks and a teamleider fixes the new PIP version (process {@value #PROCES_ROUTEWISSEL},
 * four eyes); only then is the running leerroute interrupted (its partner task withdrawn, the old taalaanbieder
 * told) and started again for the new route.
 */
@Service
public class RoutewisselService {

    public static final String PROCES_LEERROUTE = "leerroute";
    public static final String PROCES_ROUTEWISSEL = "routewissel";
    public static final String MESSAGE_LEERROUTE_GEWIJZIGD = "LeerrouteGewijzigd";
    static final String AANVRAGER = "aanvrager";

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

    /** The casemanager's request: checked against the law and the gemeente's policy, then to a teamleider. */
    @Transactional
    public Routewissel vraagAan(String dossiernummer, Leerroute naar, String reden, String door) {
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        ProcessInstance leerroute = lopendeLeerroute(dossiernummer);
        if (leerroute == null || dossier.getInburgeringstermijnStart() == null) {
            throw new ConflictException("Dossier " + dossiernummer + " heeft geen lopende leerroute om te wisselen.");
        }
        Leerroute van = Leerroute.valueOf((String) runtimeService.getVariable(leerroute.getId(), ProcesVariabelen.LEERROUTE));
        if (van == naar) {
            throw OngeldigVerzoekException.veld("leerroute", "is al de huidige leerroute (" + van + ")");
        }
        List<Routewissel> eerdere = wissels.findByDossierIdOrderById(dossier.getId());
        if (eerdere.stream().anyMatch(w -> w.getStatus() == Routewissel.Status.AANGEVRAAGD)) {
            throw new ConflictException("Er ligt al een routewissel ter vaststelling bij de teamleider.");
        }
        Gemeente gemeente = gemeenten.metTenantId(dossier.getGemeente());
        LocalDate uiterlijk = dossier.getInburgeringstermijnStart().plus(nl.regie.inburgering.termijn.Wettermijnen.ROUTEWISSEL_TERMIJN);
        boolean altijdToegestaan = van == Leerroute.ONDERWIJS && naar == Leerroute.B1;
        if (!altijdToegestaan && Tijd.vandaag().isAfter(uiterlijk)) {
            throw new ConflictException("Een routewissel kan alleen tot " + uiterlijk
                    + " (anderhalf jaar na de start van de inburgeringstermijn); alleen van de onderwijsroute naar de"
                    + " B1-route mag altijd.");
        }
        int maximum = gemeente.beleid().getMaxRoutewissels();
        long gebruikt = eerdere.stream().filter(w -> w.getStatus() == Routewissel.Status.VASTGESTELD).count();
        if (maximum >= 0 && gebruikt >= maximum) {
            throw new ConflictException("Gemeente " + gemeente.naam() + " staat " + maximum
                    + (maximum == 1 ? " routewissel" : " routewissels") + " per inburgeraar toe; die is al gebruikt.");
        }
        Routewissel wissel = wissels.save(new Routewissel(dossier.getId(), van, naar, reden, door, Tijd.vandaag()));
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(ProcesVariabelen.DOSSIERNUMMER, dossiernummer);
        variabelen.put(ProcesVariabelen.GEMEENTE, dossier.getGemeente());
        variabelen.put("leerrouteVan", van.name());
        variabelen.put("leerrouteNaar", naar.name());
        variabelen.put("wisselReden", reden);
        variabelen.put(AANVRAGER, door);
        ProcessInstance proces = runtimeService.createProcessInstanceByKey(PROCES_ROUTEWISSEL).businessKey(dossiernummer)
                .processDefinitionWithoutTenantId().setVariables(variabelen).execute();
        wissel.gestartIn(proces.getId());
        return wissel;
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
