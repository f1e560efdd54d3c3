package nl.regie.inburgering.handhaving;

import org.springframework.stereotype.Service;

/**
 * No double sanction, decided on our tables. {@link Uitkomst#PW_MAATREGEL}: the bijstand was already lowered for
 * the same conduct (Wi 2021 art. 27, as the brief cites it; the principle per VNG and Schulinck, see
 * docs/handhaving-boeteregels.md) — a Participatiewet maatregel of any of the person's dossiers for the same gedraging
 * in an overlapping period. {@link Uitkomst#AL_BEBOET}: another case of the same person for the same gedraging in an
 * overlapping period already has a fine that stands (signed beschikking, not annulled; una via, ne bis in idem,
 * Awb 5:43). The Pw maatregel is checked first: it is the reason the letter must name.
 */
@Service
public class DubbeleSanctie {

    public enum Uitkomst { GEEN, PW_MAATREGEL, AL_BEBOET }

    private final Sanctiehistorie historie;

    public DubbeleSanctie(Sanctiehistorie historie) {
        this.historie = historie;
    }

    public Uitkomst toets(HandhavingZaak zaak) {
        boolean pw = historie.maatregelen(zaak).stream()
                .anyMatch(m -> m.betreft(zaak.getGedraging(), zaak.getPeriodeVan(), zaak.getPeriodeTot()));
        if (pw) {
            return Uitkomst.PW_MAATREGEL;
        }
        boolean beboet = historie.andereZaken(zaak).stream()
                .anyMatch(z -> z.heeftStaandeBoete() && z.zelfdeFeit(zaak.getGedraging(), zaak.getPeriodeVan(), zaak.getPeriodeTot()));
        return beboet ? Uitkomst.AL_BEBOET : Uitkomst.GEEN;
    }
}
