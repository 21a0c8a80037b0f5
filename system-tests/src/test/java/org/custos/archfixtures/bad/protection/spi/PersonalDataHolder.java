package org.custos.archfixtures.bad.protection.spi;

import java.util.List;

/** Fixture: the SPI each context implements for the rights engine. */
public interface PersonalDataHolder {

    List<String> export(long subjectId);
}
