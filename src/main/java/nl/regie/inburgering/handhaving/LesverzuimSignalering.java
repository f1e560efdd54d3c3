package nl.regie.inburgering.handhaving;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.dossier.VoortgangsrapportageOntvangen;

/**
 * Judges each progress report of the taalaanbieder by the gemeente's attendance threshold
 * ({@code regie.handhaving...aanwezigheid-minimum}, {@link HandhavingBeleid}): attendance below it is a signal (bron
 * PARTNERRAPPORTAGE, gedraging LESVERZUIM, the report's period), published in the transaction that stores the report.
 * At or above the threshold, or a report without attendance, is no signal. The taalaanbieder's topic has no oordeel
 * (effort) field today, so attendance is the only measure; an oordeel on the event is not judged.
 */
@Component
public class LesverzuimSignalering {

    static final String DOOR = "systeem:partnerrapportage";

    private final DossierRepository dossiers;
    private final HandhavingBeleid beleid;
    private final ApplicationEventPublisher publisher;

    public LesverzuimSignalering(DossierRepository dossiers, HandhavingBeleid beleid, ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.beleid = beleid;
        this.publisher = publisher;
    }

    @EventListener
    public void ontvangen(VoortgangsrapportageOntvangen rapportage) {
        if (rapportage.aanwezigheid() == null) {
            return;
        }
        Dossier dossier = dossiers.getByDossiernummer(rapportage.dossiernummer());
        int minimum = beleid.voor(dossier.getGemeente()).getAanwezigheidMinimum();
        if (rapportage.aanwezigheid() < minimum) {
            publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(), HandhavingSignaal.Bron.PARTNERRAPPORTAGE.name(),
                    Gedraging.LESVERZUIM.name(), rapportage.periodeVan(), rapportage.periodeTot(),
                    "Aanwezigheid " + rapportage.aanwezigheid() + "% volgens de voortgangsrapportage van de taalaanbieder over "
                            + rapportage.periodeVan() + " t/m " + rapportage.periodeTot() + "; het minimum van de gemeente is "
                            + minimum + "%.", DOOR));
        }
    }
}
