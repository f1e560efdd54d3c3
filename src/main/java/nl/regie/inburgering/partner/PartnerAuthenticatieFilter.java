package nl.regie.inburgering.partner;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.regie.inburgering.engine.AlsApplicatie;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.BasicAanmelding;

/**
 * HTTP Basic on {@code /partner-api/*} against the engine's identity service (its login throttling applies). Only an
 * account in group {@code partner} that is configured in {@code regie.partners} passes; it gets its topics and the
 * gemeenten it both serves and is a member of. The partner needs no engine authorizations: the API itself decides,
 * and runs its engine calls as the application.
 */
public class PartnerAuthenticatieFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerAuthenticatieFilter.class);

    private final IdentityService identityService;
    private final PartnersProperties partners;

    public PartnerAuthenticatieFilter(IdentityService identityService, PartnersProperties partners) {
        this.identityService = identityService;
        this.partners = partners;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = authenticeer(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (id == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"regie-inburgering-partners\"");
            PartnerApiController.schrijfFout(response, new PartnerApiFout(401,
                    "Aanmelden vereist (HTTP Basic met het account van de partner)."));
            return;
        }
        PartnersProperties.Partner partner = partners.getPartners().get(id);
        boolean inGroep = AlsApplicatie.uitvoeren(identityService, () ->
                identityService.createGroupQuery().groupMember(id).groupId(Rollen.PARTNER).count() > 0);
        if (partner == null || !inGroep) {
            LOG.warn("Geen partneraccount op de partner-API: {}", id);
            PartnerApiController.schrijfFout(response, new PartnerApiFout(403,
                    "Alleen partneraccounts (groep partner, geconfigureerd in regie.partners) gebruiken deze ingang."));
            return;
        }
        Set<String> lid = new LinkedHashSet<>();
        AlsApplicatie.uitvoeren(identityService, () -> identityService.createTenantQuery().userMember(id)
                .includingGroupsOfUser(true).list()).stream().map(Tenant::getId).forEach(lid::add);
        Set<String> gemeenten = new LinkedHashSet<>(partner.getGemeenten());
        gemeenten.retainAll(lid);
        request.setAttribute(PartnerAccount.REQUEST_ATTRIBUUT,
                new PartnerAccount(id, Set.copyOf(partner.getTopics()), Set.copyOf(gemeenten)));
        chain.doFilter(request, response);
    }

    private String authenticeer(String header) {
        return AlsApplicatie.uitvoeren(identityService, () -> BasicAanmelding.gebruiker(header, identityService));
    }
}
