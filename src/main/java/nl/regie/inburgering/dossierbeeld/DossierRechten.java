package nl.regie.inburgering.dossierbeeld;

import java.util.List;

import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.Gebruiker;

/**
 * What the dossier view shows to whom: the parts of a dossier each role may read, as the endpoints that serve them
 * decide (DossierController: BSN; VoortgangController; HandhavingController.OVERZICHT_LEZERS; BriefController;
 * the audit trail). The view asks only for what the role may see; each endpoint still checks for itself.
 */
public record DossierRechten(boolean bsn, boolean voortgang, boolean handhaving, boolean brieven, boolean inzage) {

    /** Who uses the dossier view at all: the gemeente's staff (not COA, DUO, partners, the beheerder). */
    static final List<String> LEZERS = Rollen.MEDEWERKERS;

    static DossierRechten van(Gebruiker g) {
        return new DossierRechten(
                inEen(g, Rollen.CASEMANAGER, Rollen.TEAMLEIDER, Rollen.INKOMENSCONSULENT),
                inEen(g, Rollen.CASEMANAGER, Rollen.TEAMLEIDER, Rollen.HANDHAVING),
                inEen(g, Rollen.CASEMANAGER, Rollen.TEAMLEIDER, Rollen.HANDHAVING, Rollen.PROCESBEHEERDER,
                        Rollen.INKOMENSCONSULENT),
                Rollen.TAAKROLLEN.stream().anyMatch(g::inGroep),
                inEen(g, Rollen.TEAMLEIDER, Rollen.PROCESBEHEERDER));
    }

    static boolean lezer(Gebruiker g) {
        return LEZERS.stream().anyMatch(g::inGroep) && !g.inGroep(Rollen.PARTNER);
    }

    private static boolean inEen(Gebruiker g, String... rollen) {
        for (String rol : rollen) {
            if (g.inGroep(rol)) {
                return true;
            }
        }
        return false;
    }
}
