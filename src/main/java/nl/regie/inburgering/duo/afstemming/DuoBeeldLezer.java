package nl.regie.inburgering.duo.afstemming;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import nl.regie.inburgering.duo.DuoClients;
import nl.regie.inburgering.duo.DuoProperties;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Doelgroep;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Inburgeringsplicht;
import nl.regie.inburgering.duo.generated.inburgeringstermijn.model.Inburgeringstermijn;
import nl.regie.inburgering.duo.generated.ontheffing.model.Ontheffing;
import nl.regie.inburgering.duo.generated.vrijstelling.model.Vrijstelling;

/**
 * Reads DUO's view of one person with the generated clients. A 404 is "DUO knows nothing" (null); any other failure
 * is {@link DuoNietGelezen} (no URL, no BSN in its text): the dossier is skipped this night and tried the next.
 */
@Component
class DuoBeeldLezer {

    static class DuoNietGelezen extends RuntimeException {
        DuoNietGelezen(String melding) {
            super(melding, null, false, false);
        }
    }

    private final DuoClients clients;
    private final DuoProperties duo;

    DuoBeeldLezer(DuoClients clients, DuoProperties duo) {
        this.clients = clients;
        this.duo = duo;
    }

    DuoBeeld lees(String bsn, String bron) {
        String doel = duo.getOin();
        Inburgeringsplicht plicht = lees("inburgeringsplicht",
                () -> clients.inburgeringsplicht().getInburgeringsplichtByBsn(bsn, bron, doel, UUID.randomUUID()));
        Doelgroep doelgroep = lees("doelgroep",
                () -> clients.doelgroep().getDoelgroepByBsn(bsn, doel, UUID.randomUUID(), bron));
        Inburgeringstermijn termijn = lees("inburgeringstermijn",
                () -> clients.inburgeringstermijn().getInburgeringstermijnByBsn(bsn, UUID.randomUUID(), bron, doel));
        List<Vrijstelling> vrijstellingen = lees("vrijstellingen",
                () -> clients.vrijstelling().getVrijstellingenByBsn(bsn, bron, UUID.randomUUID(), doel));
        List<Ontheffing> ontheffingen = lees("ontheffingen",
                () -> clients.ontheffing().getOntheffingenByBsn(bsn, UUID.randomUUID(), bron, doel));
        return new DuoBeeld(plicht == null ? null : plicht.getIndicatorInburgeringsplicht(),
                plicht == null || plicht.getRedenGeenInburgeringsplicht() == null ? null
                        : plicht.getRedenGeenInburgeringsplicht().getValue(),
                doelgroep == null || doelgroep.getIndeling() == null ? null : doelgroep.getIndeling().getValue(),
                termijn == null ? null : termijn.getEinddatum(),
                vrijstelling(vrijstellingen), ontheffing(ontheffingen));
    }

    private static String vrijstelling(List<Vrijstelling> lijst) {
        if (lijst == null) {
            return null;
        }
        LocalDate vandaag = nl.regie.inburgering.engine.Tijd.vandaag();
        for (Vrijstelling v : lijst) {
            var geheel = v.getGeheleVrijstelling();
            if (geheel != null && geheel.getOordeel() != null && "Toekenning".equals(geheel.getOordeel().getValue())) {
                return "gehele vrijstelling toegekend" + datum(geheel.getDatumOordeel())
                        + (geheel.getReden() == null ? "" : " (reden " + geheel.getReden().getValue() + ")");
            }
            var tijdelijk = v.getTijdelijkeVrijstelling();
            if (tijdelijk != null && tijdelijk.getOordeel() != null && "Toekenning".equals(tijdelijk.getOordeel().getValue())
                    && (tijdelijk.getEinddatum() == null || !tijdelijk.getEinddatum().isBefore(vandaag))
                    && (tijdelijk.getStartdatum() == null || !tijdelijk.getStartdatum().isAfter(vandaag))) {
                return "tijdelijke vrijstelling toegekend" + (tijdelijk.getEinddatum() == null ? ""
                        : " tot en met " + nl.regie.inburgering.engine.Variabelen.nl(tijdelijk.getEinddatum()));
            }
        }
        return null;
    }

    private static String ontheffing(List<Ontheffing> lijst) {
        if (lijst == null) {
            return null;
        }
        for (Ontheffing o : lijst) {
            var geheel = o.getGeheleOntheffing();
            if (geheel != null && geheel.getOordeel() != null && "Toekenning".equals(geheel.getOordeel().getValue())) {
                return "gehele ontheffing toegekend" + datum(geheel.getDatumOordeel())
                        + (geheel.getGrond() == null ? "" : " (grond " + geheel.getGrond().getValue() + ")");
            }
        }
        return null;
    }

    private static String datum(LocalDate datum) {
        return datum == null ? "" : " op " + nl.regie.inburgering.engine.Variabelen.nl(datum);
    }

    private static <T> T lees(String wat, Supplier<T> lezen) {
        try {
            return lezen.get();
        } catch (RestClientResponseException fout) {
            if (fout.getStatusCode().value() == 404) {
                return null;
            }
            throw new DuoNietGelezen("DUO " + wat + " niet gelezen: " + fout.getStatusCode().value());
        } catch (RestClientException fout) {
            throw new DuoNietGelezen("DUO " + wat + " niet gelezen: geen verbinding of geen antwoord");
        }
    }
}
