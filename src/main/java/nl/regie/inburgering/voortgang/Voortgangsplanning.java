package nl.regie.inburgering.voortgang;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.gemeente.GemeentenProperties;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;

/**
 * When the next voortgangsgesprek is due (Wi 16; local policy, the PIP fixes the interval):
 * <ul>
 * <li>the interval is that of the dossier's current fixed PIP version; a version without one (fixed before the field
 *     existed, or left empty) takes the gemeente's {@code voortgangsgesprek-interval};</li>
 * <li>counted from the date of the conversation recorded last, or, before the first one, from the start of the
 *     inburgeringstermijn;</li>
 * <li>after a conversation the inburgeraar did not attend: {@code voortgangsgesprek-opnieuw-na} after its date;</li>
 * <li>the casemanager's task is due {@code voortgangsgesprek-uitvoeren-binnen} after the planned date.</li>
 * </ul>
 * Everything is read from our tables at the moment of planning, so a PIP change of the interval takes effect at the
 * next planning; {@link #herplan} re-plans a waiting timer at once (message {@value #HERPLAN_BERICHT}).
 */
@Component("voortgangsplanning")
public class Voortgangsplanning {

    public static final String HERPLAN_BERICHT = "VoortgangsplanningGewijzigd";

    private final DossierRepository dossiers;
    private final PipVersieRepository pipVersies;
    private final VoortgangsgesprekRepository gesprekken;
    private final Gemeenten gemeenten;
    private final RuntimeService runtimeService;

    public Voortgangsplanning(DossierRepository dossiers, PipVersieRepository pipVersies,
                              VoortgangsgesprekRepository gesprekken, Gemeenten gemeenten,
                              @Lazy RuntimeService runtimeService) {
        this.dossiers = dossiers;
        this.pipVersies = pipVersies;
        this.gesprekken = gesprekken;
        this.gemeenten = gemeenten;
        this.runtimeService = runtimeService;
    }

    /** Timer of the next conversation (midnight at the start of the planned day). */
    public Date volgendGesprek(DelegateExecution execution) {
        return Tijd.beginVan(volgendeDatum(dossier(execution)));
    }

    /** Due date of the casemanager's task: the planned day plus the gemeente's margin. */
    public Date uiterlijk(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        return Tijd.beginVan(volgendeDatum(dossier).plus(beleid(dossier).getVoortgangsgesprekUitvoerenBinnen()));
    }

    /** The day the next conversation is planned. */
    public LocalDate volgendeDatum(Dossier dossier) {
        return gesprekken.findFirstByDossierIdOrderByIdDesc(dossier.getId())
                .map(laatste -> laatste.getDatum().plus(laatste.getUitkomst() == Voortgangsgesprek.Uitkomst.NIET_VERSCHENEN
                        ? beleid(dossier).getVoortgangsgesprekOpnieuwNa() : interval(dossier)))
                .orElseGet(() -> (dossier.getInburgeringstermijnStart() != null
                        ? dossier.getInburgeringstermijnStart() : Tijd.vandaag()).plus(interval(dossier)));
    }

    /** The interval of the current fixed PIP version, else the gemeente's default. */
    public Period interval(Dossier dossier) {
        return interval(dossier, pipInterval(dossier));
    }

    /** {@link #interval} when the PIP's interval ({@link #pipInterval}) has been read already. */
    public Period interval(Dossier dossier, Optional<Period> pipInterval) {
        return pipInterval.orElseGet(() -> beleid(dossier).getVoortgangsgesprekInterval());
    }

    /** The interval comes from the PIP when it fixes one. */
    public boolean intervalUitPip(Dossier dossier) {
        return pipInterval(dossier).isPresent();
    }

    /** The interval the dossier's current fixed PIP version sets, if it sets one (one query). */
    public Optional<Period> pipInterval(Dossier dossier) {
        return pipVersies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(), PipVersie.Status.VASTGESTELD)
                .map(PipVersie::getVoortgangInterval);
    }

    /**
     * Re-plans the waiting timer of the dossier's voortgangsgesprekken now (for example after a new PIP version with
     * another interval was fixed); nothing happens when no conversation is waiting.
     */
    public void herplan(String dossiernummer) {
        runtimeService.createMessageCorrelation(HERPLAN_BERICHT).processInstanceBusinessKey(dossiernummer)
                .correlateAll();
    }

    private Dossier dossier(DelegateExecution execution) {
        return dossiers.getByDossiernummer(execution.getProcessBusinessKey());
    }

    private GemeentenProperties.Beleid beleid(Dossier dossier) {
        return gemeenten.metTenantId(dossier.getGemeente()).beleid();
    }
}
