package nl.regie.inburgering.intake;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Checks the conversation's date (required, not in the future, not before the appointment of the latest oproep) and
 * records whether the inburgeraar cooperated in the brede intake conversation. Not cooperating (with a required
 * description of what happened) is conduct under Wi 22: dossier event {@link HandhavingSignaalGemeld} (bron
 * BREDE_INTAKE, gedraging BREDE_INTAKE_NIET_MEEWERKEN, the conversation's date), in this transaction. The values leave
 * the engine; the description is shielded from its history ({@link IntakeAfgeschermdeVelden}).
 */
@Component("meewerkingVastleggenListener")
public class MeewerkingVastleggenListener implements TaskListener {

    static final String MEEGEWERKT = "meegewerkt";
    static final String TOELICHTING = "meegewerktToelichting";
    static final String GESPREK_DATUM = "intakeGesprekDatum";

    private final DossierRepository dossiers;
    private final BredeIntakeRepository intakes;
    private final OproepRepository oproepen;
    private final ApplicationEventPublisher publisher;

    public MeewerkingVastleggenListener(DossierRepository dossiers, BredeIntakeRepository intakes,
                                        OproepRepository oproepen, ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.intakes = intakes;
        this.oproepen = oproepen;
        this.publisher = publisher;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        LocalDate afspraak = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId())
                .map(Oproep::getDatum).orElse(null);
        LocalDate datum = Variabelen.gebeurdeDatum(taak, GESPREK_DATUM, afspraak, "de afspraak van de brede intake");
        String meegewerkt = Variabelen.tekst(taak, MEEGEWERKT);
        if (meegewerkt == null) {
            return;
        }
        boolean nee = "NEE".equals(meegewerkt);
        String toelichting = nee ? Variabelen.verplichteTekst(taak, TOELICHTING,
                "is verplicht als de inburgeraar niet heeft meegewerkt") : null;
        BredeIntake intake = intakes.findByDossierId(dossier.getId()).orElseGet(() -> new BredeIntake(dossier.getId()));
        intake.meewerking(datum, meegewerkt, toelichting);
        intakes.save(intake);
        if (nee) {
            publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(), "BREDE_INTAKE",
                    "BREDE_INTAKE_NIET_MEEWERKEN", datum, datum,
                    "Niet meegewerkt aan de brede intake. " + toelichting, VerschijningVastleggenListener.gebruiker(taak)));
        }
        Variabelen.ruimOp(taak.getExecution(), MEEGEWERKT, TOELICHTING);
    }
}
