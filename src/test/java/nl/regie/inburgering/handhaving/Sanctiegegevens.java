package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.Persoon;
import nl.regie.inburgering.dossier.PersoonRepository;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Rows for the fine-rules tests, written straight to our tables: a person with a dossier per gemeente (a move within
 * the installation is a new dossier of the same person), cases with or without a signed fine, a previous gemeente's
 * fines and Pw maatregelen. Every test builds its own person.
 */
class Sanctiegegevens {

    /** The inburgeringstermijn of every dossier these tests build (end exclusive). */
    static final LocalDate TERMIJN_START = LocalDate.of(2025, 1, 1);
    static final LocalDate TERMIJN_EINDE = LocalDate.of(2028, 1, 1);

    private final PersoonRepository personen;
    private final DossierRepository dossiers;
    private final HandhavingZaakRepository zaken;
    private final EerdereBoeteRepository eerdereBoetes;
    private final PwMaatregelRepository maatregelen;

    Sanctiegegevens(PersoonRepository personen, DossierRepository dossiers, HandhavingZaakRepository zaken,
                    EerdereBoeteRepository eerdereBoetes, PwMaatregelRepository maatregelen) {
        this.personen = personen;
        this.dossiers = dossiers;
        this.zaken = zaken;
        this.eerdereBoetes = eerdereBoetes;
        this.maatregelen = maatregelen;
    }

    Persoon persoon() {
        return personen.save(new Persoon(TestGegevens.nieuwBsn(), "Test", "Handhaving", LocalDate.of(1990, 1, 1), "SYR"));
    }

    /** A dossier of the person in this gemeente with the PIP fixed (term 2025-01-01 up to 2028-01-01). */
    Dossier dossier(Persoon persoon, String gemeente) {
        Dossier dossier = new Dossier("INB-2026-%06d".formatted(dossiers.volgendDossiernummer()), persoon, gemeente,
                Doelgroep.ASIELSTATUSHOUDER, TERMIJN_START.minusMonths(3), true, null, "test", Instant.now());
        dossier.pipVastgesteld(TERMIJN_START, TERMIJN_EINDE);
        return dossiers.save(dossier);
    }

    /** A case for the fact; with a bedrag, its boetebeschikking is signed the day after the conduct. */
    HandhavingZaak zaak(Dossier dossier, Gedraging gedraging, LocalDate van, LocalDate tot, BigDecimal opgelegd) {
        int volgnummer = (int) zaken.countByDossierId(dossier.getId()) + 1;
        HandhavingZaak zaak = new HandhavingZaak(dossier.getId(), dossier.getDossiernummer(), volgnummer, gedraging, van,
                tot, HandhavingSignaal.Bron.CASEMANAGER, "Test: " + gedraging, "cm.hoorn", Instant.now());
        if (opgelegd != null) {
            zaak.boeteOpgelegd(opgelegd, tot.plusDays(1));
        }
        return zaken.save(zaak);
    }

    /** A case with a computed fine that was never signed (no beschikking): it counts for nothing. */
    HandhavingZaak zaakZonderBeschikking(Dossier dossier, Gedraging gedraging, LocalDate dag, BigDecimal berekend) {
        HandhavingZaak zaak = zaak(dossier, gedraging, dag, dag, null);
        zaak.boeteBerekend(berekend, "test", "test");
        return zaken.save(zaak);
    }

    EerdereBoete eerdereBoete(Dossier dossier, Gedraging gedraging, LocalDate gedragsdatum, BigDecimal bedrag) {
        return eerdereBoetes.save(new EerdereBoete(dossier.getId(), "GM0363", gedraging, gedragsdatum,
                gedragsdatum.plusDays(20), bedrag, "AMS-BOETE-" + gedragsdatum, "cm.hoorn", Instant.now()));
    }

    PwMaatregel maatregel(Dossier dossier, Gedraging gedraging, LocalDate van, LocalDate tot) {
        return maatregelen.save(new PwMaatregel(dossier.getId(), gedraging, van, tot, tot.plusDays(10), 20,
                "Verlaging bijstand wegens hetzelfde verzuim", "ic.hoorn", Instant.now()));
    }
}
