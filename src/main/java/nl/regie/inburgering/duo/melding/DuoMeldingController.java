package nl.regie.inburgering.duo.melding;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.NietGevondenException;

/**
 * What the gemeente reported to DUO for a dossier (casemanager, teamleider, procesbeheerder of its gemeente): each
 * fact, its state, DUO's answer and kenmerk, and the casemanager's decision on a refusal — never the BSN. The
 * casemanager asks DUO for the examennummer to plan the leerbaarheidstoets (Leerbaarheidstoets.yml): once per
 * dossier; DUO's number appears here.
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}", produces = "application/json")
public class DuoMeldingController {

    public record MeldingAntwoord(String soort, String omschrijving, String status, Instant aangemaaktOp,
                                  Instant verzondenOp, String duoAntwoord, String kenmerk, String herstel,
                                  String herstelDoor) {
        static MeldingAntwoord van(DuoMelding m) {
            return new MeldingAntwoord(m.getSoort().name(), m.getOmschrijving(), m.getStatus().name(), m.getAangemaaktOp(),
                    m.getVerzondenOp(), m.getDuoAntwoord(), m.getKenmerk(),
                    m.getHerstelActie() == null ? null : m.getHerstelActie().name(), m.getHerstelDoor());
        }
    }

    private final DossierRepository dossiers;
    private final DuoMeldingen meldingen;
    private final InzageRepository inzagelog;

    public DuoMeldingController(DossierRepository dossiers, DuoMeldingen meldingen, InzageRepository inzagelog) {
        this.dossiers = dossiers;
        this.meldingen = meldingen;
        this.inzagelog = inzagelog;
    }

    @GetMapping("/duo-meldingen")
    @Transactional
    public List<MeldingAntwoord> toon(@PathVariable String dossiernummer,
                                      @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (!(gebruiker.inGroep(Rollen.CASEMANAGER) || gebruiker.inGroep(Rollen.TEAMLEIDER)
                || gebruiker.inGroep(Rollen.PROCESBEHEERDER))) {
            throw new GeenToegangException("De meldingen aan DUO zijn voor de casemanager, de teamleider en de procesbeheerder.");
        }
        Dossier dossier = dossier(dossiernummer, gebruiker);
        inzagelog.save(new Inzage(dossier.getId(), gebruiker.id(), "DUO_MELDINGEN_GELEZEN", Instant.now()));
        return meldingen.vanDossier(dossier).stream().map(MeldingAntwoord::van).toList();
    }

    @PostMapping("/duo-meldingen/examennummer")
    @Transactional
    public ResponseEntity<MeldingAntwoord> examennummer(@PathVariable String dossiernummer,
                                                        @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (!gebruiker.inGroep(Rollen.CASEMANAGER)) {
            throw new GeenToegangException("Een examennummer voor de leerbaarheidstoets vraagt de casemanager aan.");
        }
        Dossier dossier = dossier(dossiernummer, gebruiker);
        if (!dossier.isLopend()) {
            throw new ConflictException("Het dossier is gesloten.");
        }
        boolean nieuw = meldingen.vanDossier(dossier).stream().noneMatch(m -> m.getSoort() == DuoMeldingSoort.LBT_EXAMENNUMMER);
        DuoMelding melding = meldingen.registreer(dossier, DuoMeldingSoort.LBT_EXAMENNUMMER, null).orElseThrow();
        inzagelog.save(new Inzage(dossier.getId(), gebruiker.id(), "DUO_EXAMENNUMMER_GEVRAAGD", Instant.now()));
        return ResponseEntity.status(nieuw ? HttpStatus.ACCEPTED : HttpStatus.OK).body(MeldingAntwoord.van(melding));
    }

    private Dossier dossier(String dossiernummer, Gebruiker gebruiker) {
        return dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }
}
