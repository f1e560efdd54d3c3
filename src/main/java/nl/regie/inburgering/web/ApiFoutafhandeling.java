package nl.regie.inburgering.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Our API answers errors as application/problem+json; a 400 lists every invalid field under {@code velden}. */
@RestControllerAdvice(basePackages = "nl.regie.inburgering")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem-details handler, which names no fields
public class ApiFoutafhandeling {

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
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            velden.put(veld, mapping instanceof UnrecognizedPropertyException
                    ? "is geen bekend veld" : "heeft een onjuist formaat of type");
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

    /** Never pass database messages on: they may quote personal data such as a BSN. */
    @ExceptionHandler(DataAccessException.class)
    ProblemDetail database(DataAccessException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Het dossier werd tegelijk door een ander verzoek gewijzigd; probeer het opnieuw.");
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }
}
