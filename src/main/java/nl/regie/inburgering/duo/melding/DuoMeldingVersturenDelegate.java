package nl.regie.inburgering.duo.melding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.duo.DuoOins;

/**
 * Step {@code Task_MeldingVersturen} of duo-melding.bpmn (asyncBefore, retried with backoff): sends the report and
 * records DUO's answer on the row; the gateway after it reads that row. The BSN is read here from {@code persoon} and
 * goes only into the call.
 */
@Component("duoMeldingVersturenDelegate")
public class DuoMeldingVersturenDelegate implements JavaDelegate {

    private final DuoMeldingen meldingen;
    private final DossierRepository dossiers;
    private final DuoMeldingVerzender verzender;
    private final DuoOins oins;

    public DuoMeldingVersturenDelegate(DuoMeldingen meldingen, DossierRepository dossiers, DuoMeldingVerzender verzender,
                                       DuoOins oins) {
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.verzender = verzender;
        this.oins = oins;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DuoMelding melding = meldingen.melding(execution);
        if (melding.getStatus() != DuoMelding.Status.TE_VERZENDEN) {
            return; // already answered (a retry after the answer was stored): exactly once
        }
        Dossier dossier = dossiers.findById(melding.getDossierId()).orElseThrow();
        String bron = oins.oinVan(dossier.getGemeente());
        DuoMeldingVerzender.Antwoord antwoord = verzender.verstuur(melding, dossier.getGemeente(),
                dossier.getPersoon().getBsn(), bron);
        if (antwoord.aanvaard()) {
            melding.aanvaard(antwoord.kenmerk(), DuoMeldingen.nu());
        } else {
            melding.geweigerd(antwoord.weigering());
        }
    }
}
