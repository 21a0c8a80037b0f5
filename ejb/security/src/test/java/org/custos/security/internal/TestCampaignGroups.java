package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.custos.security.api.ApprovalGroups;

/**
 * Test-only: the gate's port for groups (L4) where recruitment, which forms the real ones, is not deployed
 * (security's context tests): every key {@code test.campaign:<name>} is a group. The real groups and their labels
 * are proven in recruitment's context tests.
 */
@Dependent
public class TestCampaignGroups implements ApprovalGroups {

    static final String PREFIX = "test.campaign:";

    @Override
    public Optional<String> label(String groupKey) {
        return groupKey.startsWith(PREFIX) ? Optional.of("Test campaign " + groupKey.substring(PREFIX.length())
                + ", conditional offers") : Optional.empty();
    }
}
