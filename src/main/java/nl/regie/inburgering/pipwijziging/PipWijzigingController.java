package nl.regie.inburgering.pipwijziging;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.leerroute.LeerrouteController.RoutewisselAntwoord;
import nl.regie.inburgering.leerroute.LeerrouteController.RoutewisselVerzoek;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/**
 * PIP changes over our API: the casemanager asks (202; the draft follows in Tasklist), and the route switch as
 * before ({@code /leerroutewissel}: the request is the draft and goes straight to a teamleider).
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}", produces = "application/json")
public class PipWijzigingController {

    public record PipWijzigingVerzoek(List<String> soorten, String reden) {
    }

    public record PipWijzigingAntwoord(Long id, String status, String aanleiding, List<String> soorten, String reden,
                                       String aangevraagdDoor, LocalDate aangevraagdOp, String opgesteldDoor,
                                       String beoordeeldDoor, LocalDate beoordeeldOp, String opmerking, Integer pipVersie) {
        static PipWijzigingAntwoord van(PipWijziging w) {
            return new PipWijzigingAntwoord(w.getId(), w.getStatus().name(), w.getAanleiding(),
                    w.soorten().stream().map(Enum::name).toList(), w.getReden(), w.getAangevraagdDoor(),
                    w.getAangevraagdOp(), w.getOpgesteldDoor(), w.getBeoordeeldDoor(), w.getBeoordeeldOp(),
                    w.getOpmerking(), w.getPipVersie());
        }
    }

    private final PipWijzigingService service;
    private final PipWijzigingRepository wijzigingen;
    private final DossierRepository dossiers;

    public PipWijzigingController(PipWijzigingService service, PipWijzigingRepository wijzigingen, DossierRepository dossiers) {
        this.service = service;
        this.wijzigingen = wijzigingen;
        this.dossiers = dossiers;
    }

    @GetMapping("/pip-wijzigingen")
    public List<PipWijzigingAntwoord> toon(@PathVariable String dossiernummer,
                                           @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = eigenDossier(dossiernummer, gebruiker);
        return wijzigingen.findByDossierIdOrderById(dossier.getId()).stream().map(PipWijzigingAntwoord::van).toList();
    }

    /** The casemanager asks for a change of these kinds: 202, the draft task follows in Tasklist. */
    @PostMapping(path = "/pip-wijzigingen", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public PipWijzigingAntwoord vraagAan(@PathVariable String dossiernummer, @RequestBody PipWijzigingVerzoek verzoek,
                                         @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        eigenDossier(dossiernummer, gebruiker);
        alleenCasemanager(gebruiker, "Alleen de casemanager vraagt een PIP-wijziging aan.");
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie().verplicht("soorten", verzoek.soorten()).tekst("reden", verzoek.reden(), 2000);
        Set<PipWijzigingSoort> soorten = EnumSet.noneOf(PipWijzigingSoort.class);
        if (verzoek.soorten() != null) {
            if (verzoek.soorten().isEmpty() || verzoek.soorten().size() > PipWijzigingSoort.values().length) {
                v.fout("soorten", "noem een tot " + PipWijzigingSoort.values().length + " soorten");
            }
            for (String soort : verzoek.soorten()) {
                if (soort == null || Arrays.stream(PipWijzigingSoort.values()).noneMatch(s -> s.name().equals(soort))) {
                    v.fout("soorten", "elke soort moet een van " + Arrays.toString(PipWijzigingSoort.values()) + " zijn");
                    break;
                }
                soorten.add(PipWijzigingSoort.valueOf(soort));
            }
        }
        v.controleer();
        return PipWijzigingAntwoord.van(service.vraagAan(dossiernummer, soorten, verzoek.reden(),
                PipWijzigingService.AANLEIDING_CASEMANAGER, gebruiker.id()));
    }

    /** The route switch (a PIP change of kind leerroute), answered as before: 202 with status AANGEVRAAGD. */
    @PostMapping(path = "/leerroutewissel", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public RoutewisselAntwoord wissel(@PathVariable String dossiernummer, @RequestBody RoutewisselVerzoek verzoek,
                                      @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        eigenDossier(dossiernummer, gebruiker);
        alleenCasemanager(gebruiker, "Alleen de casemanager wisselt de leerroute.");
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie().verplicht("leerroute", verzoek.leerroute()).tekst("reden", verzoek.reden(), 2000);
        if (verzoek.leerroute() != null && Arrays.stream(Leerroute.values()).noneMatch(l -> l.name().equals(verzoek.leerroute()))) {
            v.fout("leerroute", "moet een van " + Arrays.toString(Leerroute.values()) + " zijn");
        }
        v.controleer();
        return RoutewisselAntwoord.van(service.vraagRoutewisselAan(dossiernummer, Leerroute.valueOf(verzoek.leerroute()),
                verzoek.reden(), gebruiker.id()));
    }

    private static void alleenCasemanager(Gebruiker gebruiker, String melding) {
        if (!gebruiker.inGroep(Rollen.CASEMANAGER)) {
            throw new GeenToegangException(melding);
        }
    }

    private Dossier eigenDossier(String dossiernummer, Gebruiker gebruiker) {
        return dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }
}
