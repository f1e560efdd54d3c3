package nl.regie.inburgering.map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.pip.Leerroute;

/**
 * The MAP follows the leerroute (never on the onderwijsroute): a fixed route switch to the onderwijsroute lets a
 * MAP that is not yet done lapse; a switch away from it starts the MAP the main process had skipped.
 */
@Component
public class MapRoutewissel {

    static final String AANBIEDER_AFMELDING = "mapAanbiederAfmelding";
    private static final String PROCES_MAP = "map";
    private static final String PROCES_INBURGERING = "inburgering";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final MapTrajectRepository maps;

    public MapRoutewissel(RuntimeService runtimeService, HistoryService historyService, MapTrajectRepository maps) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.maps = maps;
    }

    public void routeGewisseld(Dossier dossier, Leerroute van, Leerroute naar) {
        String nummer = dossier.getDossiernummer();
        if (naar == Leerroute.ONDERWIJS) {
            ProcessInstance map = lopend(PROCES_MAP, nummer);
            // no traject yet (vrijstelling still to decide) or planned: not done; otherwise it was done or decided
            boolean nogNietGedaan = maps.findByDossierId(dossier.getId())
                    .map(t -> t.getStatus() == MapTraject.Status.GEPLAND).orElse(true);
            if (map != null && nogNietGedaan) {
                runtimeService.createMessageCorrelation("MapVervalt").processInstanceId(map.getId()).correlate();
            }
        }
        // the main process routes by the PIP's leerroute; only a dossier past its PIP has one
        ProcessInstance hoofd = lopend(PROCES_INBURGERING, nummer);
        if (hoofd == null || runtimeService.getVariable(hoofd.getId(), ProcesVariabelen.LEERROUTE) == null) {
            return;
        }
        runtimeService.setVariable(hoofd.getId(), ProcesVariabelen.LEERROUTE, naar.name());
        boolean ooitMap = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCES_MAP)
                .processInstanceBusinessKey(nummer).count() > 0;
        if (van == Leerroute.ONDERWIJS && naar != Leerroute.ONDERWIJS && !ooitMap) {
            runtimeService.createMessageCorrelation("MapNaRoutewissel").processInstanceId(hoofd.getId()).correlate();
        }
    }

    private ProcessInstance lopend(String proces, String dossiernummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(proces)
                .processInstanceBusinessKey(dossiernummer).singleResult();
    }
}
