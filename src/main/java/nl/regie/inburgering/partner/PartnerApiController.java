package nl.regie.inburgering.partner;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.rest.dto.externaltask.LockedExternalTaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partners' own entry point: exactly the external task operations the official Camunda 7 external task client
 * uses, with the engine REST API's JSON shapes, so that the client works with its base URL set to
 * {@code https://host/partner-api}. Authentication: {@link PartnerAuthenticatieFilter}; the rules:
 * {@link PartnerTaken}. Errors carry the engine's error fields ({@code type}, {@code message}) next to the
 * problem-details ones, in Dutch.
 */
@RestController
@RequestMapping("/partner-api/external-task")
public class PartnerApiController {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerApiController.class);
    private static final int MAX_BYTES = 256 * 1024;
    private static final Pattern TAAK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** Serialises like the engine REST API (dates as yyyy-MM-dd'T'HH:mm:ss.SSSZ), which the official client reads. */
    private static final ObjectMapper ENGINE_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    private final PartnerTaken taken;

    public PartnerApiController(PartnerTaken taken) {
        this.taken = taken;
    }

    @PostMapping("/fetchAndLock")
    public ResponseEntity<String> fetchAndLock(HttpServletRequest request) throws IOException {
        PartnerAccount partner = partner(request);
        PartnerTaken.Ophalen ophalen = taken.leesOphalen(partner, PartnerVerzoek.lees(body(request), false));
        List<LockedExternalTask> vergrendeld = taken.haalOp(partner, ophalen);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(ENGINE_JSON.writeValueAsString(LockedExternalTaskDto.fromLockedExternalTasks(vergrendeld)));
    }

    @PostMapping("/{id}/complete")
    public ResponseEntity<Void> complete(@PathVariable("id") String id, HttpServletRequest request) throws IOException {
        taken.voltooi(partner(request), taakId(id), PartnerVerzoek.lees(body(request), false));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/failure")
    public ResponseEntity<Void> failure(@PathVariable("id") String id, HttpServletRequest request) throws IOException {
        taken.faal(partner(request), taakId(id), PartnerVerzoek.lees(body(request), false));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/bpmnError")
    public ResponseEntity<Void> bpmnError(@PathVariable("id") String id, HttpServletRequest request) throws IOException {
        taken.bpmnFout(partner(request), taakId(id), PartnerVerzoek.lees(body(request), false));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/extendLock")
    public ResponseEntity<Void> extendLock(@PathVariable("id") String id, HttpServletRequest request) throws IOException {
        taken.verlengLock(partner(request), taakId(id), PartnerVerzoek.lees(body(request), false));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unlock")
    public ResponseEntity<Void> unlock(@PathVariable("id") String id, HttpServletRequest request) throws IOException {
        taken.ontgrendel(partner(request), taakId(id), PartnerVerzoek.lees(body(request), true));
        return ResponseEntity.noContent().build();
    }

    private static PartnerAccount partner(HttpServletRequest request) {
        if (!(request.getAttribute(PartnerAccount.REQUEST_ATTRIBUUT) instanceof PartnerAccount partner)) {
            throw new PartnerApiFout(401, "Aanmelden vereist (HTTP Basic met het account van de partner).");
        }
        return partner;
    }

    private static String taakId(String id) {
        if (!TAAK_ID.matcher(id).matches()) {
            throw PartnerApiFout.nietGevonden();
        }
        return id;
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        byte[] gelezen = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (gelezen.length > MAX_BYTES) {
            throw new PartnerApiFout(413, "Het verzoek is groter dan " + MAX_BYTES + " bytes.");
        }
        return gelezen;
    }

    @ExceptionHandler(PartnerApiFout.class)
    public void fout(PartnerApiFout fout, HttpServletResponse response) throws IOException {
        schrijfFout(response, fout);
    }

    /** Whatever else went wrong: a generic answer, never a class name, SQL or a submitted value. */
    @ExceptionHandler(Exception.class)
    public void onverwacht(Exception e, HttpServletResponse response) throws IOException {
        LOG.error("Onverwachte fout op de partner-API: {}", e.getClass().getSimpleName());
        schrijfFout(response, new PartnerApiFout(500, "De handeling kon niet worden uitgevoerd; probeer het later opnieuw."));
    }

    /** The engine REST error shape ({@code type}, {@code message}) that the official client parses, plus problem details. */
    static void schrijfFout(HttpServletResponse response, PartnerApiFout fout) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        String[] typeEnTitel = switch (fout.getStatus()) {
            case 400 -> new String[] {"OngeldigVerzoek", "Ongeldig verzoek"};
            case 401 -> new String[] {"NietAangemeld", "Niet aangemeld"};
            case 403 -> new String[] {"GeenToegang", "Geen toegang"};
            case 404 -> new String[] {"NietGevonden", "Niet gevonden"};
            case 413 -> new String[] {"TeGroot", "Te groot"};
            default -> new String[] {"Fout", "Fout"};
        };
        problem.put("type", typeEnTitel[0]);
        problem.put("title", typeEnTitel[1]);
        problem.put("status", fout.getStatus());
        problem.put("detail", fout.getMessage());
        problem.put("message", fout.getMessage());
        if (!fout.getVelden().isEmpty()) {
            problem.put("velden", fout.getVelden());
        }
        response.setStatus(fout.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ENGINE_JSON.writeValue(response.getOutputStream(), problem);
    }

}
