package nl.regie.inburgering.leerroute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.partner.PartnerAfmeldingen;

/**
 * After a route switch the running traject ends (its open partner task was withdrawn with the interrupted
 * sub-process). The taalaanbieder that had the old route is told (variable {@value #OUDE_AFMELDING}), while the
 * model enrols again for the new route.
 */
@Component
public class RoutewisselVerwerkenDelegate implements JavaDelegate {

    static final String OUDE_AFMELDING = "oudeTaalaanbiederAfmelding";

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;
    private final PartnerAfmeldingen afmeldingen;

    public RoutewisselVerwerkenDelegate(LeerrouteService service, LeerrouteTrajectRepository trajecten,
                                        PartnerAfmeldingen afmeldingen) {
        this.service = service;
        this.trajecten = trajecten;
        this.afmeldingen = afmeldingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = service.dossier(execution.getProcessBusinessKey());
        trajecten.lopend(dossier.getId()).ifPresent(t -> t.gewisseld(Tijd.vandaag()));
        // the taalaanbieder asked for the old route (enrolled, or still asked to enrol)
        afmeldingen.meldPartnerVanDitTrajectAf(execution, dossier, LeerrouteVariabelen.TOPIC_AANMELDING,
                "Routewissel naar " + execution.getVariable("leerroute") + "; de aanmelding voor de vorige leerroute vervalt.",
                OUDE_AFMELDING);
    }
}
