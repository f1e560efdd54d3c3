package nl.regie.inburgering.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Camunda Admin's first-run setup endpoint, which creates an administrator for anyone while the group
 * camunda-admin has no direct member. Every installation gets its administrator from configuration instead.
 */
public class AdminSetupAfgeslotenFilter extends OncePerRequestFilter {

    public static final String PAD = "/camunda/api/admin/setup/*";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
