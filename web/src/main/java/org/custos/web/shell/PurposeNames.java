package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;

/** The purposes by id, for pages that show records pointing at one (approvals, sensitive records). */
@Named
@RequestScoped
public class PurposeNames {

    @EJB
    Purposes purposes;

    private List<PurposeView> all;
    private Map<Long, String> names;

    public List<PurposeView> getAll() {
        if (all == null) {
            all = purposes.purposes();
        }
        return all;
    }

    public String of(long purposeId) {
        if (names == null) {
            names = getAll().stream().collect(Collectors.toMap(PurposeView::id, p -> p.definition().name(),
                    (a, b) -> a));
        }
        return names.getOrDefault(purposeId, "purpose " + purposeId);
    }
}
