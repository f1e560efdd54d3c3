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
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

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
        // openhtmltopdf logs every rendering to stderr at INFO: only its warnings go to our log, without their text
        // (which may quote the letter's contents); a failure that matters throws and fails the step
        XRLog.setLoggerImpl(new StilleLogger());
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

    /** openhtmltopdf's log: warnings and errors as one line naming the area, nothing else. */
    static final class StilleLogger implements XRLogger {

        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("com.openhtmltopdf");

        @Override
        public void log(String waar, java.util.logging.Level niveau, String melding) {
            if (niveau.intValue() >= java.util.logging.Level.WARNING.intValue()) {
                LOG.warn("PDF-opmaak meldt een probleem in {} (melding weggelaten)", waar);
            }
        }

        @Override
        public void log(String waar, java.util.logging.Level niveau, String melding, Throwable fout) {
            log(waar, niveau, melding);
        }

        @Override
        public void setLevel(String logger, java.util.logging.Level niveau) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}
