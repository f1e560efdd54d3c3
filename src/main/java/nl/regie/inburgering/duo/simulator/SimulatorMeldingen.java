package nl.regie.inburgering.duo.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The DUO simulator's memory of what the gemeente reported (demo and tests only): every accepted report once per
 * {@code berichtId} (a retried message is recognised and answered the same, not recorded twice), the refusals it was
 * told to give (per report kind and BSN: DUO's functional refusal with its fouttekst). DUO down is
 * {@link DuoSimulator#storing()}. The BSN lives here because this is DUO's side; it is never logged.
 */
@Component
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class SimulatorMeldingen {

    /** One accepted report. {@code melding} is the kind (PIP, INBURGERINGSAANBOD, PVT, ...). */
    public record Ontvangen(String melding, String bsn, String berichtId, String bron, JsonNode inhoud, Instant op) {
    }

    /**
     * The accepted reports per BSN, in order, and their berichtIds: a retry and a person's reports are found without
     * reading every report received so far (a population load sends hundreds of thousands).
     */
    private final Map<String, List<Ontvangen>> ontvangen = new ConcurrentHashMap<>();
    private final Set<String> berichtIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> weigeringen = new ConcurrentHashMap<>();
    private final Map<Integer, JsonNode> contactpersonen = new ConcurrentHashMap<>();
    private final Map<String, String> examennummers = new ConcurrentHashMap<>();
    /**
     * DUO never gives an id twice. The simulator forgets its contactpersonen when it restarts while our table keeps
     * their ids, so each start counts from its own base (the start second, in blocks of 1,000): a restarted simulator
     * answers an old id with 404, never with another casemanager's record.
     */
    private final AtomicInteger volgendContactpersoonId =
            new AtomicInteger((int) (Instant.now().getEpochSecond() % 1_000_000) * 1_000 + 100);
    private final AtomicInteger volgendExamennummer = new AtomicInteger(1);

    /** Refuse this kind of report for this BSN (all later attempts) with DUO's fouttekst, until {@link #herstel}. */
    public void weiger(String melding, String bsn, String fouttekst) {
        weigeringen.put(melding + ":" + bsn, fouttekst);
    }

    public void herstel(String melding, String bsn) {
        weigeringen.remove(melding + ":" + bsn);
    }

    Optional<String> weigering(String melding, String bsn) {
        return Optional.ofNullable(weigeringen.get(melding + ":" + bsn));
    }

    /** True when this berichtId was accepted before (a retry): answer the same, record nothing. */
    boolean alOntvangen(String berichtId) {
        return berichtIds.contains(berichtId);
    }

    void ontvang(String melding, String bsn, String berichtId, String bron, JsonNode inhoud) {
        ontvangen.computeIfAbsent(bsn, b -> new CopyOnWriteArrayList<>())
                .add(new Ontvangen(melding, bsn, berichtId, bron, inhoud, Instant.now()));
        berichtIds.add(berichtId);
    }

    /** What was reported for this BSN (all kinds), in order. */
    public List<Ontvangen> ontvangenVoor(String bsn) {
        return List.copyOf(ontvangen.getOrDefault(bsn, List.of()));
    }

    public List<Ontvangen> ontvangenVoor(String bsn, String melding) {
        return ontvangenVoor(bsn).stream().filter(o -> melding.equals(o.melding())).toList();
    }

    int nieuweContactpersoon(JsonNode gegevens) {
        int id = volgendContactpersoonId.incrementAndGet();
        contactpersonen.put(id, gegevens);
        return id;
    }

    /**
     * DUO forgets every contactpersoon it registered, as a reset DUO environment does — and as this simulator does
     * when the application restarts, since it keeps them in memory while our table keeps DUO's ids.
     */
    public void vergeetContactpersonen() {
        contactpersonen.clear();
    }

    boolean contactpersoonBekend(int id) {
        return contactpersonen.containsKey(id);
    }

    void wijzigContactpersoon(int id, JsonNode gegevens) {
        contactpersonen.put(id, gegevens);
    }

    String examennummer(String bsn) {
        return examennummers.computeIfAbsent(bsn, b -> String.format("LBT%09d", volgendExamennummer.getAndIncrement()));
    }
}
