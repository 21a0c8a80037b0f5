package org.custos.protection.shared.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a letter's body block by block. */
public final class LetterBody {

    static final String NONE_RECORDED = "None recorded.";

    private final List<Block> blocks = new ArrayList<>();

    public LetterBody heading(String text) {
        return add(new Block.Heading(text, 1));
    }

    public LetterBody subheading(String text) {
        return add(new Block.Heading(text, 2));
    }

    public LetterBody paragraph(String text) {
        return add(new Block.Paragraph(text));
    }

    /** The text of a filled template: a paragraph per run of lines between blank lines. */
    public LetterBody paragraphs(String text) {
        Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).forEach(this::paragraph);
        return this;
    }

    public LetterBody note(String text) {
        return add(new Block.Note(text));
    }

    /** The texts as a bulleted list, or "None recorded." when there are none. */
    public LetterBody list(List<String> texts) {
        return texts.isEmpty() ? paragraph(NONE_RECORDED) : add(new Block.Bullets(texts));
    }

    public LetterBody fields(List<Block.Field> fields) {
        return add(new Block.Fields(fields));
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    private LetterBody add(Block block) {
        blocks.add(block);
        return this;
    }
}
