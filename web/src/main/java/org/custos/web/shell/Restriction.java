package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.custos.security.api.AccessRefused;

/**
 * What the notice on a restricted person's page and forms says (D6): the words of the refusal the server gives,
 * shown before anyone types ({@code WEB-INF/includes/shell/restricted-notice.xhtml}).
 */
@Named
@ApplicationScoped
public class Restriction {

    public String getNotice() {
        return AccessRefused.restricted().getMessage();
    }
}
