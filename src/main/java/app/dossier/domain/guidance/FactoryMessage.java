package app.dossier.domain.guidance;

import java.util.List;

/**
 * A message to copy into WeChat or the 1688 chat, in Chinese and in English. {@code toFillIn} names
 * what Dossier did not know and marked in the text with 【请填写】 / [fill in]; empty when complete.
 */
public record FactoryMessage(String chinese, String english, List<String> toFillIn) {
    public FactoryMessage {
        toFillIn = List.copyOf(toFillIn);
    }
}
