package nl.regie.inburgering.pipwijziging;

import java.util.Set;

import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;

/**
 * What a PIP change changes: only the values of its kinds count (the others are ignored and keep the current PIP's
 * values).
 */
public record Voorstel(Set<PipWijzigingSoort> soorten, String reden, Leerroute leerroute, PipVersie.Niveaus niveaus,
                       String niveauReden, Integer geschatteIntensiteit, String alfabetisering,
                       Boolean magOpleidingAfmaken, String pvtAfspraken, String mapAfspraken,
                       String begeleidingAfspraken, Boolean ontzorgen, String geenOntzorgenReden,
                       java.time.Period voortgangInterval) {

    public boolean wijzigt(PipWijzigingSoort soort) {
        return soorten.contains(soort);
    }

    /**
     * The next PIP version: the current one with this change applied. A new route resets what belongs to the old one
     * unless the change sets it too: no MAP on the onderwijsroute (and the gemeente's MAP when it leaves it), levels
     * B1 on the B1-route and none elsewhere, the estimated hours only on the B1-route.
     */
    public PipVersie toegepastOp(PipVersie geldend, String door, java.time.Instant op) {
        PipVersie volgende = geldend.volgende(PipWijziging.alsTekst(soorten), reden, door, op);
        if (wijzigt(PipWijzigingSoort.LEERROUTE) && leerroute != null && leerroute != geldend.getLeerroute()) {
            volgende.zetLeerroute(leerroute);
            String map = geldend.getMapAfspraken();
            if (leerroute == Leerroute.ONDERWIJS) {
                map = null;
            } else if (map == null) {
                map = "MAP volgens het beleid van de gemeente (na de routewissel)";
            }
            volgende.zetPvtMap(geldend.getPvtAfspraken(), map);
            volgende.zetNiveaus(leerroute == Leerroute.B1 ? PipVersie.Niveaus.B1 : PipVersie.Niveaus.GEEN, null);
            if (leerroute != Leerroute.B1) {
                volgende.zetIntensiteit(null, geldend.getAlfabetisering(), geldend.getMagOpleidingAfmaken());
            }
        }
        if (wijzigt(PipWijzigingSoort.NIVEAU)) {
            volgende.zetNiveaus(niveaus, niveauReden);
        }
        if (wijzigt(PipWijzigingSoort.INTENSITEIT)) {
            volgende.zetIntensiteit(geschatteIntensiteit, alfabetisering, magOpleidingAfmaken);
        }
        if (wijzigt(PipWijzigingSoort.PVT_MAP)) {
            volgende.zetPvtMap(pvtAfspraken, mapAfspraken);
        }
        if (wijzigt(PipWijzigingSoort.BEGELEIDING)) {
            volgende.zetBegeleiding(begeleidingAfspraken);
        }
        if (wijzigt(PipWijzigingSoort.ONTZORGEN)) {
            volgende.zetOntzorgen(Boolean.TRUE.equals(ontzorgen), geenOntzorgenReden);
        }
        if (wijzigt(PipWijzigingSoort.INTERVAL)) {
            volgende.voortgangInterval(voortgangInterval);
        }
        return volgende;
    }
}
