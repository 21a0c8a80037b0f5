package org.custos.archfixtures.bad.protection.purposes.internal;

import jakarta.faces.context.FacesContext;

/** Violates "JSF only in the web" (DESIGN §2): a context class that talks to JSF. */
public class RendersFaces {

    public boolean postback() {
        return FacesContext.getCurrentInstance().isPostback();
    }
}
