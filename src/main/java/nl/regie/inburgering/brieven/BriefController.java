package nl.regie.inburgering.brieven;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;

/**
 * A dossier's letters for the gemeente's staff who work its tasks (casemanager, teamleider, inkomensconsulent,
 * handhaving) of that gemeente; not for the procesbeheerder (process management, not the dossier's contents) nor for
 * the partners, COA or DUO (403); another gemeente's dossier is not found (404). Each download is recorded in the
 * dossier's audit trail ({@value Brieven#AUDIT_GEDOWNLOAD}).
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}/brieven")
public class BriefController {

    public record BriefRegel(Long id, String soort, String titel, LocalDate verzondenOp, Integer pipVersie,
                             Instant aangemaaktOp) {
    }

    private final DossierRepository dossiers;
    private final BriefRepository brieven;
    private final InzageRepository auditlog;

    public BriefController(DossierRepository dossiers, BriefRepository brieven, InzageRepository auditlog) {
        this.dossiers = dossiers;
        this.brieven = brieven;
        this.auditlog = auditlog;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public List<BriefRegel> lijst(@PathVariable String dossiernummer,
                                  @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = dossier(dossiernummer, gebruiker);
        auditlog.save(new Inzage(dossier.getId(), gebruiker.id(), "BRIEVEN_GELEZEN", Instant.now()));
        return brieven.regelsVan(dossier.getId());
    }

    @GetMapping(path = "/{id}")
    @Transactional
    public ResponseEntity<byte[]> download(@PathVariable String dossiernummer, @PathVariable Long id,
                                           @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = dossier(dossiernummer, gebruiker);
        Brief brief = brieven.findByIdAndDossierId(id, dossier.getId())
                .orElseThrow(() -> new NietGevondenException("Deze brief bestaat niet in dit dossier."));
        auditlog.save(new Inzage(dossier.getId(), gebruiker.id(), Brieven.AUDIT_GEDOWNLOAD, Instant.now()));
        String bestand = dossier.getDossiernummer() + "-" + brief.getSoort().sjabloon() + "-" + brief.getId() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bestand).build().toString())
                .header("X-Checksum-SHA256", brief.getChecksum())
                .body(brief.getInhoud());
    }

    private Dossier dossier(String dossiernummer, Gebruiker gebruiker) {
        if (Rollen.TAAKROLLEN.stream().noneMatch(gebruiker::inGroep)) {
            throw new GeenToegangException("De brieven van een dossier zijn voor de medewerkers van de gemeente"
                    + " (casemanager, teamleider, inkomensconsulent, handhaving).");
        }
        return dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }
}
