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
        weigerWettelijkeSleutels("regie.standaard", standaard);
        properties.getGemeenten().forEach((tenantId, instelling) ->
                weigerWettelijkeSleutels("regie.gemeenten." + tenantId, instelling));
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

    /**
     * A period or number the law fixes (termijn/Wettermijnen) is not policy: the start fails, naming the key, when
     * the defaults or a gemeente still set one.
     */
    private static void weigerWettelijkeSleutels(String pad, GemeentenProperties.Beleid beleid) {
        if (!beleid.wettelijkeSleutels().isEmpty()) {
            String sleutel = pad + "." + beleid.wettelijkeSleutels().iterator().next();
            throw new IllegalStateException(sleutel + " is een wettelijke termijn of norm (zie termijn/Wettermijnen en de"
                    + " README, Wettelijke termijnen) en kan niet per gemeente of in regie.standaard worden ingesteld;"
                    + " verwijder " + sleutel + " uit de configuratie");
        }
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

    /** The gemeente's name to show, or its tenant id for a gemeente no longer configured (rather than nothing). */
    public String naamOfCode(String tenantId) {
        Gemeente gemeente = perTenant.get(tenantId);
        return gemeente == null ? tenantId : gemeente.naam();
    }

    public Collection<Gemeente> alle() {
        return perTenant.values();
    }
}
