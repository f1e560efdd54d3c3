package nl.regie.inburgering.brieven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a letter: the XHTML template {@code brieven/<sjabloon>.html} filled by a standalone Thymeleaf engine (no
 * Spring MVC views: our controllers stay REST), then laid out as PDF by openhtmltopdf with its built-in PDF fonts
 * (nothing embedded: the letters stay small). Any failure throws: a letter is never silently missing.
 */
@Component
public class BriefOpmaak {

    static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final TemplateEngine sjablonen;

    public BriefOpmaak() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("brieven/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        sjablonen = new TemplateEngine();
        sjablonen.setTemplateResolver(resolver);
    }

    /** The filled template (XHTML). */
    public String html(String sjabloon, Map<String, Object> gegevens) {
        return sjablonen.process(sjabloon, new Context(NL, gegevens));
    }

    /** The PDF of the filled template. */
    public byte[] pdf(String sjabloon, Map<String, Object> gegevens) {
        String html = html(sjabloon, gegevens);
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(uit);
            builder.run();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("De brief " + sjabloon + " kon niet als PDF worden opgemaakt", e);
        }
    }
}
