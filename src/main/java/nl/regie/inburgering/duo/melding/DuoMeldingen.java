package nl.regie.inburgering.duo.melding;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;

/**
 * The outbox of what the gemeente reports to DUO. {@link #registreer} records a fact once (unique dossier + feit) and
 * starts its process {@code duo-melding} in the same transaction as the source's own data, so a fact recorded is a
 * fact reported (the first step is asynchronous: the call never runs in the source's transaction). Bean name
 * {@code duoMeldingen}: the model's gateways read the outcome from the table here, never from a variable.
 */
@Component("duoMeldingen")
public class DuoMeldingen {

    public static final String PROCES = "duo-melding";
    /** The only process variable of a report besides dossiernummer and gemeente: which row (routing, no content). */
    public static final String MELDING_ID = "duoMeldingId";

    private final DuoMeldingRepository meldingen;
    private final DossierRepository dossiers;
    private final DuoMeldingInhoud inhoud;
    private final RuntimeService runtimeService;

    public DuoMeldingen(DuoMeldingRepository meldingen, DossierRepository dossiers, DuoMeldingInhoud inhoud,
                        RuntimeService runtimeService) {
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.inhoud = inhoud;
        this.runtimeService = runtimeService;
    }

    /**
     * Records the fact and starts its report, unless the fact is already recorded (then the existing report, whatever
     * its state: exactly once per fact) or there is nothing to report. Joins the caller's transaction.
     */
    @Transactional
    public Optional<DuoMelding> registreer(Dossier dossier, DuoMeldingSoort soort, Object referentie) {
        String feit = DuoMeldingInhoud.feit(soort, referentie);
        Optional<DuoMelding> bestaand = meldingen.findByDossierIdAndFeit(dossier.getId(), feit);
        if (bestaand.isPresent()) {
            return bestaand;
        }
        Optional<DuoMeldingInhoud.Inhoud> gebouwd = inhoud.bouw(dossier, soort, feit);
        if (gebouwd.isEmpty()) {
            return Optional.empty();
        }
        DuoMelding melding = meldingen.saveAndFlush(new DuoMelding(dossier.getId(), soort, feit,
                gebouwd.get().omschrijving(), gebouwd.get().json(), nu()));
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(MELDING_ID, melding.getId());
        variabelen.put(ProcesVariabelen.DOSSIERNUMMER, dossier.getDossiernummer());
        variabelen.put(ProcesVariabelen.GEMEENTE, dossier.getGemeente());
        runtimeService.startProcessInstanceByKey(PROCES, dossier.getDossiernummer(), variabelen);
        return Optional.of(melding);
    }

    public Optional<DuoMelding> registreer(String dossiernummer, DuoMeldingSoort soort, Object referentie) {
        return registreer(dossiers.getByDossiernummer(dossiernummer), soort, referentie);
    }

    public DuoMelding melding(DelegateExecution execution) {
        Object id = execution.getVariable(MELDING_ID);
        return meldingen.findById(((Number) id).longValue()).orElseThrow();
    }

    /** Gateway "Door DUO aanvaard?": from the table. */
    public boolean aanvaard(DelegateExecution execution) {
        return melding(execution).getStatus() == DuoMelding.Status.VERZONDEN;
    }

    /** Gateway after the casemanager's task: send again (status back to TE_VERZENDEN) or not. */
    public boolean opnieuwVersturen(DelegateExecution execution) {
        return melding(execution).getStatus() == DuoMelding.Status.TE_VERZENDEN;
    }

    /** The content read again from our tables, for a resend; the old content when the source is gone. */
    String opnieuwOpgebouwd(DuoMelding melding) {
        Dossier dossier = dossiers.findById(melding.getDossierId()).orElseThrow();
        return inhoud.bouw(dossier, melding.getSoort(), melding.getFeit()).map(DuoMeldingInhoud.Inhoud::json)
                .orElse(null);
    }

    public List<DuoMelding> vanDossier(Dossier dossier) {
        return meldingen.findByDossierIdOrderById(dossier.getId());
    }

    static Instant nu() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
