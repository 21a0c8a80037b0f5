package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a facade's form against the form's own constraints before a step that must not run for a form the facade
 * would refuse (registering a person for it, say); each problem becomes a message, as the facade's would.
 */
@ApplicationScoped
public class FormChecks {

    @Inject
    Validator validator;

    /** Whether the form passes its constraints; when not, its messages are queued. */
    public boolean valid(Object form) {
        var problems = validator.validate(form);
        problems.stream().map(ConstraintViolation::getMessage).sorted().forEach(FacadeCall::error);
        return problems.isEmpty();
    }
}
