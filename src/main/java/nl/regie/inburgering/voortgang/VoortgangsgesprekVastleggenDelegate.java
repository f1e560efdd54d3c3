package nl.regie.inburgering.voortgang;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.PipWijzigingGevraagd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;

/**
 * Records the voortgangsgesprek in our table and acts on its outcome: PIP_WIJZIGEN asks for a PIP change (dossier
 * event {@link PipWijzigingGevraagd}, aanleiding {@value #AANLEIDING}); SIGNAAL_HANDHAVING stores an open handhaving
 * signal; ONTHEFFING_ADVISEREN and NIET_VERSCHENEN are recorded (the next conversation is planned from this record,
 * sooner after a no-show). The form's values leave the engine.
 */
@Component("voortgangsgesprekVastleggenDelegate")
public class VoortgangsgesprekVastleggenDelegate implements JavaDelegate {

    public static final String AANLEIDING = "VOORTGANGSGESPREK";
    static final String BRON = "VOORTGANGSGESPREK";
    static final String GEDRAGING = "PIP_AFSPRAKEN";

    private final DossierRepository dossiers;
    private final VoortgangsgesprekRepository gesprekken;
    private final Voortgangsplanning planning;
    private final ApplicationEventPublisher publisher;

    public VoortgangsgesprekVastleggenDelegate(DossierRepository dossiers, VoortgangsgesprekRepository gesprekken,
                                               Voortgangsplanning planning,
                                               ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.gesprekken = gesprekken;
        this.planning = planning;
        this.publisher = publisher;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = dossiers.getByDossiernummer(e.getProcessBusinessKey());
        LocalDate gepland = planning.volgendeDatum(dossier);
        LocalDate datum = Variabelen.datum(e, VoortgangsgesprekVariabelen.DATUM);
        Voortgangsgesprek.Uitkomst uitkomst = Voortgangsgesprek.Uitkomst.valueOf(
                Variabelen.tekst(e, VoortgangsgesprekVariabelen.UITKOMST));
        String door = Variabelen.tekst(e, VoortgangsgesprekVariabelen.DOOR);
        gesprekken.save(new Voortgangsgesprek(dossier.getId(), gepland, datum, uitkomst,
                Voortgangsgesprek.Participatie.valueOf(Variabelen.tekst(e, VoortgangsgesprekVariabelen.PARTICIPATIE)),
                Variabelen.tekst(e, VoortgangsgesprekVariabelen.VERSLAG), door, Instant.now()));
        switch (uitkomst) {
            case PIP_WIJZIGEN -> publisher.publishEvent(new PipWijzigingGevraagd(dossier.getDossiernummer(), AANLEIDING, door));
            // the conduct seen in this conversation is the fact (one case per conversation's signal)
            case SIGNAAL_HANDHAVING -> publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(),
                    BRON, GEDRAGING, datum, datum, Variabelen.tekst(e, VoortgangsgesprekVariabelen.SIGNAAL), door));
            default -> { }
        }
        Variabelen.ruimOp(e, VoortgangsgesprekVariabelen.DATUM, VoortgangsgesprekVariabelen.UITKOMST,
                VoortgangsgesprekVariabelen.PARTICIPATIE, VoortgangsgesprekVariabelen.VERSLAG,
                VoortgangsgesprekVariabelen.SIGNAAL, VoortgangsgesprekVariabelen.DOOR);
    }
}
