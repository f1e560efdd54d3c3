package nl.regie.inburgering.brieven;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Generates, stores and records a dossier's letters. Each letter is rendered from our tables' facts (never a
 * process variable a caller wrote), stored as PDF in {@code brief} and its sending recorded in the dossier's audit
 * trail (actie {@value #AUDIT_VERZONDEN}). Runs in the caller's transaction ({@link Propagation#MANDATORY}): the step
 * that sends the letter and the letter succeed or fail together, so a failed letter fails the step (a retried job,
 * then an incident) and nothing is half-written.
 */
@Service
public class Brieven {

    public static final String AUDIT_VERZONDEN = "BRIEF_VERZONDEN";
    public static final String AUDIT_GEDOWNLOAD = "BRIEF_GEDOWNLOAD";

    static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", BriefOpmaak.NL);

    private static final Logger LOG = LoggerFactory.getLogger(Brieven.class);

    private final BriefOpmaak opmaak;
    private final BriefRepository brieven;
    private final InzageRepository auditlog;
    private final Gemeenten gemeenten;

    public Brieven(BriefOpmaak opmaak, BriefRepository brieven, InzageRepository auditlog, Gemeenten gemeenten) {
        this.opmaak = opmaak;
        this.brieven = brieven;
        this.auditlog = auditlog;
        this.gemeenten = gemeenten;
    }

    /**
     * Renders, stores and records one letter.
     *
     * @param gegevens    the letter's own facts (the common ones, gemeente, name, dossiernummer, date, are added here)
     * @param verzondenOp the letter's date: the day it is sent (for a beschikking its dagtekening)
     * @param pipVersie   the PIP version a PIP letter announces, else null
     * @param door        who sends it (a user id, or the process step)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Brief verstuur(Dossier dossier, BriefSoort soort, String titel, Map<String, Object> gegevens,
                          LocalDate verzondenOp, Integer pipVersie, String door) {
        Gemeente gemeente = gemeenten.metTenantId(dossier.getGemeente());
        Map<String, Object> model = new LinkedHashMap<>(gegevens);
        model.put("titel", titel);
        model.put("gemeente", gemeente.naam());
        model.put("gemeenteContact", gemeente.contact());
        model.put("naam", dossier.getPersoon().volledigeNaam());
        model.put("dossiernummer", dossier.getDossiernummer());
        model.put("datumKort", kort(verzondenOp));
        model.put("datumVoluit", voluit(verzondenOp));
        byte[] pdf = opmaak.pdf(soort.sjabloon(), model);
        Brief brief = brieven.save(new Brief(dossier.getId(), soort, titel, pipVersie, Instant.now(), door,
                verzondenOp, pdf, checksum(pdf)));
        auditlog.save(new Inzage(dossier.getId(), door, AUDIT_VERZONDEN, Instant.now()));
        LOG.info("Brief {} ({}) verzonden voor dossier-id {}", brief.getId(), soort, dossier.getId());
        return brief;
    }

    /** Whether the dossier already has this letter (of this PIP version): a retried step sends none twice. */
    public boolean bestaat(Dossier dossier, BriefSoort soort, Integer pipVersie) {
        return brieven.findFirstByDossierIdAndSoortAndPipVersieOrderByIdDesc(dossier.getId(), soort, pipVersie).isPresent();
    }

    public static String kort(LocalDate datum) {
        return datum == null ? "" : KORT.format(datum);
    }

    public static String voluit(LocalDate datum) {
        return datum == null ? "" : VOLUIT.format(datum);
    }

    static String checksum(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
