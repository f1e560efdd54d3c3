package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.partner.PartnerGegevens;
import nl.regie.inburgering.pip.Leerroute;

/** Records the enrolment the taalaanbieder confirmed and plans the first progress report. */
@Component
public class AanmeldingVastleggenDelegate implements JavaDelegate {

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;
    private final PartnerGegevens partners;
    private final org.springframework.context.ApplicationEventPublisher dossierEvents;

    public AanmeldingVastleggenDelegate(LeerrouteService service, LeerrouteTrajectRepository trajecten, PartnerGegevens partners,
                                        org.springframework.context.ApplicationEventPublisher dossierEvents) {
        this.service = service;
        this.trajecten = trajecten;
        this.partners = partners;
        this.dossierEvents = dossierEvents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = service.dossier(execution.getProcessBusinessKey());
        LocalDate start = Variabelen.datum(execution, "startdatum");
        LeerrouteTraject traject = trajecten.save(LeerrouteTraject.bijTaalaanbieder(dossier.getId(),
                Leerroute.valueOf(Variabelen.tekst(execution, ProcesVariabelen.LEERROUTE)),
                partners.partner(execution, LeerrouteVariabelen.TOPIC_AANMELDING), Tijd.vandaag(), start));
        // duo: the aanbod at this taalaanbieder goes to DUO (duo/melding)
        dossierEvents.publishEvent(new nl.regie.inburgering.dossier.TaalaanbiederAangemeld(dossier.getDossiernummer(),
                traject.getId()));
        service.planVolgendeVoortgang(execution, dossier, start.isAfter(Tijd.vandaag()) ? start : Tijd.vandaag());
        execution.setVariable(LeerrouteVariabelen.LEERROUTE_BEHAALD, false);
        Variabelen.ruimOp(execution, "startdatum", "opmerking");
    }
}
