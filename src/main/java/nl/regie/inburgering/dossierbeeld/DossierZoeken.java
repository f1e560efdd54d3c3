package nl.regie.inburgering.dossierbeeld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Bsn;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.dossier.Persoon;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.voortgang.Voortgangsgesprek;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.Validatie;

/**
 * Finding dossiers for the dossier view, always within the user's own gemeenten: by name, dossier number, birth date
 * or (for the roles that see the BSN) BSN — each dossier found by BSN is recorded in its audit trail — and "Mijn
 * dossiers": the running dossiers of the user's gemeenten that the user opened, drafted a PIP of, held a voortgangsgesprek
 * in, or holds or held a task of (so also dossiers without an open task).
 */
@Service
public class DossierZoeken {

    public static final String AUDIT_BSN = "GEZOCHT_OP_BSN";
    static final int MAX_GROOTTE = 100;
    private static final Pattern DOSSIERNUMMER = Pattern.compile("(?i)INB-[0-9-]*");
    private static final List<DossierStatus> GESLOTEN = List.of(DossierStatus.BEEINDIGD, DossierStatus.GESLOTEN_GEEN_PLICHT);
    private static final Sort VOLGORDE = Sort.by("persoon.achternaam", "persoon.voornamen", "dossiernummer");

    /** A page of dossiers, and what the user may do in the view (the page shows the BSN field only to who may). */
    public record Resultaat(List<Dossierbeeld.Regel> resultaten, int pagina, int grootte, long totaal, DossierRechten mag) {
    }

    private final DossierZoekRepository dossiers;
    private final DossierTaken taken;
    private final Dossierbeeld beeld;
    private final InzageRepository inzagelog;

    public DossierZoeken(DossierZoekRepository dossiers, DossierTaken taken, Dossierbeeld beeld, InzageRepository inzagelog) {
        this.dossiers = dossiers;
        this.taken = taken;
        this.beeld = beeld;
        this.inzagelog = inzagelog;
    }

    /** The search of the "Dossiers" page; every criterion given must match. */
    @Transactional
    public Resultaat zoek(String zoek, String geboortedatum, String bsn, Integer pagina, Integer grootte, Gebruiker gebruiker) {
        Validatie v = new Validatie();
        String tekst = zoek == null ? "" : zoek.trim();
        String nummer = blanco(bsn);
        LocalDate geboren = null;
        if (tekst.isEmpty() && blanco(geboortedatum) == null && nummer == null) {
            v.fout("zoek", "vul een naam, dossiernummer, geboortedatum of BSN in");
        }
        if (!tekst.isEmpty() && !DOSSIERNUMMER.matcher(tekst).matches() && tekst.length() < 2) {
            v.fout("zoek", "vul minstens twee letters van de naam in");
        }
        if (tekst.length() > 100 || !Validatie.toegestaneTekens(tekst, false)) {
            v.fout("zoek", "is langer dan 100 tekens of bevat een ongeldig teken");
        }
        if (blanco(geboortedatum) != null) {
            geboren = Dossierbeeld.Datum.lees(geboortedatum);
            if (geboren == null) {
                v.fout("geboortedatum", "is geen datum (dd-mm-jjjj)");
            }
        }
        if (nummer != null && !Bsn.isGeldig(nummer)) {
            v.fout("bsn", "is geen geldig BSN (9 cijfers, elfproef)");
        }
        PageRequest pageRequest = pagina(pagina, grootte, v);
        v.controleer();
        if (nummer != null && !DossierRechten.van(gebruiker).bsn()) {
            throw new GeenToegangException("Zoeken op BSN is voor de casemanager, de teamleider en de inkomensconsulent.");
        }
        Specification<Dossier> criteria = inGemeenten(gebruiker);
        if (!tekst.isEmpty()) {
            criteria = criteria.and(DOSSIERNUMMER.matcher(tekst).matches() ? nummerBegintMet(tekst) : naamBevat(tekst));
        }
        if (geboren != null) {
            LocalDate dag = geboren;
            criteria = criteria.and((d, q, cb) -> cb.equal(d.get("persoon").get("geboortedatum"), dag));
        }
        if (nummer != null) {
            criteria = criteria.and((d, q, cb) -> cb.equal(d.get("persoon").get("bsn"), nummer));
        }
        Page<Dossier> gevonden = dossiers.findAll(criteria, pageRequest);
        if (nummer != null) {
            gevonden.forEach(d -> inzagelog.save(new Inzage(d.getId(), gebruiker.id(), AUDIT_BSN, Instant.now())));
        }
        return resultaat(gevonden, gebruiker);
    }

