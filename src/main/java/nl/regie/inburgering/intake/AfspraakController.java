package nl.regie.inburgering.intake;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * The brede-intake appointment that waits for its verschijning: shown, and moved ("afspraak verzet") by the
 * casemanager of the dossier's gemeente ({@link AfspraakVerzetten}).
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}/intake-afspraak", produces = "application/json")
public class AfspraakController {

    /** {@code datum}: the new appointment date; {@code reden}: only for a date after the PIP limit. */
    public record VerzetVerzoek(LocalDate datum, String reden) {
    }

    private final AfspraakVerzetten verzetten;
    private final DossierRepository dossiers;

    public AfspraakController(AfspraakVerzetten verzetten, DossierRepository dossiers) {
        this.verzetten = verzetten;
        this.dossiers = dossiers;
    }

    @GetMapping
    public AfspraakVerzetten.Afspraak toon(@PathVariable String dossiernummer,
                                          @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        return verzetten.open(casemanagerDossier(dossiernummer, gebruiker)).orElseThrow(() -> new NietGevondenException(
                "Er is geen afspraak voor de brede intake die nog verzet kan worden."));
    }

    @PostMapping(consumes = "application/json")
    public AfspraakVerzetten.Afspraak verzet(@PathVariable String dossiernummer, @RequestBody VerzetVerzoek verzoek,
                                            @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = casemanagerDossier(dossiernummer, gebruiker);
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        return verzetten.verzet(dossier, verzoek.datum(), verzoek.reden(), gebruiker.id());
    }

    /** Other gemeenten' dossiers answer 404; in the own gemeente only the casemanager moves an appointment. */
    private Dossier casemanagerDossier(String dossiernummer, Gebruiker gebruiker) {
        Dossier dossier = dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
        if (!gebruiker.inGroep(Rollen.CASEMANAGER)) {
            throw new GeenToegangException("Alleen de casemanager verzet een afspraak voor de brede intake.");
        }
        return dossier;
    }
}
