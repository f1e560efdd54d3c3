package nl.regie.inburgering.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body a filter may read (and replace) before the servlet reads it. Refuses bodies over the limit. */
public class HerleesbaarVerzoek extends HttpServletRequestWrapper {

    private final byte[] body;

    private HerleesbaarVerzoek(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    public HerleesbaarVerzoek(HttpServletRequest request, int maxBytes) throws IOException {
        this(request, lees(request, maxBytes));
    }

    private static byte[] lees(HttpServletRequest request, int maxBytes) throws IOException {
        byte[] gelezen = request.getInputStream().readNBytes(maxBytes + 1);
        if (gelezen.length > maxBytes) {
            throw new TeGrootException(maxBytes);
        }
        return gelezen;
    }

    /** The same request with another body (a filter narrowed it). */
    public HerleesbaarVerzoek metBody(byte[] nieuw) {
        return new HerleesbaarVerzoek((HttpServletRequest) getRequest(), nieuw);
    }

    public byte[] body() {
        return body;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            @Override public int read() { return in.read(); }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    public static class TeGrootException extends IOException {
        public TeGrootException(int maxBytes) {
            super("Het verzoek is groter dan " + maxBytes + " bytes");
        }
    }
}
