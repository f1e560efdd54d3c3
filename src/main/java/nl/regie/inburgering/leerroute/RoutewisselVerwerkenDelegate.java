package nl.regie.inburgering.leerroute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Tijd;

/**
 * After a route switch the running traject ends (its open partner task was withdrawn with the interrupted
 * sub-process); the model then enrols again, for the new route.
 */
@Component
public class RoutewisselVerwerkenDelegate implements JavaDelegate {

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;

    public RoutewisselVerwerkenDelegate(LeerrouteService service, LeerrouteTrajectRepository trajecten) {
        this.service = service;
        this.trajecten = trajecten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = service.dossier(execution.getProcessBusinessKey());
        trajecten.lopend(dossier.getId()).ifPresent(t -> t.gewisseld(Tijd.vandaag()));
    }
}
