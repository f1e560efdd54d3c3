package nl.regie.inburgering.intake;

import java.time.LocalDate;
import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Records on the oproep whether the inburgeraar appeared and, after a no-show, why. A valid reason (with its
 * explanation) routes to a new oproep without a warning and is no signal; a no-show without a valid reason is conduct
 * under Wi 22: dossier event {@link HandhavingSignaalGemeld} (bron BREDE_INTAKE, gedraging BREDE_INTAKE_NIET_VERSCHENEN,
 * the appointment's date), in this transaction, and the written warning follows as before.
 * <p>
 * Instances of the model version before the reason was asked (its form has no {@code redenNietVerschenen}) complete
 * without it: their no-show is read as one without a valid reason, as that model routes it (to the warning).
 */
@Component("verschijningVastleggenListener")
public class VerschijningVastleggenListener implements TaskListener {

    static final String REDEN = "redenNietVerschenen";
    static final String TOELICHTING = "verschijningToelichting";
    /** Routing variable (set here from what was recorded): a no-show with a valid reason, new oproep without warning. */
    static final String GELDIGE_REDEN = "geldigeRedenNietVerschenen";
    /** The flow of the model version that asks the reason; its absence marks an instance of the older version. */
    static final String FLOW_GELDIGE_REDEN = "Flow_NietVerschenenGeldigeReden";

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;
    private final ApplicationEventPublisher publisher;

    public VerschijningVastleggenListener(DossierRepository dossiers, OproepRepository oproepen,
                                          ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
        this.publisher = publisher;
    }

    @Override
    public void notify(DelegateTask taak) {
        boolean verschenen = "JA".equals(taak.getVariable(ProcesVariabelen.VERSCHENEN));
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        Oproep oproep = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).orElse(null);
        afspraakVoorbij(taak, oproep);
        String toelichting = Variabelen.tekst(taak, TOELICHTING);
        RedenNietVerschenen reden = verschenen ? null : reden(taak, toelichting);
        if (oproep != null) {
            oproep.verschijning(verschenen, reden, toelichting);
            if (!verschenen && !oproep.verontschuldigd()) {
                publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(), "BREDE_INTAKE",
                        "BREDE_INTAKE_NIET_VERSCHENEN", oproep.getDatum(), oproep.getDatum(),
                        omschrijving(oproep, reden, toelichting), gebruiker(taak)));
            }
        }
        taak.getExecution().setVariable(GELDIGE_REDEN, reden != null && reden.geldig());
        Variabelen.ruimOp(taak.getExecution(), TOELICHTING, REDEN);
    }

    /**
     * Whether the inburgeraar appeared can only be known once the appointment has come: its date (from the oproep in
     * our table; the process variable only for an instance without one) must be today or earlier.
     */
    private static void afspraakVoorbij(DelegateTask taak, Oproep oproep) {
        LocalDate afspraak = oproep != null && oproep.getDatum() != null ? oproep.getDatum()
                : Variabelen.datum(taak.getExecution(), ProcesVariabelen.OPROEP_DATUM);
        LocalDate vandaag = Tijd.vandaag();
        if (afspraak != null && afspraak.isAfter(vandaag)) {
            throw OngeldigeInvoerException.veld(ProcesVariabelen.VERSCHENEN, "de afspraak van "
                    + Variabelen.nl(afspraak) + " is nog niet geweest (vandaag is " + Variabelen.nl(vandaag)
                    + "); leg de verschijning vast op of na de dag van de afspraak");
        }
    }

    /** The reason, required after a no-show in the model version that asks it; a valid one needs its explanation. */
    private static RedenNietVerschenen reden(DelegateTask taak, String toelichting) {
        String waarde = Variabelen.tekst(taak, REDEN);
        if (waarde == null) {
            if (vraagtReden(taak)) {
                throw OngeldigeInvoerException.veld(REDEN, "is verplicht als de inburgeraar niet is verschenen");
            }
            return null;
        }
        RedenNietVerschenen reden = Arrays.stream(RedenNietVerschenen.values()).filter(r -> r.name().equals(waarde))
                .findFirst().orElseThrow(() -> OngeldigeInvoerException.veld(REDEN,
                        "moet een van " + Arrays.toString(RedenNietVerschenen.values()) + " zijn"));
        if (reden.geldig() && toelichting == null) {
            throw OngeldigeInvoerException.veld(TOELICHTING, "is verplicht bij een geldige reden van niet verschijnen");
        }
        return reden;
    }

    private static boolean vraagtReden(DelegateTask taak) {
        return taak.getExecution().getBpmnModelInstance().getModelElementById(FLOW_GELDIGE_REDEN) != null;
    }

    private static String omschrijving(Oproep oproep, RedenNietVerschenen reden, String toelichting) {
        String tekst = "Niet verschenen op oproep " + oproep.getVolgnummer() + " voor de brede intake"
                + (reden == null ? " (reden niet vastgelegd)" : " zonder geldige reden") + ".";
        return toelichting == null ? tekst : tekst + " Toelichting: " + toelichting;
    }

    static String gebruiker(DelegateTask taak) {
        var authenticatie = taak.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authenticatie == null || authenticatie.getUserId() == null ? "systeem:brede-intake" : authenticatie.getUserId();
    }
}
