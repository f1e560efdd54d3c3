package nl.regie.inburgering.handhaving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/**
 * The casemanager (or handhaving) reports conduct by hand: {@code POST /api/dossiers/{nr}/handhaving/signalen}. The
 * signal is the dossier event {@link HandhavingSignaalGemeld} (bron CASEMANAGER), handled in this transaction like
 * every other source's; the answer is the signal row as it stands after the event (status, and the case once one
 * started). The report is recorded on the dossier's audit trail.
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}/handhaving", produces = "application/json")
public class HandhavingSignaalController {

    /** The Wet inburgering 2021 applies from this day: no conduct under it before. */
    static final LocalDate WET_VAN_KRACHT = LocalDate.of(2022, 1, 1);
    static final int MAX_OMSCHRIJVING = 2000;
    static final String AUDIT_ACTIE = "HANDHAVINGSIGNAAL_GEMELD";

    public record SignaalVerzoek(String gedraging, LocalDate periodeVan, LocalDate periodeTot, String omschrijving) {
    }

    public record SignaalAntwoord(Long id, String bron, String gedraging, LocalDate periodeVan, LocalDate periodeTot,
                                  String omschrijving, String status, Long zaakId, String zaaknummer, String gemeldDoor) {
    }

    private final DossierRepository dossiers;
    private final HandhavingSignaalRepository signalen;
    private final HandhavingZaakRepository zaken;
    private final InzageRepository inzagelog;
    private final ApplicationEventPublisher publisher;

    public HandhavingSignaalController(DossierRepository dossiers, HandhavingSignaalRepository signalen,
                                       HandhavingZaakRepository zaken, InzageRepository inzagelog,
                                       ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.signalen = signalen;
        this.zaken = zaken;
        this.inzagelog = inzagelog;
        this.publisher = publisher;
    }

    @PostMapping(path = "/signalen", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public SignaalAntwoord meld(@PathVariable String dossiernummer, @RequestBody SignaalVerzoek verzoek,
                                @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (!(gebruiker.inGroep(Rollen.CASEMANAGER) || gebruiker.inGroep(Rollen.HANDHAVING))) {
            throw new GeenToegangException("Een handhavingssignaal melden de casemanager en handhaving.");
        }
        Dossier dossier = dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        controleer(verzoek);
        if (!dossier.isLopend()) {
            throw new ConflictException("Het dossier loopt niet meer: er kan geen handhavingssignaal meer worden gemeld.");
        }
        publisher.publishEvent(new HandhavingSignaalGemeld(dossier.getDossiernummer(), HandhavingSignaal.Bron.CASEMANAGER.name(),
                verzoek.gedraging(), verzoek.periodeVan(), verzoek.periodeTot(), verzoek.omschrijving().trim(), gebruiker.id()));
        inzagelog.save(new Inzage(dossier.getId(), gebruiker.id(), AUDIT_ACTIE, Instant.now()));
        HandhavingSignaal signaal = signalen.findByDossierIdOrderById(dossier.getId()).stream()
                .filter(s -> s.getBron() == HandhavingSignaal.Bron.CASEMANAGER && gebruiker.id().equals(s.getGemeldDoor()))
                .max(Comparator.comparing(HandhavingSignaal::getId))
                .orElseThrow(() -> new IllegalStateException("Het gemelde signaal is niet vastgelegd"));
        return antwoord(signaal);
    }

    private static void controleer(SignaalVerzoek verzoek) {
        Validatie v = new Validatie().verplicht("gedraging", verzoek.gedraging())
                .verplicht("periodeVan", verzoek.periodeVan()).verplicht("periodeTot", verzoek.periodeTot())
                .tekst("omschrijving", verzoek.omschrijving(), MAX_OMSCHRIJVING);
        if (verzoek.gedraging() != null && Arrays.stream(Gedraging.values()).noneMatch(g -> g.name().equals(verzoek.gedraging()))) {
            v.fout("gedraging", "moet een van " + Arrays.toString(Gedraging.values()) + " zijn");
        }
        for (String veld : new String[] {"periodeVan", "periodeTot"}) {
            LocalDate datum = "periodeVan".equals(veld) ? verzoek.periodeVan() : verzoek.periodeTot();
            if (datum != null && datum.isBefore(WET_VAN_KRACHT)) {
                v.fout(veld, "ligt voor " + WET_VAN_KRACHT + ", de inwerkingtreding van de Wet inburgering 2021");
            }
            v.nietInDeToekomst(veld, datum);
        }
        if (verzoek.periodeVan() != null && verzoek.periodeTot() != null && verzoek.periodeTot().isBefore(verzoek.periodeVan())) {
            v.fout("periodeTot", "ligt voor periodeVan");
        }
        v.controleer();
    }

    private SignaalAntwoord antwoord(HandhavingSignaal s) {
        String zaaknummer = s.getZaakId() == null ? null
                : zaken.findById(s.getZaakId()).map(HandhavingZaak::getZaaknummer).orElse(null);
        return new SignaalAntwoord(s.getId(), s.getBron().name(), s.getGedraging().name(), s.getPeriodeVan(),
                s.getPeriodeTot(), s.getOmschrijving(), s.getStatus().name(), s.getZaakId(), zaaknummer, s.getGemeldDoor());
    }
}
