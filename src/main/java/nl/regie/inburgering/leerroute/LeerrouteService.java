package nl.regie.inburgering.leerroute;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;

/** What the leerroute's delegates share: the dossier, its policy and the next moment a progress report is due. */
@Service
public class LeerrouteService {

    private final DossierRepository dossiers;
    private final Gemeenten gemeenten;

    public LeerrouteService(DossierRepository dossiers, Gemeenten gemeenten) {
        this.dossiers = dossiers;
        this.gemeenten = gemeenten;
    }

    public Dossier dossier(String dossiernummer) {
        return dossiers.getByDossiernummer(dossiernummer);
    }

    public Gemeente gemeente(Dossier dossier) {
        return gemeenten.metTenantId(dossier.getGemeente());
    }

    /** Plans the next progress moment one policy interval (default three months) after {@code vanaf}. */
    public void planVolgendeVoortgang(VariableScope scope, Dossier dossier, LocalDate vanaf) {
        LocalDate volgende = vanaf.plus(gemeente(dossier).beleid().getVoortgangInterval());
        scope.setVariable(LeerrouteVariabelen.VOLGENDE_VOORTGANG, Tijd.beginVan(volgende));
        scope.setVariable(LeerrouteVariabelen.VOLGENDE_VOORTGANG_DATUM, volgende.toString());
    }

    /** The moment of the report that was just received (the timer's date). */
    public LocalDate huidigeVoortgang(VariableScope scope) {
        return Tijd.alsDatum((Date) scope.getVariable(LeerrouteVariabelen.VOLGENDE_VOORTGANG));
    }
}
