package nl.regie.inburgering.pip;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Variabelen;

/**
 * DUO's consistency rules for a PIP ({@code ../shared/duo/api/PIP.yml}; Wi 15), the same for the first PIP and
 * every change, so that a PIP we fix is one DUO registers: no A2 on the onderwijsroute, no B1 on the Z-route, the
 * estimated hours only for the B1-route of an asielstatushouder or nareiziger (DUO {@code geschatteIntensiteitB1Route},
 * 1..9999), literacy A / AA / NVT; and the PIP's ontzorgen agreement: an asielstatushouder on bijstand is ontzorgd
 * (Pw art. 56a) unless the PIP gives the reason. A refusal names the field (400).
 */
public final class PipRegels {

    public static final List<String> NIVEAUS = List.of("B1", "A2");
    public static final List<String> ALFABETISERING = List.of("A", "AA", "NVT");
    public static final int INTENSITEIT_MAX = 9999;

    private PipRegels() {
    }

    /** The levels per exam part as the form sent them (null where empty). */
    public static PipVersie.Niveaus niveaus(VariableScope scope) {
        return new PipVersie.Niveaus(Variabelen.tekst(scope, "niveauLezen"), Variabelen.tekst(scope, "niveauLuisteren"),
                Variabelen.tekst(scope, "niveauSchrijven"), Variabelen.tekst(scope, "niveauSpreken"));
    }

    public static void controleer(Leerroute route, PipVersie.Niveaus niveaus, Integer intensiteit, String alfabetisering,
                                  Doelgroep doelgroep) {
        for (Map.Entry<String, String> deel : niveaus.perOnderdeel().entrySet()) {
            String niveau = deel.getValue();
            if (niveau == null) {
                continue;
            }
            if (!NIVEAUS.contains(niveau)) {
                throw OngeldigeInvoerException.veld(deel.getKey(), "moet een van " + NIVEAUS + " zijn");
            }
            if (route == Leerroute.ONDERWIJS && "A2".equals(niveau)) {
                throw OngeldigeInvoerException.veld(deel.getKey(),
                        "A2 kan niet op de onderwijsroute; DUO weigert een PIP met niveau A2 op de onderwijsroute");
            }
            if (route == Leerroute.Z && "B1".equals(niveau)) {
                throw OngeldigeInvoerException.veld(deel.getKey(),
                        "B1 kan niet op de Z-route; DUO weigert een PIP met niveau B1 op de Z-route");
            }
        }
        if (intensiteit != null) {
            if (intensiteit < 1 || intensiteit > INTENSITEIT_MAX) {
                throw OngeldigeInvoerException.veld("geschatteIntensiteit", "moet tussen 1 en " + INTENSITEIT_MAX + " uur liggen");
            }
            if (route != Leerroute.B1) {
                throw OngeldigeInvoerException.veld("geschatteIntensiteit",
                        "geldt alleen voor de B1-route (DUO: geschatteIntensiteitB1Route); laat dit veld leeg op de " + route + "-route");
            }
            if (doelgroep == Doelgroep.GEZINSMIGRANT) {
                throw OngeldigeInvoerException.veld("geschatteIntensiteit",
                        "geldt alleen voor asielstatushouders en nareizigers (DUO); laat dit veld leeg voor een gezinsmigrant");
            }
        }
        if (alfabetisering != null && !ALFABETISERING.contains(alfabetisering)) {
            throw OngeldigeInvoerException.veld("alfabetisering", "moet een van " + ALFABETISERING + " zijn");
        }
    }

    /** Pw art. 56a: an asielstatushouder on bijstand is ontzorgd, or the PIP says why not. */
    public static void controleerOntzorgen(boolean ontzorgen, String geenOntzorgenReden, Dossier dossier) {
        if (!ontzorgen && geenOntzorgenReden == null && dossier.getDoelgroep() == Doelgroep.ASIELSTATUSHOUDER
                && dossier.isBijstand()) {
            throw OngeldigeInvoerException.veld("geenOntzorgenReden",
                    "is verplicht: de inburgeraar is asielstatushouder met bijstand; een PIP zonder financieel ontzorgen"
                            + " (Pw art. 56a) vermeldt waarom");
        }
    }
}
