package org.custos.protection.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.custos.protection.api.PersonalDataHolder;
import org.custos.security.api.RequestRefused;

/** The holders of the SPI found with CDI in every module of the application (ADR 0003), by context name. */
@Dependent
class Holders {

    @Inject
    @Any
    Instance<PersonalDataHolder> found;

    List<PersonalDataHolder> sorted() {
        return found.stream().sorted(Comparator.comparing(PersonalDataHolder::context)).toList();
    }

    /** Every context, the register last: the others' records point at the person. */
    List<String> registerLast() {
        return sorted().stream().map(PersonalDataHolder::context)
                .sorted(Comparator.comparing(RegisterDataHolder.CONTEXT::equals)).toList();
    }

    PersonalDataHolder of(String context) {
        return found.stream().filter(holder -> holder.context().equals(context)).findFirst()
                .orElseThrow(() -> new RequestRefused("No context " + context + " holds personal data here."));
    }
}
