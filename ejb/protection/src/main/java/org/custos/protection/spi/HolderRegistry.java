package org.custos.protection.spi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.DataContext;
import org.custos.security.api.RequestRefused;

/**
 * The holders of the SPI found with CDI in every module of the application (ADR 0003), by context, and what they
 * declare: the registry the rights requests, legal holds, settings and calendar of protection ask. Protection lists
 * no context by name: a context joins by deploying its holder.
 */
@Dependent
public class HolderRegistry {

    @Inject
    @Any
    Instance<PersonalDataHolder> found;

    /** Every holder, by the name of its context. */
    public List<PersonalDataHolder> sorted() {
        return found.stream().sorted(Comparator.comparing(holder -> holder.context().key())).toList();
    }

    /** The names of every holder's context, sorted. */
    public List<String> contexts() {
        return sorted().stream().map(holder -> holder.context().key()).toList();
    }

    /** Every context's name, the register last: the others' records point at the person. */
    public List<String> registerLast() {
        return sorted().stream().map(PersonalDataHolder::context)
                .sorted(Comparator.comparing(DataContext.REGISTER::equals)).map(DataContext::key).toList();
    }

    public PersonalDataHolder of(String context) {
        return found.stream().filter(holder -> holder.context().key().equals(context)).findFirst()
                .orElseThrow(() -> new RequestRefused("No context " + context + " holds personal data here."));
    }

    /** The retention rules every holder declares, in the order of the contexts' names. */
    public List<RetentionRule> retentionRules() {
        return sorted().stream().flatMap(holder -> holder.retentionRules().stream()).toList();
    }

    /** The declared retention rule with that setting key, if any holder declares it. */
    public Optional<RetentionRule> retentionRule(String key) {
        return retentionRules().stream().filter(rule -> rule.key().equals(key)).findFirst();
    }

    /** The accuracy reviews every holder declares (A1), in the order of the contexts' names. */
    public List<AccuracyReview> accuracyReviews() {
        return sorted().stream().flatMap(holder -> holder.accuracyReviews().stream()).toList();
    }

    /** The declared accuracy review with that setting key, if any holder declares it. */
    public Optional<AccuracyReview> accuracyReview(String key) {
        return accuracyReviews().stream().filter(review -> review.key().equals(key)).findFirst();
    }
}
