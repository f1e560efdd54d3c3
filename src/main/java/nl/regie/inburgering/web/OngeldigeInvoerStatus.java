package nl.regie.inburgering.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.engine.OngeldigeInvoerInterceptor;

/**
 * The engine refuses input it does not accept (variables outside a task's form, too-long text) with
 * {@code engine/OngeldigeInvoerException}. Most engine REST resources answer that with 400, but modifying and deleting
 * variables wraps every engine exception in a 500. Refused input is the caller's mistake, not a server error: on both
 * the engine REST API and the webapps' engine API, a 500 of a request whose command was refused answers 400.
 */
@Configuration
public class OngeldigeInvoerStatus {

    @Bean
    public FilterRegistrationBean<Filter> ongeldigeInvoerStatusFilter() {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new Filter());
        registratie.setName("ongeldigeInvoerStatus");
        registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registratie.setOrder(-2);
        return registratie;
    }

    static class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            OngeldigeInvoerInterceptor.vergeet();
            try {
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void setStatus(int status) {
                        super.setStatus(bijGeweigerd(status));
                    }

                    @Override
                    public void sendError(int status) throws IOException {
                        super.sendError(bijGeweigerd(status));
                    }

                    @Override
                    public void sendError(int status, String melding) throws IOException {
                        super.sendError(bijGeweigerd(status), melding);
                    }
                });
            } finally {
                OngeldigeInvoerInterceptor.vergeet();
            }
        }

        private static int bijGeweigerd(int status) {
            return status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && OngeldigeInvoerInterceptor.geweigerd()
                    ? HttpServletResponse.SC_BAD_REQUEST : status;
        }
    }
}
