package nl.regie.inburgering.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Our API answers errors as application/problem+json; a 400 lists every invalid field under {@code velden}. */
@RestControllerAdvice(basePackages = "nl.regie.inburgering")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem-details handler, which names no fields
public class ApiFoutafhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFoutafhandeling.class);

    @ExceptionHandler(OngeldigVerzoekException.class)
    ProblemDetail ongeldig(OngeldigVerzoekException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Ongeldige invoer: " + e.getVelden().entrySet().stream()
                        .map(v -> v.getKey() + " " + v.getValue()).collect(Collectors.joining("; ")));
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("velden", e.getVelden());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onleesbaar(HttpMessageNotReadableException e) {
        Map<String, String> velden = new LinkedHashMap<>();
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String veld = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? veldnaam(r.getFieldName()) : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            velden.put(veld, mapping instanceof UnrecognizedPropertyException
                    ? "is geen bekend veld" : "heeft een onjuist formaat of type");
        } else if (e.getCause() instanceof StreamReadException lezen && lezen.getOriginalMessage() != null
                && lezen.getOriginalMessage().startsWith("Duplicate field")) {
            String naam = lezen.getOriginalMessage().replaceFirst("^Duplicate field '(.*)'$", "$1");
            velden.put(veldnaam(naam), "komt meer dan eens voor");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, velden.isEmpty()
                ? "Het verzoek is geen geldige JSON."
                : "Ongeldige invoer: " + velden.entrySet().stream().map(v -> v.getKey() + " " + v.getValue())
                        .collect(Collectors.joining("; ")));
        problem.setTitle("Ongeldige invoer");
        if (!velden.isEmpty()) {
            problem.setProperty("velden", velden);
        }
        return problem;
    }

    /** A field name as the caller sent it, named only when it looks like one (never echo a value sent as a key). */
    private static String veldnaam(String naam) {
        return naam != null && naam.matches("[A-Za-z][A-Za-z0-9]{0,49}") ? naam : "(onbekend veld)";
    }

    @ExceptionHandler(GeenToegangException.class)
    ProblemDetail geenToegang(GeenToegangException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Geen toegang");
        return problem;
    }

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    /**
     * A concurrent change (our optimistic or pessimistic locking, the engine's optimistic locking) is a conflict the
     * caller can retry. Never pass database messages on: they may quote personal data such as a BSN.
     */
    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class})
    ProblemDetail tegelijk(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Het dossier werd tegelijk door een ander verzoek gewijzigd; probeer het opnieuw.");
        problem.setTitle("Gelijktijdige wijziging");
        return problem;
    }

    /**
     * Everything else (the database is down, a fault of ours) is a server error: a generic Dutch answer with the
     * request's reference; the log has the stack frames under the same reference, without messages.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail serverfout(Exception e) {
        if (e instanceof ErrorResponse spring && spring.getStatusCode().value() < 500) {
            return springFout(spring.getStatusCode().value());
        }
        String referentie = MDC.get(FoutmeldingFilter.MDC_REFERENTIE);
        LOG.error("Onverwachte fout in de API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                Foutmeldingen.serverfout(referentie));
        problem.setTitle("Serverfout");
        problem.setProperty("referentie", referentie);
        return problem;
    }

    /** Spring MVC's own refusals (method, media type, unknown path), in Dutch and without echoing the request. */
    private static ProblemDetail springFout(int status) {
        String detail = switch (status) {
            case 404 -> "Niet gevonden.";
            case 405 -> "Deze HTTP-methode is hier niet toegestaan.";
            case 406 -> "Het gevraagde antwoordformaat wordt niet ondersteund (de API antwoordt met JSON).";
            case 415 -> "Het Content-Type van het verzoek wordt niet ondersteund (gebruik application/json).";
            default -> "Het verzoek kan niet worden verwerkt.";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(status == 404 ? "Niet gevonden" : "Ongeldig verzoek");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Niet mogelijk");
        return problem;
    }
}
