package org.custos.recruitment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A page of campaigns, newest opening first, optionally filtered by words of the title or role and by stage. */
public record CampaignQuery(@Min(0) int first, @Min(1) @Max(200) int pageSize,
        @Size(max = 200, message = "The title or role to find must have at most {max} characters.") String text,
        CampaignStage stage) implements Serializable {
}
