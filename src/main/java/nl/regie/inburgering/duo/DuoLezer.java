package nl.regie.inburgering.duo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;

import nl.regie.inburgering.duo.generated.examen.model.Examenresultaat;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Doelgroep;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Inburgeringsplicht;
import nl.regie.inburgering.duo.generated.inburgeringstermijn.model.Inburgeringstermijn;
import nl.regie.inburgering.duo.generated.leerbaarheidstoets.model.Resultaat;
import nl.regie.inburgering.duo.generated.ontheffing.model.Ontheffing;
import nl.regie.inburgering.duo.generated.pip.model.Gemeente;
import nl.regie.inburgering.duo.generated.vrijstelling.model.Vrijstelling;

/**
 * Reads DUO's gemeente APIs for one person, as one of our gemeenten ({@code bron} its OIN, {@code doel} DUO's, a new
 * {@code berichtId} per call). The BSN leaves our tables only here, in DUO's path. "Not found" is an empty answer;
 * any other failure (DUO down, 5xx, timeout) is thrown: the job fails, is retried, then is an incident.
 */
@Component
public class DuoLezer {

    private final DuoClients clients;
    private final DuoOins oins;

    public DuoLezer(DuoClients clients, DuoOins oins) {
        this.clients = clients;
        this.oins = oins;
    }

    /** Reads of one person for one gemeente. */
    public Lezing voor(String bsn, String gemeente) {
        return new Lezing(bsn, oins.oinVan(gemeente), oins.duo());
    }

    public final class Lezing {
        private final String bsn;
        private final String bron;
        private final String doel;

        private Lezing(String bsn, String bron, String doel) {
            this.bsn = bsn;
            this.bron = bron;
            this.doel = doel;
        }

        public Optional<Inburgeringsplicht> plicht() {
            return lees(() -> clients.inburgeringsplicht().getInburgeringsplichtByBsn(bsn, bron, doel, UUID.randomUUID()));
        }

        public Optional<Doelgroep> doelgroep() {
            return lees(() -> clients.doelgroep().getDoelgroepByBsn(bsn, doel, UUID.randomUUID(), bron));
        }

        public Optional<Inburgeringstermijn> termijn() {
            return lees(() -> clients.inburgeringstermijn().getInburgeringstermijnByBsn(bsn, UUID.randomUUID(), bron, doel));
        }

        public List<Examenresultaat> examenresultaten() {
            return lees(() -> clients.examenresultaten().getExamenresultatenByBsn(bsn, doel, bron, UUID.randomUUID()))
                    .orElse(List.of());
        }

        public List<Vrijstelling> vrijstellingen() {
            return lees(() -> clients.vrijstelling().getVrijstellingenByBsn(bsn, bron, UUID.randomUUID(), doel)).orElse(List.of());
        }

        public List<Ontheffing> ontheffingen() {
            return lees(() -> clients.ontheffing().getOntheffingenByBsn(bsn, UUID.randomUUID(), bron, doel)).orElse(List.of());
        }

        public List<Resultaat> leerbaarheidstoets() {
            return lees(() -> clients.leerbaarheidstoets().getLbtResultatenByBsn(bsn, UUID.randomUUID(), doel, bron))
                    .orElse(List.of());
        }

        public Optional<Gemeente> pip() {
            return lees(() -> clients.pip().getPipByBsn(bsn, bron, UUID.randomUUID(), doel));
        }
    }

    private static <T> Optional<T> lees(Supplier<T> oproep) {
        try {
            return Optional.ofNullable(oproep.get());
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            // the message of RestClientResponseException may quote the URL (with the BSN): never pass it on
            throw new DuoNietBeschikbaarException("DUO antwoordde " + e.getStatusCode().value());
        } catch (org.springframework.web.client.ResourceAccessException e) {
            throw new DuoNietBeschikbaarException("DUO niet bereikbaar");
        } catch (org.springframework.web.client.RestClientException e) {
            // any other client failure (e.g. an answer that cannot be read): its message may quote the URL too
            throw new DuoNietBeschikbaarException("DUO-antwoord niet te verwerken");
        }
    }

    /** DUO could not be read: the job fails (retries, then an incident). The message never names the person. */
    public static class DuoNietBeschikbaarException extends RuntimeException {
        public DuoNietBeschikbaarException(String melding) {
            super(melding);
        }
    }
}
