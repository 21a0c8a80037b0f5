package org.custos.archfixtures.bad.web;

import java.util.List;
import org.custos.archfixtures.bad.protection.spi.PersonalDataHolder;

/**
 * Violates "the web never uses the personal-data SPI" (DESIGN §3): a page that exports through a holder instead
 * of a facade. The SPI is a public package of protection, so nothing else.
 */
public class UsesPersonalDataHolder {

    public List<String> export(PersonalDataHolder holder, long subjectId) {
        return holder.export(subjectId);
    }
}
