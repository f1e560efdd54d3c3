package nl.regie.inburgering.verhuizing;

import java.time.LocalDate;

import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.web.Validatie;

/**
 * {@code POST /api/dossiers}, optional {@code verhuisdZonderPip}: the person moved in from a gemeente not on this
 * installation before a PIP was fixed there (DUO SS120). The ten weeks (Wi 14, Bi 5.3) then run from the
 * registration in the new gemeente, for every doelgroep ({@code termijn/PipTermijn.klokStart}); the registration is
 * also the dossier's BRP registration date.
 *
 * @param vorigeGemeente     CBS code of the gemeente moved from (optional; not one on this installation: that move is
 *                           registered on its dossier, {@code POST /api/dossiers/{nummer}/verhuizing})
 * @param inschrijvingsdatum the registration in the new gemeente (required; not in the future)
 */
public record VerhuisdZonderPip(String vorigeGemeente, LocalDate inschrijvingsdatum) {

    public static void valideer(Validatie v, VerhuisdZonderPip verhuisd, String gemeente, LocalDate brpInschrijvingsdatum,
                                boolean metVorigePip, Gemeenten gemeenten) {
        if (verhuisd == null) {
            return;
        }
        String p = "verhuisdZonderPip.";
        if (metVorigePip) {
            v.fout("verhuisdZonderPip", "kan niet samen met vorigePip: met een PIP van de vorige gemeente loopt geen "
                    + "nieuwe tienwekentermijn");
        }
        if (verhuisd.vorigeGemeente() != null) {
            if (!verhuisd.vorigeGemeente().matches("[0-9]{4}")) {
                v.fout(p + "vorigeGemeente", "is geen CBS-gemeentecode (vier cijfers)");
            } else if (verhuisd.vorigeGemeente().equals(gemeente)) {
                v.fout(p + "vorigeGemeente", "is de gemeente van het nieuwe dossier zelf");
            } else if (gemeenten.metCbsCode(verhuisd.vorigeGemeente()).isPresent()) {
                v.fout(p + "vorigeGemeente", "wordt door deze installatie bediend: registreer de verhuizing op het "
                        + "dossier van die gemeente (POST /api/dossiers/{nummer}/verhuizing)");
            }
        }
        v.verplicht(p + "inschrijvingsdatum", verhuisd.inschrijvingsdatum())
                .datumInHetVerleden(p + "inschrijvingsdatum", verhuisd.inschrijvingsdatum());
        if (verhuisd.inschrijvingsdatum() != null && brpInschrijvingsdatum != null
                && !brpInschrijvingsdatum.equals(verhuisd.inschrijvingsdatum())) {
            v.fout(p + "inschrijvingsdatum", "wijkt af van brpInschrijvingsdatum (" + brpInschrijvingsdatum
                    + "); laat die leeg of geef dezelfde datum");
        }
    }
}
