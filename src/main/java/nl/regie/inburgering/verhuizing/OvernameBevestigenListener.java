package nl.regie.inburgering.verhuizing;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.PipWijzigingGevraagd;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Variabelen;

/**
 * The casemanager confirmed the taken-over facts ({@code Task_OvergenomenGegevensBevestigen}, on complete): recorded
 * with who and when; "PIP wijzigen" asks for a PIP change (dossier event {@link PipWijzigingGevraagd}: the pip
 * capability makes it a new PIP version with four eyes). The tracks start either way, on the taken-over route.
 */
@Component
public class OvernameBevestigenListener implements TaskListener {

    static final String AANLEIDING = "OVERNAME_PIP_VORIGE_GEMEENTE";

    private final DossierRepository dossiers;
    private final PipOvernameRepository overnames;
    private final HuidigeGebruiker gebruiker;
    private final ApplicationEventPublisher publicatie;

    public OvernameBevestigenListener(DossierRepository dossiers, PipOvernameRepository overnames,
                                      HuidigeGebruiker gebruiker, ApplicationEventPublisher publicatie) {
        this.dossiers = dossiers;
        this.overnames = overnames;
        this.gebruiker = gebruiker;
        this.publicatie = publicatie;
    }

    @Override
    public void notify(DelegateTask taak) {
        String door = gebruiker.verplicht("overnameBesluit");
        String besluitTekst = Variabelen.verplichteTekst(taak, "overnameBesluit", "is verplicht");
        PipOvername.Besluit besluit;
        try {
            besluit = PipOvername.Besluit.valueOf(besluitTekst);
        } catch (IllegalArgumentException e) {
            throw OngeldigeInvoerException.veld("overnameBesluit", "moet BEVESTIGEN of PIP_WIJZIGEN zijn");
        }
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        PipOvername overname = overnames.findByDossierId(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("Geen overgenomen PIP voor " + dossier));
        overname.bevestigd(besluit, door, Instant.now());
        if (besluit == PipOvername.Besluit.PIP_WIJZIGEN) {
            publicatie.publishEvent(new PipWijzigingGevraagd(dossier.getDossiernummer(), AANLEIDING, door));
        }
    }
}
