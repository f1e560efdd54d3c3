package nl.regie.inburgering.voortgang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.handhaving.HandhavingSignaalRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;

/**
 * The voortgangsgesprekken of a dossier for the gemeente's staff (casemanager, teamleider, handhaving): the
 * interval, the next planned conversation, every conversation held with its outcome, the open handhaving signals and
 * the ontheffing advices. Reading it is logged in the dossier's audit trail.
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}", produces = "application/json")
public class VoortgangController {

    public record GesprekAntwoord(LocalDate geplandOp, LocalDate datum, String uitkomst, String participatie,
                                  String verslag, String gevoerdDoor) {
    }

    public record SignaalAntwoord(Long id, String bron, LocalDate datum, String omschrijving, String status,
                                  String gemeldDoor) {
    }

    public record VoortgangAntwoord(String interval, boolean intervalUitPip, LocalDate volgendGesprek,
                                    List<GesprekAntwoord> gesprekken, List<SignaalAntwoord> handhavingsignalen,
                                    List<GesprekAntwoord> ontheffingsadviezen) {
    }

    private final DossierRepository dossiers;
    private final VoortgangsgesprekRepository gesprekken;
    private final HandhavingSignaalRepository signalen;
    private final Voortgangsplanning planning;
    private final InzageRepository inzagelog;

    public VoortgangController(DossierRepository dossiers, VoortgangsgesprekRepository gesprekken,
                               HandhavingSignaalRepository signalen, Voortgangsplanning planning,
                               InzageRepository inzagelog) {
        this.dossiers = dossiers;
        this.gesprekken = gesprekken;
        this.signalen = signalen;
        this.planning = planning;
        this.inzagelog = inzagelog;
    }

    @GetMapping("/voortgang")
    @Transactional
    public VoortgangAntwoord toon(@PathVariable String dossiernummer,
                                  @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (!(gebruiker.inGroep(Rollen.CASEMANAGER) || gebruiker.inGroep(Rollen.TEAMLEIDER)
                || gebruiker.inGroep(Rollen.HANDHAVING))) {
            throw new GeenToegangException("De voortgangsgesprekken zijn voor de casemanager, de teamleider en handhaving.");
        }
        Dossier dossier = dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
        inzagelog.save(new Inzage(dossier.getId(), gebruiker.id(), "VOORTGANG_GELEZEN", Instant.now()));
        List<GesprekAntwoord> alle = gesprekken.findByDossierIdOrderById(dossier.getId()).stream()
                .map(g -> new GesprekAntwoord(g.getGeplandOp(), g.getDatum(), g.getUitkomst().name(),
                        g.getParticipatie().name(), g.getVerslag(), g.getGevoerdDoor()))
                .toList();
        return new VoortgangAntwoord(planning.interval(dossier).toString(), planning.intervalUitPip(dossier),
                dossier.isLopend() ? planning.volgendeDatum(dossier) : null, alle,
                signalen.findByDossierIdOrderById(dossier.getId()).stream()
                        .map(s -> new SignaalAntwoord(s.getId(), s.getBron().name(), s.getDatum(), s.getOmschrijving(),
                                s.getStatus().name(), s.getGemeldDoor()))
                        .toList(),
                alle.stream().filter(g -> Voortgangsgesprek.Uitkomst.ONTHEFFING_ADVISEREN.name().equals(g.uitkomst()))
                        .toList());
    }
}
