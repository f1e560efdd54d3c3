package nl.regie.inburgering.gemeente;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Lookup of the configured gemeenten by CBS code or tenant id, with their effective policy. */
@Component
@EnableConfigurationProperties(GemeentenProperties.class)
public class Gemeenten {

    public static final String TENANT_PREFIX = "GM";

    private final Map<String, Gemeente> perTenant = new LinkedHashMap<>();

    public Gemeenten(GemeentenProperties properties) {
        GemeentenProperties.Beleid standaard = properties.getStandaard();
        properties.getGemeenten().forEach((tenantId, instelling) -> {
            if (!tenantId.matches("GM\\d{4}")) {
                throw new IllegalStateException("regie.gemeenten." + tenantId + ": tenant id must be GM + 4-digit CBS code");
            }
            String contact = instelling.getContact() != null ? instelling.getContact()
                    : "inburgering@" + instelling.getNaam().toLowerCase().replace(" ", "") + ".nl";
            perTenant.put(tenantId, new Gemeente(tenantId, instelling.getNaam(), instelling.getRegio(), contact,
                    instelling.aangevuldMet(standaard)));
        });
    }

    public Optional<Gemeente> metCbsCode(String cbsCode) {
        return cbsCode == null ? Optional.empty() : Optional.ofNullable(perTenant.get(TENANT_PREFIX + cbsCode));
    }

    public Gemeente metTenantId(String tenantId) {
        Gemeente gemeente = perTenant.get(tenantId);
        if (gemeente == null) {
            throw new IllegalArgumentException("Onbekende gemeente: " + tenantId);
        }
        return gemeente;
    }

    public Collection<Gemeente> alle() {
        return perTenant.values();
    }
}
