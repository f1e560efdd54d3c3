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

    /**
     * The start date the taalaanbieder is asked for: the term's start for the first enrolment (the day after the PIP's
     * dagtekening), but never a day in the past — after a route switch (months into the term) the new taalaanbieder
     * is asked to start from the day the new PIP was fixed and the route re-enrolled (today).
     */
    public String gewensteStartdatum(VariableScope scope) {
        LocalDate vandaag = Tijd.vandaag();
        Object termijnStart = scope.getVariable("inburgeringstermijnStart");
        if (termijnStart == null) {
            return vandaag.toString();
        }
        LocalDate start = LocalDate.parse(String.valueOf(termijnStart).substring(0, 10));
        return (start.isAfter(vandaag) ? start : vandaag).toString();
    }

    /** The moment of the report that was just received (the timer's date). */
    public LocalDate huidigeVoortgang(VariableScope scope) {
        return Tijd.alsDatum((Date) scope.getVariable(LeerrouteVariabelen.VOLGENDE_VOORTGANG));
    }
}