    /** "Mijn dossiers": the user's caseload, the running dossiers unless {@code ookAfgesloten}. */
    @Transactional(readOnly = true)
    public Resultaat mijn(boolean ookAfgesloten, Integer pagina, Integer grootte, Gebruiker gebruiker) {
        Validatie v = new Validatie();
        PageRequest pageRequest = pagina(pagina, grootte, v);
        v.controleer();
        Set<String> nummers = taken.gewerktDoor(gebruiker.id(), gebruiker.gemeenten());
        Specification<Dossier> mijn = (d, q, cb) -> {
            List<Predicate> of = new ArrayList<>();
            of.add(cb.equal(d.get("geopendDoor"), gebruiker.id()));
            // in the page's own query (V40's indexes), not as a list of ids: a casemanager's PIPs and conversations
            // run into the thousands over three years, and every id would be a parameter of the page and its count
            Subquery<Long> pip = q.subquery(Long.class);
            Root<PipVersie> versie = pip.from(PipVersie.class);
            pip.select(versie.get("dossierId")).where(cb.equal(versie.get("opgesteldDoor"), gebruiker.id()));
            of.add(d.get("id").in(pip));
            Subquery<Long> gesprek = q.subquery(Long.class);
            Root<Voortgangsgesprek> gevoerd = gesprek.from(Voortgangsgesprek.class);
            gesprek.select(gevoerd.get("dossierId")).where(cb.equal(gevoerd.get("gevoerdDoor"), gebruiker.id()));
            of.add(d.get("id").in(gesprek));
            if (!nummers.isEmpty()) {
                of.add(d.get("dossiernummer").in(nummers));
            }
            return cb.or(of.toArray(Predicate[]::new));
        };
        Specification<Dossier> criteria = inGemeenten(gebruiker).and(mijn);
        if (!ookAfgesloten) {
            criteria = criteria.and((d, q, cb) -> cb.not(d.get("status").in(GESLOTEN)));
        }
        return resultaat(dossiers.findAll(criteria, pageRequest), gebruiker);
    }

    private Resultaat resultaat(Page<Dossier> gevonden, Gebruiker gebruiker) {
        Map<String, Long> open = beeld.aantalOpen(gevonden.getContent());
        return new Resultaat(gevonden.getContent().stream()
                .map(d -> beeld.regel(d, gebruiker, open.getOrDefault(d.getDossiernummer(), 0L))).toList(),
                gevonden.getNumber(), gevonden.getSize(), gevonden.getTotalElements(), DossierRechten.van(gebruiker));
    }

    private static PageRequest pagina(Integer pagina, Integer grootte, Validatie v) {
        int p = pagina == null ? 0 : pagina;
        int g = grootte == null ? 20 : grootte;
        if (p < 0 || p > 10_000) {
            v.fout("pagina", "moet tussen 0 en 10000 liggen");
        }
        if (g < 1 || g > MAX_GROOTTE) {
            v.fout("grootte", "moet tussen 1 en " + MAX_GROOTTE + " liggen");
        }
        return PageRequest.of(Math.max(0, Math.min(p, 10_000)), Math.max(1, Math.min(g, MAX_GROOTTE)), VOLGORDE);
    }

    /** Only the user's own gemeenten; a user without any finds nothing. */
    private static Specification<Dossier> inGemeenten(Gebruiker gebruiker) {
        List<String> gemeenten = gebruiker.gemeenten();
        return (d, q, cb) -> gemeenten.isEmpty() ? cb.disjunction() : d.get("gemeente").in(gemeenten);
    }

    private static Specification<Dossier> nummerBegintMet(String tekst) {
        String patroon = escape(tekst.toUpperCase(Locale.ROOT)) + "%";
        return (d, q, cb) -> cb.like(cb.upper(d.get("dossiernummer")), patroon, '\\');
    }

    /** Every word in the first names or the surname, case-insensitive. */
    private static Specification<Dossier> naamBevat(String tekst) {
        return (d, q, cb) -> {
            Join<Dossier, Persoon> p = d.join("persoon");
            List<Predicate> alle = new ArrayList<>();
            for (String woord : tekst.toLowerCase(Locale.ROOT).split("\\s+")) {
                String patroon = "%" + escape(woord) + "%";
                alle.add(cb.or(cb.like(cb.lower(p.get("voornamen")), patroon, '\\'),
                        cb.like(cb.lower(p.get("achternaam")), patroon, '\\')));
            }
            return cb.and(alle.toArray(Predicate[]::new));
        };
    }

    private static String escape(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blanco(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }
}
