package nl.regie.inburgering.handhaving;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;

/**
 * What a person was sanctioned for, across all of the person's dossiers in this installation (a move within the
 * installation, or a reopening, is a new dossier for the same {@code persoon}): the handhaving cases, the fines of a
 * previous gemeente outside this installation and the Participatiewet maatregelen. Read from our tables only.
 */
@Component
class Sanctiehistorie {

    private final DossierRepository dossiers;
    private final HandhavingZaakRepository zaken;
    private final EerdereBoeteRepository eerdereBoetes;
    private final PwMaatregelRepository maatregelen;

    Sanctiehistorie(DossierRepository dossiers, HandhavingZaakRepository zaken, EerdereBoeteRepository eerdereBoetes,
                    PwMaatregelRepository maatregelen) {
        this.dossiers = dossiers;
        this.zaken = zaken;
        this.eerdereBoetes = eerdereBoetes;
        this.maatregelen = maatregelen;
    }

    Dossier dossier(HandhavingZaak zaak) {
        return dossiers.findById(zaak.getDossierId())
                .orElseThrow(() -> new IllegalStateException("Dossier van handhavingszaak " + zaak.getZaaknummer() + " bestaat niet"));
    }

    /** The ids of every dossier of the person the case's dossier belongs to (the case's own dossier included). */
    List<Long> dossiersVanPersoon(HandhavingZaak zaak) {
        Dossier dossier = dossier(zaak);
        if (dossier.getPersoon() == null || dossier.getPersoon().getId() == null) {
            return List.of(dossier.getId());
        }
        return dossiers.findByPersoonId(dossier.getPersoon().getId()).stream().map(Dossier::getId).toList();
    }

    /** The person's other cases (every dossier), the given case left out. */
    List<HandhavingZaak> andereZaken(HandhavingZaak zaak) {
        return dossiersVanPersoon(zaak).stream().flatMap(id -> zaken.findByDossierIdOrderById(id).stream())
                .filter(z -> !z.getId().equals(zaak.getId())).toList();
    }

    List<EerdereBoete> eerdereBoetes(HandhavingZaak zaak) {
        return dossiersVanPersoon(zaak).stream().flatMap(id -> eerdereBoetes.findByDossierIdOrderById(id).stream()).toList();
    }

    List<PwMaatregel> maatregelen(HandhavingZaak zaak) {
        return dossiersVanPersoon(zaak).stream().flatMap(id -> maatregelen.findByDossierIdOrderById(id).stream()).toList();
    }
}
