package nl.regie.inburgering.duo.simulator;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Steering the simulator's report side (demo and tests): what was reported for a BSN, a functional refusal to give
 * for a report kind and BSN, and the fault switch. Not part of DUO's interface.
 * <ul>
 *   <li>{@code GET /duo-simulator/beheer/meldingen/{bsn}}: the accepted reports (kind, berichtId, body)</li>
 *   <li>{@code POST /duo-simulator/beheer/meldingen/weigeringen} {@code {"melding":"PIP","bsn":"…","fouttekst":"…"}}</li>
 *   <li>{@code DELETE /duo-simulator/beheer/meldingen/weigeringen/{melding}/{bsn}}</li>
 *   <li>{@code POST /duo-simulator/beheer/meldingen/storing} {@code {"actief":true}}</li>
 * </ul>
 */
@RestController
@RequestMapping("/duo-simulator/beheer/meldingen")
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class SimulatorMeldingenBeheer {

    private final SimulatorMeldingen geheugen;

    public SimulatorMeldingenBeheer(SimulatorMeldingen geheugen) {
        this.geheugen = geheugen;
    }

    @GetMapping("/{bsn}")
    public List<Map<String, Object>> ontvangen(@PathVariable String bsn) {
        return geheugen.ontvangenVoor(bsn).stream()
                .map(o -> Map.<String, Object>of("melding", o.melding(), "berichtId", o.berichtId(), "inhoud", o.inhoud()))
                .toList();
    }

    public record Weigering(String melding, String bsn, String fouttekst) {
    }

    @PostMapping("/weigeringen")
    public ResponseEntity<Void> weiger(@RequestBody Weigering weigering) {
        if (weigering.melding() == null || weigering.bsn() == null || weigering.fouttekst() == null) {
            return ResponseEntity.badRequest().build();
        }
        geheugen.weiger(weigering.melding(), weigering.bsn(), weigering.fouttekst());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/weigeringen/{melding}/{bsn}")
    public ResponseEntity<Void> herstel(@PathVariable String melding, @PathVariable String bsn) {
        geheugen.herstel(melding, bsn);
        return ResponseEntity.noContent().build();
    }

    public record Storing(boolean actief) {
    }

    @PostMapping("/storing")
    public ResponseEntity<Void> storing(@RequestBody Storing storing) {
        geheugen.storing(storing.actief());
        return ResponseEntity.noContent().build();
    }
}
