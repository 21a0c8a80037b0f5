package org.custos.archfixtures.bad.recruitment.internal;

import java.util.List;
import org.custos.archfixtures.bad.protection.spi.PersonalDataHolder;

/** Fixture: a context's holder, lawfully implementing protection's SPI (which is public to other contexts). */
public class CampaignDataHolder implements PersonalDataHolder {

    @Override
    public List<String> export(long subjectId) {
        return List.of();
    }
}
