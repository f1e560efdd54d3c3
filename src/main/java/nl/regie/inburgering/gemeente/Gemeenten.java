package nl.regie.inburgering.gemeente;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
            perTenant.put(tenantId, new Gemeente(tenantId, instelling.getNaam(), instelling.getRegio(),
                    kies(instelling, standaard, GemeentenProperties.Beleid::getPipTermijn),
                    kies(instelling, standaard, GemeentenProperties.Beleid::getPipHerinneringNa),
                    kies(instelling, standaard, GemeentenProperties.Beleid::getPipTermijnNaInformatieDerde),
                    kies(instelling, standaard, GemeentenProperties.Beleid::getMaxOproepenBredeIntake),
                    kies(instelling, standaard, GemeentenProperties.Beleid::getInburgeringstermijn)));
        });
    }

    private static <T> T kies(GemeentenProperties.Beleid eigen, GemeentenProperties.Beleid standaard,
                              Function<GemeentenProperties.Beleid, T> instelling) {
        T waarde = instelling.apply(eigen);
        if (waarde == null) {
            waarde = instelling.apply(standaard);
        }
        if (waarde == null) {
            throw new IllegalStateException("regie.standaard is missing a policy setting");
        }
        return waarde;
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
