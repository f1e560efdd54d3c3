package nl.regie.inburgering.voortgang;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Rules of the voortgangsgesprek form that the form cannot express (choices, required fields and lengths the form
 * itself enforces): the conversation's date is not in the future and not before the previous conversation (the
 * koppeling for the first), a handhaving signal has a description of the
 * behaviour, and only then. Records who held the conversation.
 */
@Component("voortgangsgesprekControle")
public class VoortgangsgesprekControle implements TaskListener {

    private final HuidigeGebruiker gebruiker;
    private final DossierRepository dossiers;
    private final VoortgangsgesprekRepository gesprekken;

    public VoortgangsgesprekControle(HuidigeGebruiker gebruiker, DossierRepository dossiers,
                                     VoortgangsgesprekRepository gesprekken) {
        this.gebruiker = gebruiker;
        this.dossiers = dossiers;
        this.gesprekken = gesprekken;
    }

    @Override
    public void notify(DelegateTask taak) {
        String door = gebruiker.verplicht(VoortgangsgesprekVariabelen.UITKOMST);
        LocalDate datum = Variabelen.datumNietInDeToekomst(taak, VoortgangsgesprekVariabelen.DATUM);
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        LocalDate vorige = gesprekken.findFirstByDossierIdOrderByIdDesc(dossier.getId())
                .map(Voortgangsgesprek::getDatum).orElse(null);
        if (vorige != null) {
            Variabelen.nietVoor(VoortgangsgesprekVariabelen.DATUM, datum, vorige, "het vorige voortgangsgesprek");
        } else {
            Variabelen.nietVoor(VoortgangsgesprekVariabelen.DATUM, datum, dossier.getKoppelingsdatum(),
                    "de koppeling aan de gemeente");
        }
        String signaal = Variabelen.tekst(taak, VoortgangsgesprekVariabelen.SIGNAAL);
        boolean handhaving = Voortgangsgesprek.Uitkomst.SIGNAAL_HANDHAVING.name()
                .equals(taak.getVariable(VoortgangsgesprekVariabelen.UITKOMST));
        if (handhaving && signaal == null) {
            throw OngeldigeInvoerException.veld(VoortgangsgesprekVariabelen.SIGNAAL,
                    "is verplicht bij een signaal voor handhaving: beschrijf het gedrag");
        }
        if (!handhaving && signaal != null) {
            throw OngeldigeInvoerException.veld(VoortgangsgesprekVariabelen.SIGNAAL,
                    "hoort alleen bij de uitkomst SIGNAAL_HANDHAVING; laat dit veld leeg");
        }
        if (signaal != null && signaal.length() > VoortgangsgesprekVariabelen.SIGNAAL_MAX) {
            throw OngeldigeInvoerException.veld(VoortgangsgesprekVariabelen.SIGNAAL,
                    "is langer dan " + VoortgangsgesprekVariabelen.SIGNAAL_MAX + " tekens");
        }
        taak.setVariable(VoortgangsgesprekVariabelen.DOOR, door);
    }
}
