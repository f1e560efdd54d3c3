package nl.regie.inburgering.verhuizing;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/**
 * {@code POST /api/dossiers/{nr}/verhuizing} (moved out; the casemanager of the dossier's gemeente, DUO or COA) and
 * {@code POST /api/dossiers/{nr}/heropening} (a closed dossier reopened; its casemanager or DUO). 201 when recorded
 * now, 200 when the same was recorded before; another gemeente's dossier answers 404. The audit rows are written by
 * {@link VerhuizingService} in the transaction of the move or reopening.
 */
@RestController
@RequestMapping(path = "/api/dossiers", produces = "application/json")
public class VerhuizingController {

    /** The body of a move: the CBS code of the new gemeente and the day of the registration there. */
    public record VerhuizingVerzoek(String naarGemeente, LocalDate datum) {
    }

    /** The body of a reopening: why ({@link Heropeningsreden}) and since when. */
    public record HeropeningVerzoek(String reden, LocalDate datum) {
    }

    /** The old dossier's number and status, and the follow-up dossier's number and gemeente when there is one. */
    public record OvergangAntwoord(String dossiernummer, String status, String nieuwDossiernummer, String nieuweGemeente) {
    }

    private final VerhuizingService service;
    private final DossierRepository dossiers;

    public VerhuizingController(VerhuizingService service, DossierRepository dossiers) {
        this.service = service;
        this.dossiers = dossiers;
    }

    @PostMapping(path = "/{dossiernummer}/verhuizing", consumes = "application/json")
    public ResponseEntity<OvergangAntwoord> verhuizing(@PathVariable String dossiernummer,
                                                       @RequestBody VerhuizingVerzoek verzoek,
                                                       @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = zichtbaarDossier(dossiernummer, gebruiker);
        if (!(gebruiker.inGroep(Rollen.DUO) || gebruiker.inGroep(Rollen.COA) || gebruiker.inGroep(Rollen.CASEMANAGER))) {
            throw new GeenToegangException("Een verhuizing wordt geregistreerd door DUO, COA of de casemanager van de gemeente.");
        }
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie().verplicht("naarGemeente", verzoek.naarGemeente()).verplicht("datum", verzoek.datum())
                .datumInHetVerleden("datum", verzoek.datum());
        if (verzoek.naarGemeente() != null && !verzoek.naarGemeente().matches("[0-9]{4}")) {
            v.fout("naarGemeente", "is geen CBS-gemeentecode (vier cijfers)");
        } else if (verzoek.naarGemeente() != null && ("GM" + verzoek.naarGemeente()).equals(dossier.getGemeente())) {
            v.fout("naarGemeente", "is de gemeente van het dossier zelf");
        }
        if (verzoek.datum() != null && verzoek.datum().isBefore(dossier.getKoppelingsdatum())) {
            v.fout("datum", "ligt voor de koppelingsdatum van het dossier");
        }
        v.controleer();
        // the service writes the audit rows (VERHUIZING on this dossier, GEOPEND on the follow-up) in its transaction
        VerhuizingService.Overgang overgang = service.verhuis(dossier, verzoek.naarGemeente(), verzoek.datum(), gebruiker.id());
        return antwoord(overgang);
    }

    @PostMapping(path = "/{dossiernummer}/heropening", consumes = "application/json")
    public ResponseEntity<OvergangAntwoord> heropening(@PathVariable String dossiernummer,
                                                      @RequestBody HeropeningVerzoek verzoek,
                                                      @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = zichtbaarDossier(dossiernummer, gebruiker);
        if (!(gebruiker.inGroep(Rollen.DUO) || gebruiker.inGroep(Rollen.CASEMANAGER))) {
            throw new GeenToegangException("Een dossier wordt heropend door DUO of de casemanager van de gemeente.");
        }
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie().verplicht("reden", verzoek.reden()).verplicht("datum", verzoek.datum())
                .datumInHetVerleden("datum", verzoek.datum());
        if (verzoek.reden() != null && Arrays.stream(Heropeningsreden.values()).noneMatch(r -> r.name().equals(verzoek.reden()))) {
            v.fout("reden", "moet een van " + Arrays.toString(Heropeningsreden.values()) + " zijn");
        }
        if (verzoek.datum() != null && dossier.getAfgeslotenOp() != null && verzoek.datum().isBefore(dossier.getAfgeslotenOp())) {
            v.fout("datum", "ligt voor de datum waarop het dossier is afgesloten");
        }
        v.controleer();
        VerhuizingService.Overgang overgang = service.heropen(dossier, Heropeningsreden.valueOf(verzoek.reden()),
                verzoek.datum(), gebruiker.id()); // with its audit rows (HEROPENING, GEOPEND), in its transaction
        return antwoord(overgang);
    }

    private ResponseEntity<OvergangAntwoord> antwoord(VerhuizingService.Overgang overgang) {
        Dossier oud = dossiers.findById(overgang.oud().getId()).orElseThrow();
        OvergangAntwoord antwoord = new OvergangAntwoord(oud.getDossiernummer(), oud.getStatus().name(),
                overgang.nieuw() == null ? null : overgang.nieuw().getDossiernummer(),
                overgang.nieuw() == null ? null : overgang.nieuw().getGemeente().substring(2));
        return ResponseEntity.status(overgang.vastgelegd() ? 201 : 200).body(antwoord);
    }

    /** Other gemeenten' dossiers answer 404 (as in the dossier API): their existence is not ours to reveal. */
    private Dossier zichtbaarDossier(String dossiernummer, Gebruiker gebruiker) {
        if (gebruiker.inGroep(Rollen.PARTNER)) {
            throw new GeenToegangException("Partners werken met hun externe taken, niet met dossiers.");
        }
        return dossiers.findByDossiernummer(dossiernummer)
                .filter(d -> gebruiker.inGroep(Rollen.COA) || gebruiker.inGroep(Rollen.DUO) || gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }
}
