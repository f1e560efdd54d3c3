package nl.regie.inburgering.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.engine.EigenFoutmelding;

/**
 * The way out of every API: {@code /engine-rest}, the webapps' {@code /camunda/api}, the partners' entry point and
 * our {@code /api} (and any other path, e.g. an unknown one). Whatever
 * path, encoding or layer produced an error answer (the engine's exception mappers, the webapps', Tomcat's error
 * page, a filter), its body is rewritten here ({@link Foutmeldingen}): no SQL, class names, stack traces or submitted
 * values, a Dutch message. Each request gets a reference in the log's MDC; a 5xx answer names it and is logged with
 * it, so that the beheerder finds the stack frames. Successful answers pass unbuffered.
 */
public class FoutmeldingFilter extends OncePerRequestFilter {

    public static final String MDC_REFERENTIE = "referentie";
    private static final Logger LOG = LoggerFactory.getLogger(FoutmeldingFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String referentie = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
        // the engine's error shape where engine clients read it; problem details everywhere else (our API, pages)
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (pad.startsWith("/duo-simulator/")) {
            // duo-uit: the DUO simulator (demo and tests only) answers in DUO's own error shape (a list of
            // fouttekst), which the reports' functional refusals are read from; it quotes no request data
            chain.doFilter(request, response);
            return;
        }
        boolean api = !(pad.startsWith("/engine-rest") || pad.startsWith("/camunda/api") || pad.startsWith("/partner-api"));
        MDC.put(MDC_REFERENTIE, referentie);
        EigenFoutmelding.wis();
        Antwoord antwoord = new Antwoord(response, referentie, api, request.getMethod());
        try {
            chain.doFilter(new Verzoek(request, antwoord), antwoord);
        } catch (RuntimeException | ServletException | IOException e) {
            // an exception no layer answered: never let Tomcat's error page quote it
            LOG.error("Onafgehandelde fout", e);
            antwoord.setStatus(500);
            antwoord.foutZonderBody = true;
        } finally {
            if (!request.isAsyncStarted()) {
                antwoord.rondAf();
            }
            MDC.remove(MDC_REFERENTIE);
            EigenFoutmelding.wis();
        }
    }

    /**
     * An asynchronous answer (the engine's long-polling fetchAndLock) is written after this filter returned: the
     * error body is rewritten when the async context completes, just before the container sends it.
     */
    static final class Verzoek extends HttpServletRequestWrapper {
        private final Antwoord antwoord;

        Verzoek(HttpServletRequest request, Antwoord antwoord) {
            super(request);
            this.antwoord = antwoord;
        }

        @Override
        public AsyncContext startAsync() {
            return new Asynchroon(super.startAsync(), antwoord);
        }

