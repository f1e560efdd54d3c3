package nl.regie.inburgering.leerroute;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;

/**
 * The casemanager's progress check of a gezinsmigrant: recorded as a report; the next check is planned. A gezinsmigrant's
 * Z-route is done only with its 800 hours (entered as {@code zRouteUren}, refused naming the field when short) and then
 * the gemeente's eindgesprek, like a statushouder's: the model routes it to the Z-route's eindgesprek task.
 */
@Component("monitoringVastleggenListener")
public class MonitoringVastleggenListener implements TaskListener {

    /** Form field: the hours of the gezinsmigrant's Z-route, as the taalschool evidences them. */
    static final String Z_ROUTE_UREN = "zRouteUren";
    /** The flow of leerroute.bpmn that takes a gezinsmigrant's finished Z-route to the gemeente's eindgesprek. */
    static final String Z_ROUTE_NAAR_EINDGESPREK = "Flow_MonitoringZRouteAfgerond";

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;
    private final VoortgangsrapportageRepository rapportages;

    public MonitoringVastleggenListener(LeerrouteService service, LeerrouteTrajectRepository trajecten,
                                        VoortgangsrapportageRepository rapportages) {
        this.service = service;
        this.trajecten = trajecten;
        this.rapportages = rapportages;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = service.dossier(taak.getExecution().getProcessBusinessKey());
        LeerrouteTraject traject = trajecten.lopend(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("Geen lopende leerroute voor " + dossier));
        rapportages.save(new Voortgangsrapportage(traject.getId(), Tijd.vandaag(), null, null, null, null, null, null,
                null, null, Variabelen.tekst(taak, "monitoringOordeel"), Variabelen.tekst(taak, "monitoringToelichting"),
                Instant.now()));
        boolean afgerond = "AFGEROND".equals(taak.getVariable(LeerrouteVariabelen.MONITORING_BESLUIT));
        if (afgerond && traject.getLeerroute() == nl.regie.inburgering.pip.Leerroute.Z && metZRouteEindgesprek(taak)) {
            var beleid = service.gemeente(dossier).beleid();
            Integer uren = Variabelen.geheelGetal(taak, Z_ROUTE_UREN);
            if (uren == null || uren < nl.regie.inburgering.termijn.Wettermijnen.Z_ROUTE_TAALUREN) {
                throw OngeldigeInvoerException.veld(Z_ROUTE_UREN, "moet bij een afgeronde Z-route minstens "
                        + nl.regie.inburgering.termijn.Wettermijnen.Z_ROUTE_TAALUREN + " uur zijn; anders is de Z-route nog niet afgerond");
            }
            traject.telUren(Math.max(0, uren - traject.getTaaluren()), 0);
            traject.behaald(Tijd.vandaag());
            taak.getExecution().setVariable(LeerrouteVariabelen.EINDGESPREK_UITERLIJK,
                    Tijd.beginVan(Tijd.vandaag().plus(beleid.getVoortgangInterval())));
        } else if (afgerond) {
            traject.afgerondZelfGeregeld(Tijd.vandaag());
        } else {
            service.planVolgendeVoortgang(taak.getExecution(), dossier, Tijd.vandaag());
        }
        Variabelen.ruimOp(taak.getExecution(), "monitoringOordeel", "monitoringToelichting", Z_ROUTE_UREN);
    }

    /**
     * Dossiers still on the previous leerroute model (whose form has no {@code zRouteUren} and whose model ends the
     * gezinsmigrant's route without the eindgesprek) keep their old behaviour.
     */
    private static boolean metZRouteEindgesprek(DelegateTask taak) {
        return taak.getExecution().getBpmnModelInstance().getModelElementById(Z_ROUTE_NAAR_EINDGESPREK) != null;
    }
}
