package nl.regie.inburgering.duo.afstemming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Our view of an open dossier against DUO's (the rules of the reconciliation, no I/O): plicht, doelgroep, the end of
 * the inburgeringstermijn, and a vrijstelling or ontheffing DUO granted while our dossier still runs. Each difference
 * names both values in words.
 */
final class Vergelijking {

    record Verschil(AfstemmingsVerschil.Onderwerp onderwerp, String onzeWaarde, String duoWaarde) {
    }

    private Vergelijking() {
    }

    static List<Verschil> verschillen(Dossier dossier, DuoBeeld duo) {
        List<Verschil> verschillen = new ArrayList<>();
        Boolean onzePlicht = dossier.getPlichtig();
        if (onzePlicht != null && !Objects.equals(onzePlicht, duo.plicht()) && !(duo.plicht() == null && !onzePlicht)) {
            verschillen.add(new Verschil(AfstemmingsVerschil.Onderwerp.PLICHT, plicht(onzePlicht, null),
                    duo.plicht() == null ? "bij DUO niet bekend" : plicht(duo.plicht(), duo.geenPlichtReden())));
        }
        String onzeDoelgroep = duoIndeling(dossier.getDoelgroep());
        if (duo.doelgroep() != null && onzeDoelgroep != null && !onzeDoelgroep.equals(duo.doelgroep())) {
            verschillen.add(new Verschil(AfstemmingsVerschil.Onderwerp.DOELGROEP,
                    onzeDoelgroep + " (" + dossier.getDoelgroep().name().toLowerCase() + ")", duo.doelgroep()));
        }
        LocalDate onsEinde = dossier.getInburgeringstermijnEinde();
        if (!Objects.equals(onsEinde, duo.termijnEinde()) && (onsEinde != null || duo.termijnEinde() != null)) {
            verschillen.add(new Verschil(AfstemmingsVerschil.Onderwerp.TERMIJN_EINDE,
                    onsEinde == null ? "nog geen inburgeringstermijn (PIP niet vastgesteld)" : "eindigt " + Variabelen.nl(onsEinde),
                    duo.termijnEinde() == null ? "geen inburgeringstermijn bij DUO" : "eindigt " + Variabelen.nl(duo.termijnEinde())));
        }
        if (duo.vrijstelling() != null) {
            verschillen.add(new Verschil(AfstemmingsVerschil.Onderwerp.VRIJSTELLING,
                    "geen vrijstelling vastgelegd; het dossier loopt", duo.vrijstelling()));
        }
        if (duo.ontheffing() != null) {
            verschillen.add(new Verschil(AfstemmingsVerschil.Onderwerp.ONTHEFFING,
                    "geen ontheffing vastgelegd; het dossier loopt", duo.ontheffing()));
        }
        return verschillen;
    }

    /** DUO's Doelgroepindeling for our doelgroep: a nareiziger has a statushouder's rights. */
    static String duoIndeling(Doelgroep doelgroep) {
        if (doelgroep == null) {
            return null;
        }
        return doelgroep == Doelgroep.GEZINSMIGRANT ? "Gezinsmigrant en overige migrant" : "Asielstatushouder";
    }

    private static String plicht(boolean plichtig, String reden) {
        return plichtig ? "inburgeringsplichtig" : "niet inburgeringsplichtig" + (reden == null ? "" : " (" + reden + ")");
    }
}
