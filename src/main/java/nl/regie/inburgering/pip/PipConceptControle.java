package nl.regie.inburgering.pip;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Server-side rules of a PIP draft that its form cannot express: a reason when the route differs from the advice,
 * no MAP on the onderwijsroute (and a MAP otherwise), no ontzorgen for gezinsmigranten. Records the author.
 */
@Component("pipConceptControle")
public class PipConceptControle implements TaskListener {

    private final HuidigeGebruiker gebruiker;
    private final DossierRepository dossiers;

    public PipConceptControle(HuidigeGebruiker gebruiker, DossierRepository dossiers) {
        this.gebruiker = gebruiker;
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask taak) {
        String auteur = gebruiker.verplicht(ProcesVariabelen.PIP_AUTEUR);
        String route = Variabelen.verplichteTekst(taak, ProcesVariabelen.LEERROUTE, "is verplicht");
        if (Arrays.stream(Leerroute.values()).noneMatch(l -> l.name().equals(route))) {
            throw OngeldigeInvoerException.veld(ProcesVariabelen.LEERROUTE, "moet een van " + Arrays.toString(Leerroute.values()) + " zijn");
        }
        if (!route.equals(taak.getVariable(ProcesVariabelen.ADVIES_LEERROUTE)) && Variabelen.tekst(taak, "afwijkingReden") == null) {
            throw OngeldigeInvoerException.veld("afwijkingReden",
                    "is verplicht: de leerroute " + route + " wijkt af van het advies " + taak.getVariable(ProcesVariabelen.ADVIES_LEERROUTE));
        }
        String map = Variabelen.tekst(taak, "mapAfspraken");
        if (Leerroute.ONDERWIJS.name().equals(route) && map != null) {
            throw OngeldigeInvoerException.veld("mapAfspraken", "de MAP geldt niet op de onderwijsroute; laat dit veld leeg");
        }
        if (!Leerroute.ONDERWIJS.name().equals(route) && map == null) {
            throw OngeldigeInvoerException.veld("mapAfspraken", "is verplicht op de " + route + "-route");
        }
        if ("JA".equals(taak.getVariable("ontzorgen"))
                && Doelgroep.GEZINSMIGRANT.name().equals(taak.getVariable(ProcesVariabelen.DOELGROEP))) {
            throw OngeldigeInvoerException.veld("ontzorgen", "financieel ontzorgen geldt niet voor gezinsmigranten (Pw art. 56a)");
        }
        // DUO's PIP fields and rules (issue 9); A2 instead of B1 comes later, as a PIP change after 600 hours NT2
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        PipVersie.Niveaus niveaus = PipRegels.niveaus(taak);
        PipRegels.controleer(Leerroute.valueOf(route), niveaus, Variabelen.geheelGetal(taak, "geschatteIntensiteit"),
                Variabelen.tekst(taak, "alfabetisering"), dossier.getDoelgroep());
        if (Leerroute.B1.name().equals(route)) {
            niveaus.perOnderdeel().forEach((veld, niveau) -> {
                if ("A2".equals(niveau)) {
                    throw OngeldigeInvoerException.veld(veld, "A2 in plaats van B1 kan pas na 600 uur NT2 en voldoende"
                            + " inspanning, met een PIP-wijziging; het eerste PIP op de B1-route heeft niveau B1");
                }
            });
        }
        PipRegels.controleerOntzorgen("JA".equals(taak.getVariable("ontzorgen")), Variabelen.tekst(taak, "geenOntzorgenReden"), dossier);
        taak.setVariable(ProcesVariabelen.PIP_AUTEUR, auteur);
    }
}