        @Override
        public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
            return new Asynchroon(super.startAsync(request, response), antwoord);
        }
    }

    private record Asynchroon(AsyncContext context, Antwoord antwoord) implements AsyncContext {
        @Override public ServletRequest getRequest() { return context.getRequest(); }
        @Override public ServletResponse getResponse() { return context.getResponse(); }
        @Override public boolean hasOriginalRequestAndResponse() { return context.hasOriginalRequestAndResponse(); }
        @Override public void dispatch() { context.dispatch(); }
        @Override public void dispatch(String path) { context.dispatch(path); }
        @Override public void dispatch(ServletContext servletContext, String path) { context.dispatch(servletContext, path); }
        @Override public void addListener(AsyncListener listener) { context.addListener(listener); }
        @Override public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
            context.addListener(listener, request, response);
        }
        @Override public <T extends AsyncListener> T createListener(Class<T> clazz) throws ServletException {
            return context.createListener(clazz);
        }
        @Override public void setTimeout(long timeout) { context.setTimeout(timeout); }
        @Override public long getTimeout() { return context.getTimeout(); }
        @Override public void start(Runnable run) { context.start(run); }

        @Override
        public void complete() {
            try {
                antwoord.rondAf();
            } catch (IOException e) {
                LOG.warn("Foutantwoord niet herschreven", e);
            }
            context.complete();
        }
    }

    /** Names in the log only when they look like field names: never a value sent as a key. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final java.util.regex.Pattern VELDNAAM = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]]{0,63}");

    /**
     * A refused input (any 400) or our own refusal (engine/EigenWeigering): one WARN line, whatever layer refused it
     * — status, kind, method and the names of the refused fields; never the message, a value or a stack trace
     * (the request's reference is on the line, logback-spring.xml). Camunda's own log line of such a refusal is
     * dropped ({@link EigenWeigeringLogFilter}).
     */
    static void logWeigering(Foutmeldingen.Fout fout, String methode, boolean api) {
        String soort = "";
        java.util.List<String> velden = new java.util.ArrayList<>(api ? java.util.List.of() : EigenFoutmelding.velden());
        try {
            com.fasterxml.jackson.databind.JsonNode body = JSON.readTree(fout.body());
            soort = body.path("type").isTextual() && !"about:blank".equals(body.path("type").asText())
                    ? body.path("type").asText() : body.path("title").asText("");
            if (api && body.path("velden").isObject()) {
                body.path("velden").fieldNames().forEachRemaining(velden::add);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable body: the line says less, nothing more
        }
        String namen = velden.stream().map(v -> VELDNAAM.matcher(v).matches() ? v : "(onbekend veld)").distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        LOG.warn("Verzoek geweigerd: {} {} ({}){}", fout.status(), soort, methode, namen.isEmpty() ? "" : ", velden: " + namen);
    }

    /** Buffers the body once the status says error, and rewrites it when the answer is complete. */
    static final class Antwoord extends HttpServletResponseWrapper {
        private final String referentie;
        private final boolean api;
        private final String methode;
        private ByteArrayOutputStream buffer;
        private ServletOutputStream stroom;
        private PrintWriter schrijver;
        private boolean foutZonderBody;
        private boolean afgerond;

        Antwoord(HttpServletResponse response, String referentie, boolean api, String methode) {
            super(response);
            this.referentie = referentie;
            this.api = api;
            this.methode = methode;
        }

        private boolean isFout() {
            return getStatus() >= 400 || foutZonderBody;
        }

        @Override
        public void sendError(int sc, String msg) {
            sendError(sc);
        }

        @Override
        public void sendError(int sc) {
            // no container error page: it would quote the path or the exception
            super.setStatus(sc);
            foutZonderBody = true;
            if (buffer != null) {
                buffer.reset();
            }
        }

        // Content-Length is held back until the body is written: layers set it before the status, and an error
        // body is rewritten (with its own length); any other answer gets the length it was given.
        private Long lengte;

        @Override
        public void setContentLength(int len) {
            lengte = (long) len;
        }

        @Override
        public void setContentLengthLong(long len) {
            lengte = len;
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                lengte = parseLengte(value);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                lengte = parseLengte(value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                lengte = (long) value;
            } else {
                super.setIntHeader(name, value);
            }
        }

        private static Long parseLengte(String waarde) {
            try {
                return waarde == null ? null : Long.parseLong(waarde.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** A successful answer goes out with the length it was given. */
        private void geefLengteDoor() {
            if (lengte != null) {
                super.setContentLengthLong(lengte);
                lengte = null;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!isFout()) {
                geefLengteDoor();
                return super.getOutputStream();
            }
            if (stroom == null) {
                buffer = buffer == null ? new ByteArrayOutputStream() : buffer;
                stroom = new ServletOutputStream() {
                    @Override public boolean isReady() { return true; }
                    @Override public void setWriteListener(WriteListener listener) { }
                    @Override public void write(int b) { buffer.write(b); }
                    @Override public void write(byte[] b, int off, int len) { buffer.write(b, off, len); }
                    @Override public void close() throws IOException { rondAf(); }
                };
            }
            return stroom;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!isFout()) {
                geefLengteDoor();
                return super.getWriter();
            }
            if (schrijver == null) {
                String tekenset = getCharacterEncoding();
                Charset charset = tekenset == null ? StandardCharsets.UTF_8 : Charset.forName(tekenset);
                schrijver = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset)) {
                    @Override
                    public void close() {
                        flush();
                        try {
                            rondAf();
                        } catch (IOException e) {
                            setError();
                        }
                    }
                };
            }
            return schrijver;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!isFout()) {
                super.flushBuffer();
            }
        }

        @Override
        public void resetBuffer() {
            if (buffer != null) {
                buffer.reset();
            }
            super.resetBuffer();
        }

        @Override
        public void reset() {
            if (buffer != null) {
                buffer.reset();
            }
            foutZonderBody = false;
            super.reset();
        }

        /** Writes the rewritten error answer; idempotent. */
        synchronized void rondAf() throws IOException {
            if (afgerond || !isFout()) {
                return;
            }
            afgerond = true;
            if (schrijver != null) {
                schrijver.flush();
            }
            byte[] body = buffer == null ? new byte[0] : buffer.toByteArray();
            int status = getStatus() >= 400 ? getStatus() : 500;
            if (body.length == 0 && !foutZonderBody && status < 500) {
                return; // an empty refusal (e.g. 401 with WWW-Authenticate) stays empty
            }
            HttpServletResponse echt = (HttpServletResponse) getResponse();
            if (echt.isCommitted()) {
                return;
            }
            Foutmeldingen.Fout fout = api ? Foutmeldingen.api(status, getContentType(), body, referentie)
                    : Foutmeldingen.engine(status, getContentType(), body, referentie, EigenFoutmelding.melding());
            if (fout.status() >= 500) {
                LOG.error("Fout {} beantwoord met referentie {} ({})", fout.status(), referentie, methode);
            } else if (fout.status() == 400 || (!api && EigenFoutmelding.melding() != null)) {
                logWeigering(fout, methode, api);
            }
            echt.resetBuffer();
            echt.setStatus(fout.status());
            echt.setContentType(fout.contentType());
            echt.setCharacterEncoding("UTF-8");
            echt.setContentLength(fout.body().length);
            if (!"HEAD".equals(methode)) {
                echt.getOutputStream().write(fout.body());
            }
            echt.flushBuffer();
        }
    }
}
